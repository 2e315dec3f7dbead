import {
  addDays,
  addMonths,
  eachDay,
  type IsoDate,
  isWeekend,
  monthsBetween,
  shiftWorkingDays,
} from "./days";

// Proposing dates for the next high-level meeting. Two rules from the sixth meeting's
// conclusions (para. 7): meet every year, and back to back with the Security Council's
// meetings with regional organizations. Pure: the caller loads the data.

export type CouncilMeeting = {
  id: string;
  meetingDate: IsoDate;
  meetingNumber: number | null;
  title: string;
  withRegionalOrganizations: boolean;
};
export type PlannedMeeting = {
  id: string;
  sequenceNumber: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
};
export type ClosedDay = { day: IsoDate; description: string };

export type Warning =
  | { kind: "weekend"; day: IsoDate }
  | { kind: "closed"; day: IsoDate; description: string }
  | { kind: "councilClash"; day: IsoDate; title: string; meetingNumber: number | null }
  | { kind: "meetingClash"; sequenceNumber: number }
  | { kind: "offRhythm"; months: number }
  | { kind: "beforePrevious" };

export type Assessment = {
  /**
   * Months from the end of the previous meeting to the start (annual rhythm); null when there
   * is no previous meeting, or when these dates are not after its end (then a warning says so).
   */
  monthsSincePrevious: number | null;
  warnings: Warning[];
};

export type Candidate = Assessment & {
  startsOn: IsoDate;
  endsOn: IsoDate;
  council: CouncilMeeting;
  /** Working days between the candidate and the Council meeting: -1 = the day before. */
  offset: number;
};

export type SchedulingContext = {
  councilMeetings: CouncilMeeting[];
  closedDays: ClosedDay[];
  /** Every high-level meeting with dates, held or planned. */
  meetings: PlannedMeeting[];
  /** Acceptable months since the previous meeting; outside it the rhythm is flagged. */
  rhythm?: { minMonths: number; maxMonths: number };
};

/** The meeting being planned or edited: its number in the series, and its id when it exists. */
export type Subject = { sequenceNumber: number; meetingId?: string };

export const DEFAULT_WINDOW = { fromMonths: 10, toMonths: 14 } as const;
export const DEFAULT_DISTANCE = 2;

/**
 * The meeting a planned one follows: the one numbered just below it in the series, planned
 * ones included, the meeting itself excluded (when it is being edited). Its dates, not the
 * ones being checked, decide: an eighth meeting put before the seventh is "before the end of
 * the previous meeting", whichever path (a proposal or dates typed by hand) asks.
 */
export function previousMeeting(
  meetings: readonly PlannedMeeting[],
  { sequenceNumber, meetingId }: Subject,
): PlannedMeeting | null {
  let previous: PlannedMeeting | null = null;
  for (const m of meetings) {
    if (m.id === meetingId || m.sequenceNumber >= sequenceNumber) continue;
    if (!previous || m.sequenceNumber > previous.sequenceNumber) previous = m;
  }
  return previous;
}

/** The warnings a secretariat must see for a meeting held from startsOn to endsOn. */
export function assessDates(
  { startsOn, endsOn }: { startsOn: IsoDate; endsOn: IsoDate },
  context: SchedulingContext,
  subject: Subject & { councilMeetingId?: string },
): Assessment {
  const warnings: Warning[] = [];
  const days = eachDay(startsOn, endsOn);
  const closed = new Map(context.closedDays.map((d) => [d.day, d.description]));
  for (const day of days) {
    if (isWeekend(day)) warnings.push({ kind: "weekend", day });
    const description = closed.get(day);
    if (description) warnings.push({ kind: "closed", day, description });
    for (const council of context.councilMeetings) {
      if (council.meetingDate === day && council.id !== subject.councilMeetingId) {
        warnings.push({
          kind: "councilClash",
          day,
          title: council.title,
          meetingNumber: council.meetingNumber,
        });
      }
    }
  }
  for (const other of context.meetings) {
    if (other.id !== subject.meetingId && other.startsOn <= endsOn && other.endsOn >= startsOn) {
      warnings.push({ kind: "meetingClash", sequenceNumber: other.sequenceNumber });
    }
  }
  const previous = previousMeeting(context.meetings, subject);
  let monthsSincePrevious: number | null = null;
  if (previous && startsOn <= previous.endsOn) {
    // No month count here: "-0.1 months after" says less than the warning does.
    warnings.push({ kind: "beforePrevious" });
  } else if (previous) {
    monthsSincePrevious = monthsBetween(previous.endsOn, startsOn);
    const rhythm = context.rhythm ?? {
      minMonths: DEFAULT_WINDOW.fromMonths,
      maxMonths: DEFAULT_WINDOW.toMonths,
    };
    if (monthsSincePrevious < rhythm.minMonths || monthsSincePrevious > rhythm.maxMonths) {
      warnings.push({ kind: "offRhythm", months: monthsSincePrevious });
    }
  }
  return { monthsSincePrevious, warnings };
}

/**
 * Candidate dates: for each Council meeting with regional organizations in the window, the
 * working days just before and just after it (up to `distance`), each assessed and ranked:
 * fewest problems, closest to the Council meeting, closest to twelve months, earliest.
 */
export function proposeMeetingDates(
  context: SchedulingContext,
  options: {
    /** The number of the meeting being planned: the one after it decides the rhythm. */
    sequenceNumber: number;
    window?: { from: IsoDate; to: IsoDate };
    distance?: number;
    durationDays?: number;
  },
): Candidate[] {
  const distance = Math.max(1, Math.min(10, options.distance ?? DEFAULT_DISTANCE));
  const durationDays = Math.max(1, Math.min(5, options.durationDays ?? 1));
  const window =
    options.window ??
    defaultWindow(previousMeeting(context.meetings, { sequenceNumber: options.sequenceNumber }));
  if (!window) return [];
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const council of context.councilMeetings) {
    if (!council.withRegionalOrganizations) continue;
    if (council.meetingDate < window.from || council.meetingDate > window.to) continue;
    for (let offset = -distance; offset <= distance; offset++) {
      if (offset === 0) continue;
      // A meeting before the Council's must end before it: count back from its last day.
      const startsOn =
        offset < 0
          ? shiftWorkingDays(council.meetingDate, offset - (durationDays - 1))
          : shiftWorkingDays(council.meetingDate, offset);
      const endsOn = addDays(startsOn, durationDays - 1);
      const key = `${startsOn}/${council.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const assessment = assessDates({ startsOn, endsOn }, context, {
        sequenceNumber: options.sequenceNumber,
        councilMeetingId: council.id,
      });
      candidates.push({ startsOn, endsOn, council, offset, ...assessment });
    }
  }
  return candidates.sort(
    (a, b) =>
      a.warnings.length - b.warnings.length ||
      Math.abs(a.offset) - Math.abs(b.offset) ||
      Math.abs((a.monthsSincePrevious ?? 12) - 12) - Math.abs((b.monthsSincePrevious ?? 12) - 12) ||
      a.startsOn.localeCompare(b.startsOn),
  );
}

/** By default, 10 to 14 months after the previous meeting ended. */
export function defaultWindow(
  previous: { endsOn: IsoDate } | null,
): { from: IsoDate; to: IsoDate } | null {
  if (!previous) return null;
  return {
    from: addMonths(previous.endsOn, DEFAULT_WINDOW.fromMonths),
    to: addMonths(previous.endsOn, DEFAULT_WINDOW.toMonths),
  };
}
