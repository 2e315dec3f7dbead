import { TZDate } from "@date-fns/tz";
import type { DeadlineKind } from "@/db/schema/enums";
import { addDays, type IsoDate } from "@/lib/calendar/days";

// Default preparation deadlines, counted from the meeting's dates at 18:00 venue time.
// Replies to invitations four weeks before; working-group reports three weeks before;
// comments on the detailed record three weeks after the meeting (circulation, then the
// customary week for corrections). Each is editable afterwards.
export const DEFAULT_DEADLINES: Record<DeadlineKind, { from: "start" | "end"; days: number }> = {
  invitation_replies: { from: "start", days: -28 },
  working_group_reports: { from: "start", days: -21 },
  record_comments: { from: "end", days: 21 },
};

const DEADLINE_HOUR = 18;

/** A local date and time at the venue ("YYYY-MM-DDTHH:mm") as an instant. */
export function venueTimeToInstant(local: string, timeZone: string): Date {
  const [date = "", time = "00:00"] = local.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(
    new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, 0, timeZone).getTime(),
  );
}

/** An instant as the venue's local "YYYY-MM-DDTHH:mm" (for the deadline form). */
export function instantToVenueTime(instant: Date, timeZone: string): string {
  const t = new TZDate(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

export function deriveDeadlines(meeting: {
  startsOn: IsoDate;
  endsOn: IsoDate;
  timeZone: string;
}): { kind: DeadlineKind; dueAt: Date }[] {
  return (
    Object.entries(DEFAULT_DEADLINES) as [DeadlineKind, (typeof DEFAULT_DEADLINES)[DeadlineKind]][]
  ).map(([kind, rule]) => {
    const day = addDays(rule.from === "start" ? meeting.startsOn : meeting.endsOn, rule.days);
    return { kind, dueAt: venueTimeToInstant(`${day}T${DEADLINE_HOUR}:00`, meeting.timeZone) };
  });
}
