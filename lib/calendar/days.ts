// Calendar-day arithmetic on ISO dates ("YYYY-MM-DD"), free of time zones: a meeting day is
// a date in the venue's time zone, so it is handled as a plain date, never as an instant.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function toUtc(day: IsoDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function addMonths(day: IsoDate, months: number): IsoDate {
  const d = toUtc(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(day: IsoDate): number {
  return toUtc(day).getUTCDay();
}

export function isWeekend(day: IsoDate): boolean {
  const dow = dayOfWeek(day);
  return dow === 0 || dow === 6;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Months between two dates as a decimal (30.44-day months), e.g. 13.9. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((daysBetween(from, to) / 30.436875) * 10) / 10;
}

/** The days from start to end inclusive. */
export function eachDay(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) out.push(day);
  return out;
}

/** The n-th working day (Monday to Friday) before (negative n) or after (positive n) a day. */
export function shiftWorkingDays(day: IsoDate, n: number): IsoDate {
  const step = n < 0 ? -1 : 1;
  let current = day;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    current = addDays(current, step);
    if (!isWeekend(current)) remaining -= 1;
  }
  return current;
}
