import { describe, expect, it } from "vitest";
import { candidateChoiceFrom, candidateHref, chooseCandidate } from "./candidate-choice";

describe("choosing a proposed date on the planning page", () => {
  const council = "8b0c4f6e-3a51-4b8e-9a0f-2f4f0e6c1d2a";

  it("keeps the title and theme already typed; only the dates and the Council meeting change", () => {
    const typed = {
      sequenceNumber: "8",
      title: "Eighth high-level meeting: a title typed by hand",
      theme: "A theme typed by hand",
      venue: "United Nations Headquarters, New York",
      timeZone: "America/New_York" as const,
      startsOn: "",
      endsOn: "",
      scSessionId: "",
    };
    const choice = { startsOn: "2007-09-24", endsOn: "2007-09-25", scSessionId: council };
    expect(chooseCandidate(typed, choice)).toEqual({ ...typed, ...choice });
  });

  it("reads the choice from the page's query, and builds the link that makes it", () => {
    const params = { from: "2006-09-01", to: "2006-09-30", start: "2006-09-01", sc: "old" };
    const href = candidateHref(params, {
      startsOn: "2006-09-22",
      endsOn: "2006-09-22",
      council: { id: council },
    });
    expect(href).toBe(
      `/meetings/plan?from=2006-09-01&to=2006-09-30&start=2006-09-22&end=2006-09-22&sc=${council}#plan-form`,
    );
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(candidateChoiceFrom(query, [council])).toEqual({
      startsOn: "2006-09-22",
      endsOn: "2006-09-22",
      scSessionId: council,
    });
    // A one-day choice may omit the end; an unknown Council meeting or a bad date is dropped.
    expect(candidateChoiceFrom({ start: "2006-09-22", sc: "unknown" }, [council])).toEqual({
      startsOn: "2006-09-22",
      endsOn: "2006-09-22",
      scSessionId: "",
    });
    expect(candidateChoiceFrom({ start: "2006-02-30" }, [council])).toBeNull();
    expect(candidateChoiceFrom({}, [council])).toBeNull();
  });
});
