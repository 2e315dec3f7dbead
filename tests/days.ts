/**
 * The calendar day of an instant in a time zone (YYYY-MM-DD). Domain events are stamped in the
 * acting user's time of day (lib/clock.ts), so their day is the user's: at 00:30 UTC a
 * secretariat in New York still acts on the evening before, and the UTC date is a day later.
 */
export function dayIn(instant: Date | undefined, timeZone: string): string | undefined {
  return instant?.toLocaleDateString("en-CA", { timeZone });
}
