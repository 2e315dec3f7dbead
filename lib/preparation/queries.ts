import "server-only";
import { and, asc, eq, inArray, isNull, ne, notInArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import {
  agendaItems,
  bodies,
  decisions,
  invitations,
  meetings,
  organizations,
  records,
  reports,
  tasks,
} from "@/db/schema";
import type { AgendaDocument } from "@/db/schema/agenda";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Clock } from "@/lib/clock";
import { rollUpTally } from "@/lib/decisions/rollup";
import { taskTallySql } from "@/lib/decisions/tally-sql";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { displayNameSql } from "@/lib/organizations/display-name";

// Reads for preparing a meeting: the dossier (the secretariat's) and the provisional agenda
// (the secretariat's while in preparation; every signed-in user's once issued).

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

const meetingColumns = {
  id: meetings.id,
  title: meetings.title,
  sequenceNumber: meetings.sequenceNumber,
  status: meetings.status,
  startsOn: meetings.startsOn,
  endsOn: meetings.endsOn,
  datesApproximate: meetings.datesApproximate,
  venue: meetings.venue,
  timeZone: meetings.timeZone,
  agendaIssuedAt: meetings.agendaIssuedAt,
  version: meetings.version,
};

async function meetingAndPrevious(db: DbOrTx, meetingId: string) {
  if (!isUuid(meetingId)) throw new NotFoundError();
  const [meeting] = await db
    .select(meetingColumns)
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new NotFoundError();
  const [previous] = await db
    .select(meetingColumns)
    .from(meetings)
    .where(eq(meetings.sequenceNumber, meeting.sequenceNumber - 1));
  return { meeting, previous: previous ?? null };
}

/**
 * The preparation dossier of a meeting: the previous meeting's decisions not fully implemented
 * (and those carried into this one) with their roll-up, the tasks open or overdue, the reports
 * accepted and those still due, the previous meeting's final records and its attendance.
 */
export async function preparationDossier(
  db: DbOrTx,
  viewer: Viewer,
  meetingId: string,
  clock: Clock,
) {
  if (!can(viewer, "meeting.prepare")) throw new ForbiddenError();
  const { meeting, previous } = await meetingAndPrevious(db, meetingId);
  const origin = alias(meetings, "origin");
  const relevant = or(
    previous ? eq(decisions.meetingId, previous.id) : undefined,
    eq(decisions.carriedForwardToMeetingId, meeting.id),
  );
  const [decisionRows, agendaCounts] = await Promise.all([
    db
      .select({
        id: decisions.id,
        position: decisions.position,
        title: decisions.title,
        statusOverride: decisions.statusOverride,
        carriedForwardToMeetingId: decisions.carriedForwardToMeetingId,
        bodyId: bodies.id,
        bodyName: bodies.name,
        meetingId: origin.id,
        meetingTitle: origin.title,
        meetingNumber: origin.sequenceNumber,
        tally: taskTallySql(clock.today),
      })
      .from(decisions)
      .innerJoin(origin, eq(origin.id, decisions.meetingId))
      .leftJoin(bodies, eq(bodies.id, decisions.responsibleBodyId))
      .where(and(isNull(decisions.withdrawnAt), relevant))
      .orderBy(asc(origin.sequenceNumber), asc(decisions.position)),
    db
      .select({ status: agendaItems.status, n: sql<number>`count(*)::int` })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id))
      .groupBy(agendaItems.status),
  ]);
  const open = decisionRows
    .map(({ tally, ...d }) => ({
      ...d,
      carriedHere: d.carriedForwardToMeetingId === meeting.id,
      rollup: rollUpTally(tally, { override: d.statusOverride }),
    }))
    .filter((d) => d.rollup.status !== "implemented" && d.rollup.status !== "superseded");
  const decisionIds = decisionRows.map((d) => d.id);

  const [taskRows, reportRows, finalRecords, attendance] = await Promise.all([
    db
      .select({
        id: tasks.id,
        title: tasks.title,
        status: tasks.status,
        progress: tasks.progress,
        dueOn: tasks.dueOn,
        bodyName: bodies.name,
        decisionId: decisions.id,
        decisionTitle: decisions.title,
        overdue: sql<boolean>`(${tasks.dueOn} is not null and ${tasks.dueOn} < ${clock.today})`,
      })
      .from(tasks)
      .innerJoin(bodies, eq(bodies.id, tasks.bodyId))
      .leftJoin(decisions, eq(decisions.id, tasks.decisionId))
      .where(
        and(
          notInArray(tasks.status, ["done", "cancelled"]),
          or(
            decisionIds.length ? inArray(tasks.decisionId, decisionIds) : undefined,
            eq(tasks.meetingId, meeting.id),
          ),
        ),
      )
      .orderBy(sql`${tasks.dueOn} asc nulls last`, asc(tasks.title)),
    db
      .select({
        id: reports.id,
        title: reports.title,
        status: reports.status,
        dueAt: reports.dueAt,
        bodyName: bodies.name,
        meetingId: meetings.id,
        meetingTitle: meetings.title,
      })
      .from(reports)
      .innerJoin(bodies, eq(bodies.id, reports.bodyId))
      .innerJoin(meetings, eq(meetings.id, reports.meetingId))
      .where(
        or(
          eq(reports.meetingId, meeting.id),
          previous
            ? and(eq(reports.meetingId, previous.id), eq(reports.status, "accepted"))
            : undefined,
        ),
      )
      .orderBy(asc(meetings.sequenceNumber), asc(bodies.name)),
    previous
      ? db
          .select({
            id: records.id,
            kind: records.kind,
            title: records.title,
            symbol: records.symbol,
            issuedOn: records.issuedOn,
          })
          .from(records)
          .where(and(eq(records.meetingId, previous.id), eq(records.status, "final")))
          .orderBy(asc(records.position))
      : [],
    previous
      ? db
          .select({
            organizationId: organizations.id,
            name: displayNameSql(viewer.locale),
            status: invitations.status,
            attended: invitations.attended,
            headPresent: invitations.headPresent,
          })
          .from(invitations)
          .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
          .where(eq(invitations.meetingId, previous.id))
          .orderBy(asc(displayNameSql(viewer.locale)))
      : [],
  ]);
  const count = (status: string) => agendaCounts.find((c) => c.status === status)?.n ?? 0;
  return {
    meeting,
    previous,
    decisions: open,
    tasks: taskRows,
    reports: {
      accepted: reportRows.filter((r) => r.status === "accepted"),
      due: reportRows.filter((r) => r.status !== "accepted"),
    },
    records: finalRecords,
    attendance: {
      rows: attendance,
      invited: attendance.length,
      attended: attendance.filter((a) => a.attended).length,
      heads: attendance.filter((a) => a.headPresent).length,
    },
    agenda: { proposed: count("proposed"), accepted: count("accepted"), dropped: count("dropped") },
  };
}

