import { asc, desc, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { closedDays, meetings, scSessions } from "@/db/schema";
import { defineQuery } from "@/lib/action";
import { can, type Viewer } from "@/lib/auth/permissions";
import {
  type Assessment,
  assessDates,
  type Candidate,
  defaultWindow,
  type PlannedMeeting,
  previousMeeting,
  proposeMeetingDates,
  type SchedulingContext,
} from "@/lib/calendar/scheduling";
import { ForbiddenError } from "@/lib/errors";
import { assessDatesSchema } from "./schemas";

// The reads behind "Plan the next meeting": the proposals and the live check of dates typed
// by hand load the same context and go through the same assessDates (lib/calendar/scheduling.ts).

/** Everything date proposals and warnings need, in three queries. */
export async function loadSchedulingContext(db: DbOrTx): Promise<SchedulingContext> {
  const [council, closed, planned] = await Promise.all([
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
  return {
    councilMeetings: council,
    closedDays: closed,
    meetings: planned.flatMap((m) =>
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
  previous: PlannedMeeting | null;
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
  const previous = previousMeeting(context.meetings, { sequenceNumber });
  const fallback = defaultWindow(previous);
  const window =
    options.from && options.to && options.from <= options.to
      ? { from: options.from, to: options.to }
      : fallback;
  const distance = options.distance ?? 2;
  const durationDays = options.days ?? 1;
  const candidates = window
    ? proposeMeetingDates(context, { sequenceNumber, window, distance, durationDays })
    : [];
  return { sequenceNumber, window, distance, durationDays, previous, candidates };
}

/** The same warnings for dates typed by hand, as the planning form changes (reads only). */
export const assessMeetingDates = defineQuery({
  name: "meeting.assessDates",
  schema: assessDatesSchema,
  capability: "meeting.plan",
  async run({ db, input }): Promise<Assessment> {
    const { startsOn, endsOn, ...subject } = input;
    return assessDates({ startsOn, endsOn }, await loadSchedulingContext(db), subject);
  },
});
