import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatInstant, formatMeetingDates } from "./format";

describe("formatting dates for people", () => {
  const format = createFormatter({
    locale: "en",
    timeZone: "UTC",
    onError: (e) => {
      throw e;
    },
  });

  it("names the zone of an instant, in the viewer's time zone", () => {
    const text = formatInstant(
      format as never,
      new Date("2006-08-25T22:00:00Z"),
      "America/New_York",
    );
    expect(text).toMatch(/Aug 25, 2006/);
    expect(text).toMatch(/06:00 PM EDT/);
  });

  it("formats meeting days as calendar dates, ranges and approximate months", () => {
    expect(
      formatMeetingDates(format as never, {
        startsOn: "2005-07-25",
        endsOn: "2005-07-26",
        datesApproximate: false,
      }),
    ).toMatch(/July 25\s*–\s*26, 2005/);
    expect(
      formatMeetingDates(format as never, {
        startsOn: "1994-08-01",
        endsOn: "1994-08-01",
        datesApproximate: true,
      }),
    ).toBe("August 1994");
    expect(
      formatMeetingDates(format as never, {
        startsOn: null,
        endsOn: null,
        datesApproximate: false,
      }),
    ).toBe("—");
  });
});