export type ResolvedDocument = AgendaDocument & { label: string; href: string };

/**
 * A meeting's agenda: every item, for the secretariat; once issued, the accepted items for
 * every signed-in user. Before it is issued, anyone else is told it does not exist.
 */
export async function getAgenda(db: DbOrTx, viewer: Viewer, meetingId: string) {
  if (!can(viewer, "meeting.read")) throw new ForbiddenError();
  const { meeting, previous } = await meetingAndPrevious(db, meetingId);
  const manage = can(viewer, "meeting.prepare");
  if (!manage && !meeting.agendaIssuedAt) throw new NotFoundError();
  const source = alias(decisions, "source_decision");
  const sourceMeeting = alias(meetings, "source_meeting");
  const rows = await db
    .select({
      id: agendaItems.id,
      kind: agendaItems.kind,
      status: agendaItems.status,
      position: agendaItems.position,
      title: agendaItems.title,
      leadBodyId: agendaItems.leadBodyId,
      leadBodyName: bodies.name,
      startsAt: agendaItems.startsAt,
      durationMinutes: agendaItems.durationMinutes,
      documents: agendaItems.documents,
      version: agendaItems.version,
      sourceDecisionId: source.id,
      sourceDecisionTitle: source.title,
      sourceDecisionPosition: source.position,
      sourceMeetingTitle: sourceMeeting.title,
    })
    .from(agendaItems)
    .leftJoin(bodies, eq(bodies.id, agendaItems.leadBodyId))
    .leftJoin(source, eq(source.id, agendaItems.sourceDecisionId))
    .leftJoin(sourceMeeting, eq(sourceMeeting.id, source.meetingId))
    .where(
      and(
        eq(agendaItems.meetingId, meeting.id),
        manage ? undefined : eq(agendaItems.status, "accepted"),
      ),
    )
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
  const documents = await resolveDocuments(
    db,
    viewer,
    rows.flatMap((r) => r.documents),
  );
  // Items are numbered in order; dropped ones have no number.
  let number = 0;
  const items = rows.map((row) => ({
    ...row,
    number: row.status === "dropped" ? null : ++number,
    documents: row.documents.flatMap((d) => {
      const found = documents.get(`${d.kind}:${d.id}`);
      return found ? [found] : [];
    }),
  }));
  return { meeting, previous, manage, items };
}

