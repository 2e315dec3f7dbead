import { asc, desc, isNotNull, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { closedDays, meetings, scSessions } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import {
  assessDates,
  type Candidate,
  defaultWindow,
  proposeMeetingDates,
  type SchedulingContext,
} from "@/lib/calendar/scheduling";
import { ForbiddenError } from "@/lib/errors";

/** Everything date proposals and warnings need, in four queries. */
export async function loadSchedulingContext(
  db: DbOrTx,
  { before }: { before?: string } = {},
): Promise<SchedulingContext> {
  const [previousRows, council, closed, others] = await Promise.all([
    db
      .select({ startsOn: meetings.startsOn, endsOn: meetings.endsOn })
      .from(meetings)
      .where(before ? lt(meetings.startsOn, before) : isNotNull(meetings.startsOn))
      .orderBy(desc(meetings.startsOn))
      .limit(1),
    db
      .select({
        id: scSessions.id,
        meetingDate: scSessions.meetingDate,
        meetingNumber: scSessions.meetingNumber,
        title: scSessions.title,
        withRegionalOrganizations: scSessions.withRegionalOrganizations,
      })
      .from(scSessions)
      .orderBy(asc(scSessions.meetingDate)),
    db.select({ day: closedDays.day, description: closedDays.description }).from(closedDays),
    db
      .select({
        id: meetings.id,
        sequenceNumber: meetings.sequenceNumber,
        startsOn: meetings.startsOn,
        endsOn: meetings.endsOn,
      })
      .from(meetings)
      .where(isNotNull(meetings.startsOn)),
  ]);
  const previous = previousRows[0];
  return {
    previous:
      previous?.startsOn && previous.endsOn
        ? { startsOn: previous.startsOn, endsOn: previous.endsOn }
        : null,
    councilMeetings: council,
    closedDays: closed,
    otherMeetings: others.flatMap((m) =>
      m.startsOn && m.endsOn
        ? [{ id: m.id, sequenceNumber: m.sequenceNumber, startsOn: m.startsOn, endsOn: m.endsOn }]
        : [],
    ),
  };
}

export async function nextSequenceNumber(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: meetings.sequenceNumber })
    .from(meetings)
    .orderBy(desc(meetings.sequenceNumber))
    .limit(1);
  return (row?.n ?? 0) + 1;
}

export type Proposals = {
  sequenceNumber: number;
  window: { from: string; to: string } | null;
  distance: number;
  durationDays: number;
  previous: SchedulingContext["previous"];
  candidates: Candidate[];
};

/** "Plan the next meeting": the next number and ranked candidate dates. */
export async function proposeNextMeeting(
  db: DbOrTx,
  viewer: Viewer,
  options: { from?: string; to?: string; distance?: number; days?: number } = {},
): Promise<Proposals> {
  if (!can(viewer, "meeting.plan")) throw new ForbiddenError();
  const [context, sequenceNumber] = await Promise.all([
    loadSchedulingContext(db),
    nextSequenceNumber(db),
  ]);
  const fallback = defaultWindow(context.previous);
  const window =
    options.from && options.to && options.from <= options.to
      ? { from: options.from, to: options.to }
      : fallback;
  const distance = options.distance ?? 2;
  const durationDays = options.days ?? 1;
  const candidates = window ? proposeMeetingDates(context, { window, distance, durationDays }) : [];
  return { sequenceNumber, window, distance, durationDays, previous: context.previous, candidates };
}

/** The same warnings for dates typed by hand (ignoring the meeting itself when editing). */
export async function assessMeetingDates(
  db: DbOrTx,
  viewer: Viewer,
  input: { startsOn: string; endsOn: string; meetingId?: string },
) {
  if (!can(viewer, "meeting.plan")) throw new ForbiddenError();
  const context = await loadSchedulingContext(db, { before: input.startsOn });
  return assessDates(input, context, { meetingId: input.meetingId });
}
