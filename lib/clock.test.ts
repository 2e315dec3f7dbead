import { describe, expect, it } from "vitest";
import { clockFromSetting } from "./clock";

describe("the application's clock", () => {
  const real = new Date("2026-11-29T08:00:00Z");

  it("uses the database's as-of date when it has one", () => {
    const clock = clockFromSetting("2006-03-01", real);
    expect(clock).toEqual({
      today: "2006-03-01",
      now: new Date("2006-03-01T12:00:00Z"),
      pinned: true,
    });
  });

  it("is real time without the setting", () => {
    expect(clockFromSetting(undefined, real)).toEqual({
      today: "2026-11-29",
      now: real,
      pinned: false,
    });
  });

  it("ignores a malformed setting rather than trusting it", () => {
    expect(clockFromSetting("1 March 2006", real).today).toBe("2026-11-29");
    expect(clockFromSetting(20060301, real).pinned).toBe(false);
  });

  it("is not pinned when the as-of date is today", () => {
    expect(clockFromSetting("2026-11-29", real).pinned).toBe(false);
  });
});
