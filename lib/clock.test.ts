import { describe, expect, it } from "vitest";
import { dayIn } from "@/tests/days";
import { clockFromSetting, onDayAtTimeOf } from "./clock";

describe("the application's clock", () => {
  const real = new Date("2026-11-29T08:00:00Z");

  it("uses the database's as-of date when it has one", () => {
    const clock = clockFromSetting("2006-03-01", real);
    expect(clock.today).toBe("2006-03-01");
    expect(clock.now).toEqual(new Date("2006-03-01T12:00:00Z"));
    expect(clock.pinned).toBe(true);
  });

  it("is real time without the setting", () => {
    const clock = clockFromSetting(undefined, real);
    expect(clock.today).toBe("2026-11-29");
    expect(clock.now).toEqual(real);
    expect(clock.pinned).toBe(false);
    expect(Math.abs(clock.stamp().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("ignores a malformed setting rather than trusting it", () => {
    expect(clockFromSetting("1 March 2006", real).today).toBe("2026-11-29");
    expect(clockFromSetting(20060301, real).pinned).toBe(false);
  });

  it("is not pinned when the as-of date is today", () => {
    expect(clockFromSetting("2026-11-29", real).pinned).toBe(false);
  });

  it("stamps domain events on the as-of day, at the real time of day in the viewer's zone", () => {
    // 20:10 UTC is 15:10 in New York (EST): the stamp is 1 March 2006, 15:10 New York time.
    const stamp = onDayAtTimeOf("2006-03-01", new Date("2026-11-29T20:10:00Z"), "America/New_York");
    expect(stamp.toISOString()).toBe("2006-03-01T20:10:00.000Z");
    // 02:30 UTC on 30 Nov is 21:30 on 29 Nov in New York: still the as-of day there.
    const late = onDayAtTimeOf("2006-03-01", new Date("2026-11-30T02:30:00Z"), "America/New_York");
    expect(late.toISOString()).toBe("2006-03-02T02:30:00.000Z");
    const pinned = clockFromSetting("2006-03-01", real);
    expect(pinned.stamp("UTC").toISOString().slice(0, 10)).toBe("2006-03-01");
    // Later events stamp later: the order of the day is kept.
    const first = pinned.stamp("UTC").getTime();
    expect(pinned.stamp("UTC").getTime()).toBeGreaterThanOrEqual(first);
  });
  it("keeps the viewer's day when UTC has already passed midnight", () => {
    // 00:30 UTC on 30 November is 19:30 on the 29th in New York: the event is stamped on
    // 1 March at 19:30 there, which UTC calls 2 March.
    const stamped = onDayAtTimeOf(
      "2006-03-01",
      new Date("2026-11-30T00:30:00Z"),
      "America/New_York",
    );
    expect(stamped.toISOString()).toBe("2006-03-02T00:30:00.000Z");
    expect(dayIn(stamped, "America/New_York")).toBe("2006-03-01");
  });
});
