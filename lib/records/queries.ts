import "server-only";
import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  invitations,
  meetings,
  organizations,
  recordComments,
  records,
  recordVersions,
  users,
} from "@/db/schema";
import type { RecordKind, RecordStatus } from "@/db/schema/enums";
import type { RecordParagraph } from "@/db/schema/records";
import { can, hasRole, type Viewer } from "@/lib/auth/permissions";
import { type Clock, readClock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { displayNameSql } from "@/lib/organizations/display-name";
import { recordsOpenForComment } from "./comments-due";
import { commentWindow, mayReadVersion } from "./stages";

// Reads of the records of meetings, each filtered to what the viewer may see
// (lib/records/stages.ts, mayReadVersion): drafts the secretariat's alone, a circulated version
// its recipients', the chairs' and the secretariat's, final records everyone's.

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export const RECORD_PAGE_SIZE = 25;

/** The organizations the viewer belongs to (as focal point or participant). */
function organizationsOf(viewer: Viewer): string[] {
  return [...new Set(viewer.grants.flatMap((g) => (g.organizationId ? [g.organizationId] : [])))];
}

/**
 * The SQL twin of mayReadVersion for lists: the record is final, or one of its frozen versions
 * went to the viewer (or the viewer is a chair); the secretariat reads everything.
 */
function readableRecord(viewer: Viewer): SQL | undefined {
  if (can(viewer, "record.manage")) return undefined;
  // Raw SQL with an alias: the subquery must not mistake the outer record's columns for its own.
  const reaches = [
    sql`rv.stage = 'final'`,
    ...(hasRole(viewer, "chair") ? [sql`true`] : []),
    ...organizationsOf(viewer).map(
      (id) => sql`rv.recipient_organization_ids @> ${JSON.stringify([id])}::jsonb`,
    ),
  ];
  return or(
    eq(records.status, "final"),
    sql`exists (select 1 from ${recordVersions} rv where rv.record_id = ${records}.id and (${sql.join(reaches, sql` or `)}))`,
  );
}

const listColumns = {
  id: records.id,
  kind: records.kind,
  title: records.title,
  symbol: records.symbol,
  issuedOn: records.issuedOn,
  status: records.status,
  commentDeadline: records.commentDeadline,
  meetingId: meetings.id,
  meetingTitle: meetings.title,
  meetingNumber: meetings.sequenceNumber,
  versions: sql<number>`(select count(*)::int from ${recordVersions} v where v.record_id = ${records}.id)`,
  pendingComments: sql<number>`(select count(*)::int from ${recordComments} c where c.record_id = ${records}.id and c.disposition = 'pending')`,
};

/** The records the viewer may read, newest meeting first, a page at a time. */
export async function listRecords(
  db: DbOrTx,
  viewer: Viewer,
  { status, page = 1 }: { status?: RecordStatus; page?: number } = {},
) {
  if (!can(viewer, "meeting.read")) throw new ForbiddenError();
  const where = and(readableRecord(viewer), status ? eq(records.status, status) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(records)
      .innerJoin(meetings, eq(meetings.id, records.meetingId))
      .where(where)
      .orderBy(desc(meetings.sequenceNumber), asc(records.position))
      .limit(RECORD_PAGE_SIZE)
      .offset((page - 1) * RECORD_PAGE_SIZE),
    db
      .select({ n: count() })
      .from(records)
      .innerJoin(meetings, eq(meetings.id, records.meetingId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: RECORD_PAGE_SIZE };
}

/**
 * A meeting's records the viewer may read, in their order (the meeting page's outcome): the
 * `first` ones (all without it), how many there are, and which kinds are among them (a meeting
 * has one Chair's conclusions and one detailed record at most). The list is cut in the database:
 * each row counts its versions and pending comments, and a decade holds hundreds of records.
 */
export async function meetingRecords(
  db: DbOrTx,
  viewer: Viewer,
  meetingId: string,
  { first }: { first?: number } = {},
) {
  if (!can(viewer, "meeting.read")) throw new ForbiddenError();
  if (!isUuid(meetingId)) throw new NotFoundError();
  const where = and(eq(records.meetingId, meetingId), readableRecord(viewer));
  const list = db
    .select(listColumns)
    .from(records)
    .innerJoin(meetings, eq(meetings.id, records.meetingId))
    .where(where)
    .orderBy(asc(records.position), asc(records.createdAt));
  const [rows, [summary]] = await Promise.all([
    first === undefined ? list : list.limit(first),
    db
      .select({
        total: sql<number>`count(*)::int`,
        kinds: sql<RecordKind[]>`coalesce(array_agg(distinct ${records.kind}::text), '{}')`,
      })
      .from(records)
      .where(where),
  ]);
  return { rows, total: summary?.total ?? 0, kinds: summary?.kinds ?? [] };
}

export type RecordText = {
  /** The frozen version's number, or null for the secretariat's working draft. */
  version: number | null;
  stage: RecordStatus;
  title: string;
  symbol: string | null;
  paragraphs: RecordParagraph[];
};

/**
 * One record as the viewer may see it: the secretariat reads the working text and every
 * version; anyone else reads the latest version that went to them (or the final one), never a
 * draft. A record they may not read is reported missing (NotFoundError), telling nothing.
 */
export async function getRecord(
  db: DbOrTx,
  viewer: Viewer,
  recordId: string,
  clock: Clock,
  /** Only the first comments (a record gathers hundreds), with the count of all and of pending. */
  { firstComments }: { firstComments?: number } = {},
) {
  if (!isUuid(recordId)) throw new NotFoundError();
  const [record] = await db
    .select({
      id: records.id,
      kind: records.kind,
      title: records.title,
      symbol: records.symbol,
      issuedOn: records.issuedOn,
      originalLanguage: records.originalLanguage,
      status: records.status,
      paragraphs: records.paragraphs,
      commentDeadline: records.commentDeadline,
      version: records.version,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingStatus: meetings.status,
      meetingNumber: meetings.sequenceNumber,
      meetingTimeZone: meetings.timeZone,
      meetingStartsOn: meetings.startsOn,
      meetingEndsOn: meetings.endsOn,
    })
    .from(records)
    .innerJoin(meetings, eq(meetings.id, records.meetingId))
    .where(eq(records.id, recordId));
  if (!record) throw new NotFoundError();
  const { paragraphs: workingText, ...particulars } = record;
  const manage = can(viewer, "record.manage");
  const allVersions = await db
    .select({
      version: recordVersions.version,
      stage: recordVersions.stage,
      title: recordVersions.title,
      symbol: recordVersions.symbol,
      paragraphs: recordVersions.paragraphs,
      commentDeadline: recordVersions.commentDeadline,
      recipientOrganizationIds: recordVersions.recipientOrganizationIds,
      circulatedAt: recordVersions.circulatedAt,
    })
    .from(recordVersions)
    .where(eq(recordVersions.recordId, recordId))
    .orderBy(asc(recordVersions.version));
  const versions = allVersions.filter((v) => mayReadVersion(viewer, v));
  const latestReadable = versions.at(-1);
  if (!manage && !latestReadable) throw new NotFoundError();
  const text: RecordText =
    manage || !latestReadable
      ? {
          version: record.status === "draft" ? null : (allVersions.at(-1)?.version ?? null),
          stage: record.status,
          title: record.title,
          symbol: record.symbol,
          paragraphs: workingText,
        }
      : {
          version: latestReadable.version,
          stage: latestReadable.stage,
          title: latestReadable.title,
          symbol: latestReadable.symbol,
          paragraphs: latestReadable.paragraphs,
        };

  const latest = allVersions.at(-1);
  const circulated = latest?.stage === "circulated" ? latest : null;
  const window = commentWindow(record, circulated, viewer, clock);
  const ownOrganizations = organizationsOf(viewer);
  const readsComments = manage || ownOrganizations.length > 0;
  const commentsWhere = and(
    eq(recordComments.recordId, recordId),
    // The secretariat sees every comment; anyone else their own organization's only.
    manage ? undefined : inArray(recordComments.organizationId, ownOrganizations),
  );
  const commentList = commentRows(db, commentsWhere, viewer.locale);
  const [comments, [commentCounts], commentOrganizations] = await Promise.all([
    readsComments
      ? firstComments === undefined
        ? commentList
        : commentList.limit(firstComments)
      : [],
    readsComments
      ? db
          .select({
            total: sql<number>`count(*)::int`,
            pending: sql<number>`(count(*) filter (where ${recordComments.disposition} = 'pending'))::int`,
          })
          .from(recordComments)
          .where(commentsWhere)
      : [{ total: 0, pending: 0 }],
    window.organizationIds.length
      ? db
          .select({ id: organizations.id, name: displayNameSql(viewer.locale) })
          .from(organizations)
          .where(inArray(organizations.id, window.organizationIds))
          .orderBy(asc(displayNameSql(viewer.locale)))
      : [],
  ]);
  return {
    record: particulars,
    manage,
    text,
    versions,
    comments,
    commentCount: commentCounts?.total ?? 0,
    pendingComments: commentCounts?.pending ?? 0,
    window: { ...window, organizations: commentOrganizations },
    circulation:
      manage && circulated ? await circulationOf(db, viewer.locale, recordId, circulated) : null,
  };
}

function commentRows(db: DbOrTx, where: SQL | undefined, locale: string) {
  return db
    .select({
      id: recordComments.id,
      version: recordComments.version,
      textVersion: recordComments.recordVersion,
      paragraphNumber: recordComments.paragraphNumber,
      organizationId: organizations.id,
      organizationName: displayNameSql(locale),
      text: recordComments.text,
      proposedText: recordComments.proposedText,
      disposition: recordComments.disposition,
      reason: recordComments.dispositionReason,
      dispositionAt: recordComments.dispositionAt,
      authorName: users.name,
      createdAt: recordComments.createdAt,
    })
    .from(recordComments)
    .innerJoin(organizations, eq(organizations.id, recordComments.organizationId))
    .leftJoin(users, eq(users.id, recordComments.authorId))
    .where(where)
    .orderBy(
      asc(recordComments.recordVersion),
      asc(recordComments.paragraphNumber),
      asc(displayNameSql(locale)),
      asc(recordComments.createdAt),
    );
}

/** Who a circulated version went to, and who of them has commented on it. */
async function circulationOf(
  db: DbOrTx,
  locale: string,
  recordId: string,
  circulated: {
    version: number;
    commentDeadline: Date | null;
    recipientOrganizationIds: string[];
    circulatedAt: Date;
  },
) {
  // The version's comments counted once, by organization (one read of the record's comments
  // index), rather than a count per recipient.
  const counted = db
    .select({
      organizationId: recordComments.organizationId,
      n: sql<number>`count(*)::int`.as("n"),
    })
    .from(recordComments)
    .where(
      and(
        eq(recordComments.recordId, recordId),
        eq(recordComments.recordVersion, circulated.version),
      ),
    )
    .groupBy(recordComments.organizationId)
    .as("counted");
  const recipients = circulated.recipientOrganizationIds.length
    ? await db
        .select({
          id: organizations.id,
          name: displayNameSql(locale),
          comments: sql<number>`coalesce(${counted.n}, 0)`,
        })
        .from(organizations)
        .leftJoin(counted, eq(counted.organizationId, organizations.id))
        .where(inArray(organizations.id, circulated.recipientOrganizationIds))
        .orderBy(asc(displayNameSql(locale)))
    : [];
  return {
    version: circulated.version,
    circulatedAt: circulated.circulatedAt,
    deadline: circulated.commentDeadline,
    recipients,
    commented: recipients.filter((r) => r.comments > 0),
    silent: recipients.filter((r) => r.comments === 0),
  };
}

/**
 * The comments matrix (the secretariat's): every comment on every version, with its answer,
 * and for each circulated version who has and has not commented.
 */
export async function commentsMatrix(db: DbOrTx, viewer: Viewer, recordId: string) {
  if (!can(viewer, "record.manage")) throw new ForbiddenError();
  if (!isUuid(recordId)) throw new NotFoundError();
  const [record] = await db
    .select({
      id: records.id,
      title: records.title,
      symbol: records.symbol,
      status: records.status,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
    })
    .from(records)
    .innerJoin(meetings, eq(meetings.id, records.meetingId))
    .where(eq(records.id, recordId));
  if (!record) throw new NotFoundError();
  const [rows, circulated] = await Promise.all([
    commentRows(db, eq(recordComments.recordId, recordId), viewer.locale),
    db
      .select({
        version: recordVersions.version,
        commentDeadline: recordVersions.commentDeadline,
        recipientOrganizationIds: recordVersions.recipientOrganizationIds,
        circulatedAt: recordVersions.circulatedAt,
      })
      .from(recordVersions)
      .where(and(eq(recordVersions.recordId, recordId), eq(recordVersions.stage, "circulated")))
      .orderBy(asc(recordVersions.version)),
  ]);
  const rounds = await Promise.all(
    circulated.map((v) => circulationOf(db, viewer.locale, recordId, v)),
  );
  return { record, rows, rounds };
}

/** The organizations invited to a meeting, those that attended first chosen (the circulation form). */
export async function circulationChoices(db: DbOrTx, viewer: Viewer, meetingId: string) {
  if (!can(viewer, "record.manage")) throw new ForbiddenError();
  return db
    .select({
      id: organizations.id,
      name: displayNameSql(viewer.locale),
      attended: sql<boolean>`coalesce(${invitations.attended}, false)`,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.meetingId, meetingId))
    .orderBy(asc(displayNameSql(viewer.locale)));
}

/**
 * What waits on records for the viewer (the dashboard, the account-invitation e-mail): for a
 * focal point, the circulated records their organizations may still comment on, soonest
 * deadline first; for the secretariat, the records whose comments await an answer.
 */
export async function commentsDueFor(db: DbOrTx, viewer: Viewer, given?: Clock) {
  const clock = given ?? (await readClock(db));
  const focalOrganizations = viewer.grants.flatMap((g) =>
    g.role === "focal_point" && g.organizationId ? [g.organizationId] : [],
  );
  const toComment = await recordsOpenForComment(db, focalOrganizations, clock.now);
  const organizationNames = toComment.length
    ? new Map(
        (
          await db
            .select({ id: organizations.id, name: displayNameSql(viewer.locale) })
            .from(organizations)
            .where(inArray(organizations.id, focalOrganizations))
        ).map((o) => [o.id, o.name]),
      )
    : new Map<string, string>();
  const toAnswer = can(viewer, "record.manage")
    ? await db
        .select({
          recordId: records.id,
          title: records.title,
          meetingTitle: meetings.title,
          pending: sql<number>`count(${recordComments.id})::int`,
        })
        .from(recordComments)
        .innerJoin(records, eq(records.id, recordComments.recordId))
        .innerJoin(meetings, eq(meetings.id, records.meetingId))
        .where(eq(recordComments.disposition, "pending"))
        .groupBy(records.id, records.title, meetings.title, meetings.sequenceNumber)
        .orderBy(desc(meetings.sequenceNumber), asc(records.title))
    : [];
  return {
    toComment: toComment.map((row) => ({
      ...row,
      organizations: row.organizationIds.map((id) => organizationNames.get(id) ?? ""),
    })),
    toAnswer,
  };
}
