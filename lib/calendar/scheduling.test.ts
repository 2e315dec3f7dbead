import { describe, expect, it } from "vitest";
import { dayOfWeek, shiftWorkingDays } from "./days";
import {
  assessDates,
  type CouncilMeeting,
  defaultWindow,
  type PlannedMeeting,
  previousMeeting,
  proposeMeetingDates,
  type SchedulingContext,
} from "./scheduling";

const openDebate: CouncilMeeting = {
  id: "sc-5529",
  meetingDate: "2006-09-20",
  meetingNumber: 5529,
  title: "Cooperation between the United Nations and regional organizations",
  withRegionalOrganizations: true,
};

const sixth: PlannedMeeting = {
  id: "m6",
  sequenceNumber: 6,
  startsOn: "2005-07-25",
  endsOn: "2005-07-26",
};
/** Proposals and checks below are for the seventh meeting unless said otherwise. */
const seventh = { sequenceNumber: 7 };

function context(overrides: Partial<SchedulingContext> = {}): SchedulingContext {
  return {
    councilMeetings: [openDebate],
    closedDays: [],
    meetings: [sixth],
    ...overrides,
  };
}

describe("proposing dates for the next meeting", () => {
  it("the real case: 21 and 22 September 2006 are candidates next to the 20 September open debate", () => {
    const candidates = proposeMeetingDates(context(), seventh);
    const starts = candidates.map((c) => c.startsOn);
    expect(starts).toContain("2006-09-21");
    expect(starts).toContain("2006-09-22");
    // The days next to the debate first, the one nearer twelve months ahead of the other.
    expect(candidates.map((c) => c.startsOn)).toEqual([
      "2006-09-19",
      "2006-09-21",
      "2006-09-18",
      "2006-09-22",
    ]);
    expect(candidates[1]?.monthsSincePrevious).toBe(13.9);
    expect(candidates.every((c) => c.warnings.length === 0)).toBe(true);
  });

  it("never proposes a Saturday or a Sunday", () => {
    // A Council meeting on a Friday: the next working days are Monday and Tuesday.
    const friday: CouncilMeeting = { ...openDebate, id: "fri", meetingDate: "2006-09-22" };
    const candidates = proposeMeetingDates(context({ councilMeetings: [friday] }), {
      ...seventh,
      distance: 3,
    });
    for (const c of candidates) {
      expect([0, 6]).not.toContain(dayOfWeek(c.startsOn));
    }
    expect(candidates.map((c) => c.startsOn)).toContain("2006-09-25");
    expect(candidates.map((c) => c.startsOn)).not.toContain("2006-09-23");
  });

  it("flags a holiday and ranks it after clean days", () => {
    const candidates = proposeMeetingDates(
      context({ closedDays: [{ day: "2006-09-21", description: "Closed for a test" }] }),
      seventh,
    );
    const holiday = candidates.find((c) => c.startsOn === "2006-09-21");
    expect(holiday?.warnings).toEqual([
      { kind: "closed", day: "2006-09-21", description: "Closed for a test" },
    ]);
    expect(candidates.at(-1)?.startsOn).toBe("2006-09-21");
    expect(candidates[0]?.warnings).toEqual([]);
  });

  it("flags another Council meeting the same day and another planned meeting", () => {
    const other: CouncilMeeting = {
      ...openDebate,
      id: "other",
      meetingDate: "2006-09-19",
      meetingNumber: 5528,
      withRegionalOrganizations: false,
      title: "Briefing",
    };
    const candidates = proposeMeetingDates(
      context({
        councilMeetings: [openDebate, other],
        meetings: [
          sixth,
          { id: "m", sequenceNumber: 99, startsOn: "2006-09-22", endsOn: "2006-09-22" },
        ],
      }),
      seventh,
    );
    expect(candidates.find((c) => c.startsOn === "2006-09-19")?.warnings).toEqual([
      { kind: "councilClash", day: "2006-09-19", title: "Briefing", meetingNumber: 5528 },
    ]);
    expect(candidates.find((c) => c.startsOn === "2006-09-22")?.warnings).toEqual([
      { kind: "meetingClash", sequenceNumber: 99 },
    ]);
    // Only the Council meetings with regional organizations anchor candidates.
    expect(candidates.every((c) => c.council.id === "sc-5529")).toBe(true);
  });

  it("keeps to the window: by default 10 to 14 months after the previous meeting", () => {
    expect(defaultWindow(sixth)).toEqual({ from: "2006-05-26", to: "2006-09-26" });
    const tooLate: CouncilMeeting = { ...openDebate, id: "late", meetingDate: "2006-10-17" };
    const tooEarly: CouncilMeeting = { ...openDebate, id: "early", meetingDate: "2005-10-17" };
    expect(proposeMeetingDates(context({ councilMeetings: [tooLate, tooEarly] }), seventh)).toEqual(
      [],
    );
    expect(
      proposeMeetingDates(context({ councilMeetings: [tooLate] }), {
        ...seventh,
        window: { from: "2006-10-01", to: "2006-10-31" },
      }),
    ).toHaveLength(4);
    expect(proposeMeetingDates(context({ meetings: [] }), seventh)).toEqual([]);
  });

  it("ranks by fewest problems, then closeness to the Council meeting, then closeness to twelve months", () => {
    const early: CouncilMeeting = { ...openDebate, id: "jul", meetingDate: "2006-07-26" };
    const candidates = proposeMeetingDates(
      context({ councilMeetings: [openDebate, early] }),
      seventh,
    );
    // All clean; the day before/after each come first; July (12 months) before September (14).
    expect(candidates.slice(0, 2).map((c) => c.council.id)).toEqual(["jul", "jul"]);
    expect(candidates.slice(0, 4).every((c) => Math.abs(c.offset) === 1)).toBe(true);
  });

  it("a two-day meeting before the Council meeting ends the working day before it", () => {
    const candidates = proposeMeetingDates(context(), {
      ...seventh,
      durationDays: 2,
      distance: 1,
    });
    expect(candidates.map((c) => [c.startsOn, c.endsOn]).sort()).toEqual([
      ["2006-09-18", "2006-09-19"],
      ["2006-09-21", "2006-09-22"],
    ]);
  });

  it("assesses dates entered by hand with the same warnings", () => {
    const assessment = assessDates(
      { startsOn: "2006-09-22", endsOn: "2006-09-23" },
      context(),
      seventh,
    );
    expect(assessment.warnings).toEqual([{ kind: "weekend", day: "2006-09-23" }]);
    expect(
      assessDates({ startsOn: "2006-01-10", endsOn: "2006-01-10" }, context(), seventh).warnings,
    ).toEqual([{ kind: "offRhythm", months: 5.5 }]);
    expect(
      assessDates({ startsOn: "2005-07-01", endsOn: "2005-07-01" }, context(), seventh),
    ).toEqual({ monthsSincePrevious: null, warnings: [{ kind: "beforePrevious" }] });
  });

  it("takes the meeting numbered just before as the previous one, planned ones included", () => {
    const planned: PlannedMeeting = {
      id: "m7",
      sequenceNumber: 7,
      startsOn: "2006-09-21",
      endsOn: "2006-09-22",
    };
    const meetings = [planned, sixth];
    expect(previousMeeting(meetings, { sequenceNumber: 8 })).toBe(planned);
    expect(previousMeeting(meetings, { sequenceNumber: 7 })).toBe(sixth);
    // Editing the seventh: itself aside, whatever number is typed.
    expect(previousMeeting(meetings, { sequenceNumber: 9, meetingId: "m7" })).toBe(sixth);
    expect(previousMeeting(meetings, { sequenceNumber: 6 })).toBeNull();
  });

  it("says an eighth meeting before the planned seventh one ends is before the previous meeting, without a month count", () => {
    const withSeventh = context({
      meetings: [
        sixth,
        { id: "m7", sequenceNumber: 7, startsOn: "2006-09-21", endsOn: "2006-09-22" },
      ],
    });
    const eighth = { sequenceNumber: 8 };
    const typed = assessDates(
      { startsOn: "2006-09-19", endsOn: "2006-09-19" },
      withSeventh,
      eighth,
    );
    expect(typed).toEqual({ monthsSincePrevious: null, warnings: [{ kind: "beforePrevious" }] });
    const proposed = proposeMeetingDates(withSeventh, {
      ...eighth,
      window: { from: "2006-09-01", to: "2006-09-30" },
    }).find((c) => c.startsOn === "2006-09-19");
    expect(proposed?.warnings).toEqual(typed.warnings);
    expect(proposed?.monthsSincePrevious).toBeNull();
  });

  it("counts working days across weekends", () => {
    expect(shiftWorkingDays("2006-09-22", 1)).toBe("2006-09-25");
    expect(shiftWorkingDays("2006-09-18", -1)).toBe("2006-09-15");
  });
});
