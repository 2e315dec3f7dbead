import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appSettings } from "@/db/schema";

// The one clock for rules that depend on "today" (deadlines, overdue, upcoming, months since).
// A database may pin its own "as of" date (app_settings.as_of_date; the demo data sets
// 1 March 2006); otherwise today is real time. Sign-in, sessions and audit use real time.

export type Clock = {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** The instant used for deadline comparisons: the as-of day at noon UTC, or now. */
  now: Date;
  /** True when the database pins a date other than the real today. */
  pinned: boolean;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function realToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function clockFromSetting(value: unknown, real = new Date()): Clock {
  if (typeof value === "string" && ISO_DATE.test(value)) {
    return { today: value, now: new Date(`${value}T12:00:00Z`), pinned: value !== realToday(real) };
  }
  return { today: realToday(real), now: real, pinned: false };
}

export async function readClock(db: DbOrTx): Promise<Clock> {
  const [row] = await db
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, "as_of_date"));
  return clockFromSetting(row?.value);
}
