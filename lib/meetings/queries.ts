import { asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { bodies, decisions, meetings, scSessions } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
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
      .where(gte(meetings.endsOn, clock.today))
      .orderBy(asc(meetings.startsOn)),
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
  const decisionRows = await db
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
  return { ...meeting, decisions: decisionRows };
}

/** The next meeting from today, or else the most recent one: what the dashboard leads with. */
export async function nextOrLatestMeeting(db: DbOrTx, clock: Clock) {
  const [next] = await db
    .select(meetingColumns)
    .from(meetings)
    .where(gte(meetings.endsOn, clock.today))
    .orderBy(asc(meetings.startsOn))
    .limit(1);
  if (next) return { kind: "next" as const, meeting: next };
  const [latest] = await db
    .select(meetingColumns)
    .from(meetings)
    .orderBy(desc(meetings.startsOn))
    .limit(1);
  return latest ? { kind: "latest" as const, meeting: latest } : null;
}
