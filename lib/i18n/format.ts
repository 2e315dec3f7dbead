import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

// Meeting days are calendar dates in the venue's time zone: format them as dates (noon UTC
// keeps the day the same in every zone), never as instants.
function asDay(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}

export function formatDay(
  format: Formatter,
  value: string,
  style: "long" | "medium" = "long",
): string {
  return format.dateTime(asDay(value), { dateStyle: style, timeZone: "UTC" });
}

export function formatMeetingDates(
  format: Formatter,
  meeting: { startsOn: string | null; endsOn: string | null; datesApproximate: boolean },
): string {
  if (!meeting.startsOn) return "—";
  if (meeting.datesApproximate) {
    return format.dateTime(asDay(meeting.startsOn), {
      year: "numeric",
      month: "long",
      timeZone: "UTC",
    });
  }
  const end = meeting.endsOn ?? meeting.startsOn;
  if (end === meeting.startsOn) return formatDay(format, meeting.startsOn);
  return format.dateTimeRange(asDay(meeting.startsOn), asDay(end), {
    dateStyle: "long",
    timeZone: "UTC",
  });
}

/** An instant (deadline, audit time) in the viewer's time zone, with the zone named. */
export function formatInstant(format: Formatter, value: Date, timeZone: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName: spell the parts out.
  return format.dateTime(value, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
}