/** Titles and links of linked documents, leaving out those the viewer may not read. */
async function resolveDocuments(
  db: DbOrTx,
  viewer: Viewer,
  wanted: readonly AgendaDocument[],
): Promise<Map<string, ResolvedDocument>> {
  const ids = (kind: AgendaDocument["kind"]) => [
    ...new Set(wanted.filter((d) => d.kind === kind).map((d) => d.id)),
  ];
  const [recordRows, reportRows, decisionRows] = await Promise.all([
    ids("record").length
      ? db
          .select({
            id: records.id,
            title: records.title,
            symbol: records.symbol,
            status: records.status,
          })
          .from(records)
          .where(inArray(records.id, ids("record")))
      : [],
    ids("report").length
      ? db
          .select({
            id: reports.id,
            title: reports.title,
            status: reports.status,
            bodyId: reports.bodyId,
          })
          .from(reports)
          .where(inArray(reports.id, ids("report")))
      : [],
    ids("decision").length
      ? db
          .select({
            id: decisions.id,
            title: decisions.title,
            position: decisions.position,
            meetingNumber: meetings.sequenceNumber,
          })
          .from(decisions)
          .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
          .where(inArray(decisions.id, ids("decision")))
      : [],
  ]);
  const out = new Map<string, ResolvedDocument>();
  for (const r of recordRows)
    if (r.status === "final" || can(viewer, "record.manage"))
      out.set(`record:${r.id}`, {
        kind: "record",
        id: r.id,
        label: r.symbol ? `${r.title} (${r.symbol})` : r.title,
        href: `/records/${r.id}`,
      });
  for (const r of reportRows)
    if (r.status === "accepted" || can(viewer, "report.readDraft", { bodyId: r.bodyId }))
      out.set(`report:${r.id}`, {
        kind: "report",
        id: r.id,
        label: r.title,
        href: `/reports/${r.id}`,
      });
  for (const d of decisionRows)
    out.set(`decision:${d.id}`, {
      kind: "decision",
      id: d.id,
      label: `${d.meetingNumber}/${d.position}: ${d.title}`,
      href: `/decisions/${d.id}`,
    });
  return out;
}

/** What the agenda forms offer: the bodies, and the documents an item may link to. */
export async function agendaChoices(db: DbOrTx, viewer: Viewer, meetingId: string) {
  if (!can(viewer, "meeting.prepare")) throw new ForbiddenError();
  const { meeting, previous } = await meetingAndPrevious(db, meetingId);
  const meetingIds = [meeting.id, ...(previous ? [previous.id] : [])];
  const [bodyRows, recordRows, reportRows, decisionRows] = await Promise.all([
    db
      .select({ id: bodies.id, name: bodies.name })
      .from(bodies)
      .orderBy(asc(bodies.kind), asc(bodies.name)),
    db
      .select({
        id: records.id,
        title: records.title,
        symbol: records.symbol,
        meetingTitle: meetings.title,
      })
      .from(records)
      .innerJoin(meetings, eq(meetings.id, records.meetingId))
      .where(inArray(records.meetingId, meetingIds))
      .orderBy(asc(meetings.sequenceNumber), asc(records.position)),
    db
      .select({ id: reports.id, title: reports.title, meetingTitle: meetings.title })
      .from(reports)
      .innerJoin(meetings, eq(meetings.id, reports.meetingId))
      .where(and(inArray(reports.meetingId, meetingIds), ne(reports.status, "requested")))
      .orderBy(asc(meetings.sequenceNumber), asc(reports.title)),
    db
      .select({
        id: decisions.id,
        title: decisions.title,
        position: decisions.position,
        meetingNumber: meetings.sequenceNumber,
      })
      .from(decisions)
      .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
      .where(
        and(
          isNull(decisions.withdrawnAt),
          or(
            previous ? eq(decisions.meetingId, previous.id) : undefined,
            eq(decisions.carriedForwardToMeetingId, meeting.id),
          ),
        ),
      )
      .orderBy(asc(meetings.sequenceNumber), asc(decisions.position)),
  ]);
  return {
    bodies: bodyRows,
    documents: [
      ...recordRows.map((r) => ({
        value: `record:${r.id}`,
        kind: "record" as const,
        label: `${r.symbol ? `${r.title} (${r.symbol})` : r.title} · ${r.meetingTitle}`,
      })),
      ...reportRows.map((r) => ({
        value: `report:${r.id}`,
        kind: "report" as const,
        label: `${r.title} · ${r.meetingTitle}`,
      })),
      ...decisionRows.map((d) => ({
        value: `decision:${d.id}`,
        kind: "decision" as const,
        label: `${d.meetingNumber}/${d.position}: ${d.title}`,
      })),
    ],
  };
}

/** What the meeting page offers about preparation: the next meeting, and this one's agenda. */
export async function preparationLinks(db: DbOrTx, meetingId: string) {
  if (!isUuid(meetingId)) throw new NotFoundError();
  // One statement: the meeting, and its neighbours by number.
  const next = alias(meetings, "next_meeting");
  const previous = alias(meetings, "previous_meeting");
  const [row] = await db
    .select({
      sequenceNumber: meetings.sequenceNumber,
      status: meetings.status,
      agendaIssuedAt: meetings.agendaIssuedAt,
      agendaItems: sql<number>`(select count(*)::int from ${agendaItems} a where a.meeting_id = ${meetings}.id)`,
      next: { id: next.id, title: next.title, status: next.status },
      previous: { id: previous.id, title: previous.title },
    })
    .from(meetings)
    .leftJoin(next, eq(next.sequenceNumber, sql`${meetings.sequenceNumber} + 1`))
    .leftJoin(previous, eq(previous.sequenceNumber, sql`${meetings.sequenceNumber} - 1`))
    .where(eq(meetings.id, meetingId));
  if (!row) throw new NotFoundError();
  return row;
}
