import "server-only";
import { and, asc, count, desc, eq, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import {
  bodies,
  meetingDeadlines,
  meetings,
  reportAttachments,
  reportEvents,
  reportRevisions,
  reports,
  users,
} from "@/db/schema";
import type { ReportStatus } from "@/db/schema/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import { isBodyClosed } from "@/lib/bodies/closure";
import { type Clock, readClock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { deriveDeadlines, instantToVenueTime } from "@/lib/meetings/deadlines";
import { renderMarkdownChecked } from "./markdown";
import type { ReportFilter } from "./schemas";
import { awaitingChairStatuses, isOverdue } from "./workflow";

// Reads of reports, each filtered in SQL to what the viewer may see: accepted reports are for
// everyone signed in; a report in any other status (its title included), its revisions, the
// secretariat's remarks and its attachments only for the body's chairs and the secretariat.

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/** The bodies whose unaccepted reports this viewer may read (all, for the secretariat). */
function draftReaders(viewer: Viewer): "all" | string[] {
  if (can(viewer, "report.readDraft")) return "all";
  return viewer.grants.flatMap((g) =>
    g.bodyId && can(viewer, "report.readDraft", { bodyId: g.bodyId }) ? [g.bodyId] : [],
  );
}

/** The WHERE condition: the reports this viewer may read. */
export function readableBy(viewer: Viewer): SQL {
  const readers = draftReaders(viewer);
  if (readers === "all") return sql`true`;
  const accepted = eq(reports.status, "accepted");
  return (readers.length ? or(accepted, inArray(reports.bodyId, readers)) : accepted) as SQL;
}

const overdueSql = (clock: Clock) =>
  and(inArray(reports.status, [...awaitingChairStatuses]), lt(reports.dueAt, clock.now)) as SQL;

/** One report with what its page shows; revisions, history and remarks only for those who may. */
export async function getReport(db: DbOrTx, viewer: Viewer, id: string, clock: Clock) {
  if (!isUuid(id)) throw new NotFoundError();
  const editor = alias(users, "editor");
  const [report] = await db
    .select({
      id: reports.id,
      bodyId: reports.bodyId,
      meetingId: reports.meetingId,
      status: reports.status,
      title: reports.title,
      summary: reports.summary,
      body: reports.body,
      recommendations: reports.recommendations,
      reviewerRemarks: reports.reviewerRemarks,
      dueAt: reports.dueAt,
      requestedAt: reports.requestedAt,
      submittedAt: reports.submittedAt,
      reviewedAt: reports.reviewedAt,
      updatedAt: reports.updatedAt,
      version: reports.version,
      bodyName: bodies.name,
      meetingTitle: meetings.title,
      meetingTimeZone: meetings.timeZone,
      lastEditedBy: editor.name,
    })
    .from(reports)
    .innerJoin(bodies, eq(bodies.id, reports.bodyId))
    .innerJoin(meetings, eq(meetings.id, reports.meetingId))
    .leftJoin(editor, eq(editor.id, reports.lastEditedById))
    .where(and(eq(reports.id, id), readableBy(viewer)));
  if (!report) throw new NotFoundError();
  const insider = can(viewer, "report.readDraft", { bodyId: report.bodyId });
  const [attachments, events, revisions] = await Promise.all([
    db
      .select({
        id: reportAttachments.id,
        fileName: reportAttachments.fileName,
        mediaType: reportAttachments.mediaType,
        size: reportAttachments.size,
        createdAt: reportAttachments.createdAt,
        uploadedBy: users.name,
      })
      .from(reportAttachments)
      .leftJoin(users, eq(users.id, reportAttachments.uploadedById))
      .where(eq(reportAttachments.reportId, id))
      .orderBy(asc(reportAttachments.createdAt), asc(reportAttachments.id)),
    insider
      ? db
          .select({
            id: reportEvents.id,
            kind: reportEvents.kind,
            remarks: reportEvents.remarks,
            at: reportEvents.at,
            actor: users.name,
          })
          .from(reportEvents)
          .leftJoin(users, eq(users.id, reportEvents.actorId))
          .where(eq(reportEvents.reportId, id))
          .orderBy(desc(reportEvents.at), desc(reportEvents.id))
      : [],
    insider ? revisionList(db, id) : [],
  ]);
  const rendered = renderMarkdownChecked(report.body);
  return {
    ...report,
    reviewerRemarks: insider ? report.reviewerRemarks : null,
    html: rendered.html,
    /** Whether the text holds something the page leaves out (HTML, images, other links). */
    markupRemoved: rendered.removed,
    overdue: isOverdue(report, clock),
    insider,
    attachments,
    events,
    revisions,
  };
}

/** A report's revisions, oldest first, numbered from 1 as the chairs saved them. */
async function revisionList(db: DbOrTx, reportId: string) {
  const rows = await db
    .select({
      version: reportRevisions.version,
      status: reportRevisions.status,
      createdAt: reportRevisions.createdAt,
      author: users.name,
    })
    .from(reportRevisions)
    .leftJoin(users, eq(users.id, reportRevisions.authorId))
    .where(eq(reportRevisions.reportId, reportId))
    .orderBy(asc(reportRevisions.version));
  return rows.map((row, index) => ({ ...row, number: index + 1 }));
}

/** Two revisions of a report to compare (default: the last two), for its chairs and the secretariat. */
export async function getRevisionPair(
  db: DbOrTx,
  viewer: Viewer,
  reportId: string,
  wanted: { from?: number; to?: number },
) {
  if (!isUuid(reportId)) throw new NotFoundError();
  const [report] = await db
    .select({
      id: reports.id,
      bodyId: reports.bodyId,
      title: reports.title,
      status: reports.status,
      bodyName: bodies.name,
      meetingId: reports.meetingId,
      meetingTitle: meetings.title,
    })
    .from(reports)
    .innerJoin(bodies, eq(bodies.id, reports.bodyId))
    .innerJoin(meetings, eq(meetings.id, reports.meetingId))
    .where(and(eq(reports.id, reportId), readableBy(viewer)));
  if (!report || !can(viewer, "report.readDraft", { bodyId: report.bodyId }))
    throw new NotFoundError();
  const revisions = await revisionList(db, reportId);
  const last = revisions.at(-1);
  const before = revisions.at(-2);
  const from = revisions.find((r) => r.version === wanted.from) ?? before ?? last;
  const to = revisions.find((r) => r.version === wanted.to) ?? last;
  const snapshots =
    from && to
      ? await db
          .select({
            version: reportRevisions.version,
            title: reportRevisions.title,
            summary: reportRevisions.summary,
            body: reportRevisions.body,
            recommendations: reportRevisions.recommendations,
          })
          .from(reportRevisions)
          .where(
            and(
              eq(reportRevisions.reportId, reportId),
              inArray(reportRevisions.version, [from.version, to.version]),
            ),
          )
      : [];
  const snapshot = (version?: number) => snapshots.find((s) => s.version === version) ?? null;
  return {
    report,
    revisions,
    from: from ? { ...from, snapshot: snapshot(from.version) } : null,
    to: to ? { ...to, snapshot: snapshot(to.version) } : null,
  };
}

/** An attachment's content for download, under the same rule as its report. */
export async function getAttachmentDownload(
  db: DbOrTx,
  viewer: Viewer,
  reportId: string,
  attachmentId: string,
) {
  if (!isUuid(reportId) || !isUuid(attachmentId)) throw new NotFoundError();
  const [row] = await db
    .select({
      fileName: reportAttachments.fileName,
      mediaType: reportAttachments.mediaType,
      size: reportAttachments.size,
      sha256: reportAttachments.sha256,
      content: reportAttachments.content,
    })
    .from(reportAttachments)
    .innerJoin(reports, eq(reports.id, reportAttachments.reportId))
    .where(
      and(eq(reportAttachments.id, attachmentId), eq(reports.id, reportId), readableBy(viewer)),
    );
  if (!row) throw new NotFoundError();
  return row;
}

const listColumns = (clock: Clock) => ({
  id: reports.id,
  bodyId: reports.bodyId,
  meetingId: reports.meetingId,
  status: reports.status,
  title: reports.title,
  dueAt: reports.dueAt,
  submittedAt: reports.submittedAt,
  reviewedAt: reports.reviewedAt,
  updatedAt: reports.updatedAt,
  bodyName: bodies.name,
  overdue: sql<boolean>`coalesce(${overdueSql(clock)}, false)`,
});

/** The secretariat's overview of a meeting's reports: status, due date, overdue, last change. */
export async function reportsOverview(
  db: DbOrTx,
  viewer: Viewer,
  meetingId: string,
  filter: ReportFilter,
  clock: Clock,
) {
  if (!can(viewer, "report.request")) throw new ForbiddenError();
  if (!isUuid(meetingId)) throw new NotFoundError();
  const conditions: SQL[] = [eq(reports.meetingId, meetingId), readableBy(viewer)];
  if (filter.status) conditions.push(eq(reports.status, filter.status));
  if (filter.overdue) conditions.push(overdueSql(clock));
  const editor = alias(users, "editor");
  const [rows, statusCounts, [overdue]] = await Promise.all([
    db
      .select({ ...listColumns(clock), lastEditedBy: editor.name })
      .from(reports)
      .innerJoin(bodies, eq(bodies.id, reports.bodyId))
      .leftJoin(editor, eq(editor.id, reports.lastEditedById))
      .where(and(...conditions))
      .orderBy(asc(bodies.kind), asc(bodies.name)),
    db
      .select({ status: reports.status, n: count() })
      .from(reports)
      .where(eq(reports.meetingId, meetingId))
      .groupBy(reports.status),
    db
      .select({ n: count() })
      .from(reports)
      .where(and(eq(reports.meetingId, meetingId), overdueSql(clock))),
  ]);
  const counts = Object.fromEntries(statusCounts.map((c) => [c.status, c.n])) as Partial<
    Record<ReportStatus, number>
  >;
  const total = statusCounts.reduce((sum, c) => sum + c.n, 0);
  return { rows, counts, total, overdue: overdue?.n ?? 0 };
}

/** What the request form offers: the active bodies (and whether each was asked), the default due date. */
export async function requestChoices(db: DbOrTx, viewer: Viewer, meetingId: string, clock: Clock) {
  if (!can(viewer, "report.request")) throw new ForbiddenError();
  if (!isUuid(meetingId)) throw new NotFoundError();
  const [meeting] = await db
    .select({
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      timeZone: meetings.timeZone,
      status: meetings.status,
      deadline: meetingDeadlines.dueAt,
    })
    .from(meetings)
    .leftJoin(
      meetingDeadlines,
      and(
        eq(meetingDeadlines.meetingId, meetings.id),
        eq(meetingDeadlines.kind, "working_group_reports"),
      ),
    )
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new NotFoundError();
  const bodyRows = await db
    .select({
      id: bodies.id,
      name: bodies.name,
      activeTo: bodies.activeTo,
      status: reports.status,
      dueAt: reports.dueAt,
    })
    .from(bodies)
    .leftJoin(reports, and(eq(reports.bodyId, bodies.id), eq(reports.meetingId, meetingId)))
    .orderBy(asc(bodies.kind), asc(bodies.name));
  // The meeting's "working-group reports" deadline, else the default (three weeks before).
  const derived =
    meeting.startsOn &&
    deriveDeadlines({
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn ?? meeting.startsOn,
      timeZone: meeting.timeZone,
    }).find((d) => d.kind === "working_group_reports")?.dueAt;
  const due = meeting.deadline ?? derived ?? null;
  return {
    bodies: bodyRows
      .filter((b) => !isBodyClosed(b, clock.today))
      .map(({ activeTo: _closed, ...b }) => b),
    defaultDueAt: due ? instantToVenueTime(due, meeting.timeZone) : "",
    timeZone: meeting.timeZone,
  };
}

/** A meeting's reports the viewer may read: the accepted ones (its documentation) and, for its
 * chairs and the secretariat, those still in progress. */
export async function meetingReports(
  db: DbOrTx,
  viewer: Viewer,
  meetingId: string,
  clock: Clock,
  { first }: { first?: number } = {},
) {
  if (!can(viewer, "meeting.read")) throw new ForbiddenError();
  if (!isUuid(meetingId)) return { accepted: [], inProgress: [], total: 0 };
  const where = and(eq(reports.meetingId, meetingId), readableBy(viewer));
  const isAccepted = eq(reports.status, "accepted");
  // Each part cut in the database: a meeting has a report per body, thousands on a decade of
  // task forces, and the page shows the first ones of each part (lib/lists/first-rows.ts).
  const part = (condition: SQL) => {
    const query = db
      .select(listColumns(clock))
      .from(reports)
      .innerJoin(bodies, eq(bodies.id, reports.bodyId))
      .where(and(where, condition))
      .orderBy(asc(bodies.kind), asc(bodies.name));
    return first === undefined ? query : query.limit(first);
  };
  const [accepted, inProgress, [counted]] = await Promise.all([
    part(isAccepted),
    part(sql`not ${isAccepted}`),
    db.select({ n: count() }).from(reports).where(where),
  ]);
  return { accepted, inProgress, total: counted?.n ?? 0 };
}

/** A body's reports the viewer may read, the latest meeting first. */
export async function bodyReports(db: DbOrTx, viewer: Viewer, bodyId: string, clock: Clock) {
  if (!can(viewer, "body.read")) throw new ForbiddenError();
  if (!isUuid(bodyId)) return [];
  return db
    .select({
      ...listColumns(clock),
      meetingTitle: meetings.title,
      meetingNumber: meetings.sequenceNumber,
    })
    .from(reports)
    .innerJoin(bodies, eq(bodies.id, reports.bodyId))
    .innerJoin(meetings, eq(meetings.id, reports.meetingId))
    .where(and(eq(reports.bodyId, bodyId), readableBy(viewer)))
    .orderBy(desc(meetings.sequenceNumber));
}

/**
 * For the dashboard: a chair's reports still to write (requested, draft or returned, with their
 * due dates), and for the secretariat the submitted reports waiting for its review.
 */
export async function reportsAwaitingFor(db: DbOrTx, viewer: Viewer, given?: Clock) {
  const clock = given ?? (await readClock(db));
  const readers = draftReaders(viewer);
  const chairBodies = viewer.grants.flatMap((g) =>
    g.role === "chair" && g.bodyId && can(viewer, "report.write", { bodyId: g.bodyId })
      ? [g.bodyId]
      : [],
  );
  const columns = { ...listColumns(clock), meetingTitle: meetings.title };
  const [toWrite, toReview] = await Promise.all([
    chairBodies.length
      ? db
          .select(columns)
          .from(reports)
          .innerJoin(bodies, eq(bodies.id, reports.bodyId))
          .innerJoin(meetings, eq(meetings.id, reports.meetingId))
          .where(
            and(
              inArray(reports.bodyId, chairBodies),
              inArray(reports.status, [...awaitingChairStatuses]),
            ),
          )
          .orderBy(sql`${reports.dueAt} asc nulls last`, asc(bodies.name))
      : [],
    can(viewer, "report.review") && readers === "all"
      ? db
          .select(columns)
          .from(reports)
          .innerJoin(bodies, eq(bodies.id, reports.bodyId))
          .innerJoin(meetings, eq(meetings.id, reports.meetingId))
          .where(eq(reports.status, "submitted"))
          .orderBy(asc(reports.submittedAt), asc(bodies.name))
      : [],
  ]);
  return { toWrite, toReview };
}
