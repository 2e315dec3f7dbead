import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { bodies, decisions, meetingDeadlines, meetings, scSessions } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { CalendarMeeting } from "@/lib/calendar/ics";
import type { Clock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

const meetingColumns = {
  id: meetings.id,
  sequenceNumber: meetings.sequenceNumber,
  title: meetings.title,
  theme: meetings.theme,
  startsOn: meetings.startsOn,
  endsOn: meetings.endsOn,
  datesApproximate: meetings.datesApproximate,
  venue: meetings.venue,
  status: meetings.status,
  organizationsCount: meetings.organizationsCount,
};

/** Upcoming meetings (from today on, by the application's clock) and past ones. */
export async function listMeetings(db: DbOrTx, viewer: Viewer, clock: Clock) {
  if (!can(viewer, "meeting.read")) throw new ForbiddenError();
  const [upcoming, past] = await Promise.all([
    db
      .select(meetingColumns)
      .from(meetings)
      // A meeting being prepared may have no dates yet: it is upcoming, listed last.
      .where(or(gte(meetings.endsOn, clock.today), isNull(meetings.endsOn)))
      .orderBy(sql`${meetings.startsOn} asc nulls last`, asc(meetings.sequenceNumber)),
    db
      .select({
        ...meetingColumns,
        decisions: sql<number>`(select count(*)::int from ${decisions} d where d.meeting_id = ${meetings}.id)`,
      })
      .from(meetings)
      .where(lt(meetings.endsOn, clock.today))
      .orderBy(desc(meetings.startsOn)),
  ]);
  return { upcoming, past };
}

export async function getMeeting(db: DbOrTx, viewer: Viewer, id: string) {
  if (!can(viewer, "meeting.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const [meeting] = await db
    .select({
      ...meetingColumns,
      timeZone: meetings.timeZone,
      version: meetings.version,
      scSessionId: meetings.scSessionId,
      summary: meetings.summary,
      documentSymbol: meetings.documentSymbol,
      scSessionTitle: scSessions.title,
      scSessionDate: scSessions.meetingDate,
      scSessionNumber: scSessions.meetingNumber,
    })
    .from(meetings)
    .leftJoin(scSessions, eq(scSessions.id, meetings.scSessionId))
    .where(eq(meetings.id, id));
  if (!meeting) throw new NotFoundError();
  const deadlineRows = db
    .select({ kind: meetingDeadlines.kind, dueAt: meetingDeadlines.dueAt })
    .from(meetingDeadlines)
    .where(eq(meetingDeadlines.meetingId, id))
    .orderBy(asc(meetingDeadlines.dueAt));
  const decisionRows = db
    .select({
      id: decisions.id,
      position: decisions.position,
      title: decisions.title,
      text: decisions.text,
      bodyId: bodies.id,
      bodyName: bodies.name,
    })
    .from(decisions)
    .leftJoin(bodies, eq(bodies.id, decisions.responsibleBodyId))
    .where(eq(decisions.meetingId, id))
    .orderBy(asc(decisions.position));
  const [deadlines, decisionList] = await Promise.all([deadlineRows, decisionRows]);
  return { ...meeting, deadlines, decisions: decisionList };
}

/** The next meeting from today, or else the most recent one: what the dashboard leads with. */
export async function nextOrLatestMeeting(db: DbOrTx, clock: Clock) {
  // One statement: the first meeting not yet over (one still being planned without dates comes
  // after the dated ones), else the one that started last.
  const ahead = sql`coalesce(${gte(meetings.endsOn, clock.today)}, ${inArray(meetings.status, ["planned", "invitations_open"])})`;
  const [row] = await db
    .select({ ...meetingColumns, ahead: sql<boolean>`${ahead}` })
    .from(meetings)
    .orderBy(
      sql`${ahead} desc`,
      sql`case when ${ahead} then ${meetings.startsOn} end asc nulls last`,
      sql`${meetings.startsOn} desc nulls last`,
      asc(meetings.sequenceNumber),
    )
    .limit(1);
  if (!row) return null;
  const { ahead: isAhead, ...meeting } = row;
  return { kind: isAhead ? ("next" as const) : ("latest" as const), meeting };
}

/** Meetings with their deadlines for an iCalendar file, in one query (deadlines aggregated). */
export async function meetingsForCalendar(
  db: DbOrTx,
  viewer: Viewer,
  { meetingId }: { meetingId?: string } = {},
): Promise<CalendarMeeting[]> {
  if (!can(viewer, "meeting.read")) throw new ForbiddenError();
  const rows = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      theme: meetings.theme,
      venue: meetings.venue,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      version: meetings.version,
      deadlines: sql<
        { kind: string; dueAt: string }[]
      >`coalesce((select json_agg(json_build_object('kind', d.kind, 'dueAt', d.due_at) order by d.due_at)
        from ${meetingDeadlines} d where d.meeting_id = ${meetings}.id), '[]'::json)`,
    })
    .from(meetings)
    .where(
      and(
        isNotNull(meetings.startsOn),
        isNotNull(meetings.endsOn),
        meetingId ? eq(meetings.id, meetingId) : undefined,
      ),
    )
    .orderBy(asc(meetings.startsOn));
  return rows.flatMap((r) =>
    r.startsOn && r.endsOn
      ? [
          {
            ...r,
            startsOn: r.startsOn,
            endsOn: r.endsOn,
            deadlines: r.deadlines.map((d) => ({ kind: d.kind, dueAt: new Date(d.dueAt) })),
          },
        ]
      : [],
  );
}

/** Deadlines from today on (by the application's clock), soonest first. */
export async function upcomingDeadlines(db: DbOrTx, viewer: Viewer, clock: Clock, limit = 6) {
  if (!can(viewer, "meeting.read")) throw new ForbiddenError();
  return db
    .select({
      kind: meetingDeadlines.kind,
      dueAt: meetingDeadlines.dueAt,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
    })
    .from(meetingDeadlines)
    .innerJoin(meetings, eq(meetings.id, meetingDeadlines.meetingId))
    .where(gte(meetingDeadlines.dueAt, new Date(`${clock.today}T00:00:00Z`)))
    .orderBy(asc(meetingDeadlines.dueAt))
    .limit(limit);
}
