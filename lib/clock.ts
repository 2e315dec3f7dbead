import { TZDate } from "@date-fns/tz";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appSettings } from "@/db/schema";

// The one clock for rules that depend on "today" (deadlines, overdue, upcoming, months since)
// and for the time of everything that happens in the domain (a reply, a reminder, a progress
// note, a submission, an invitation opened). A database may pin its own "as of" date
// (app_settings.as_of_date; the demo data sets 1 March 2006); otherwise today is real time.
// Sign-in records, sessions, the outbox's delivery and the audit log keep real time.

export type Clock = {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** The instant used for deadline comparisons: the as-of day at noon UTC, or now. */
  now: Date;
  /** True when the database pins a date other than the real today. */
  pinned: boolean;
  /**
   * When something happens in the domain: now, or on a pinned clock the as-of day at the
   * real time of day in the given zone (so the order of events within the day is kept and
   * a reply made at 15:10 in New York reads "1 March 2006, 15:10").
   */
  stamp: (timeZone?: string) => Date;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function realToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The instant on `day` (YYYY-MM-DD) whose wall-clock time in `timeZone` is that of `real`. */
export function onDayAtTimeOf(day: string, real: Date, timeZone: string): Date {
  const wall = new TZDate(real.getTime(), timeZone);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(
    new TZDate(
      y,
      m - 1,
      d,
      wall.getHours(),
      wall.getMinutes(),
      wall.getSeconds(),
      wall.getMilliseconds(),
      timeZone,
    ).getTime(),
  );
}

export function clockFromSetting(value: unknown, real = new Date()): Clock {
  if (typeof value === "string" && ISO_DATE.test(value)) {
    return {
      today: value,
      now: new Date(`${value}T12:00:00Z`),
      pinned: value !== realToday(real),
      stamp: (timeZone = "UTC") => onDayAtTimeOf(value, new Date(), timeZone),
    };
  }
  return { today: realToday(real), now: real, pinned: false, stamp: () => new Date() };
}

export async function readClock(db: DbOrTx): Promise<Clock> {
  const [row] = await db
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, "as_of_date"));
  return clockFromSetting(row?.value);
}
