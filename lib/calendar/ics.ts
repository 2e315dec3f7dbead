import ical from "ical-generator";
import { addDays } from "./days";

export type CalendarMeeting = {
  id: string;
  title: string;
  theme: string | null;
  venue: string;
  startsOn: string;
  endsOn: string;
  version: number;
  deadlines: { kind: string; dueAt: Date }[];
};

/**
 * An iCalendar file of meetings (all-day events on the venue's dates) and their preparation
 * deadlines (instants, written in UTC). UIDs are stable, so a subscribed calendar updates
 * the events in place instead of duplicating them.
 */
export function buildCalendar({
  name,
  meetings,
  deadlineLabel,
  host,
}: {
  name: string;
  meetings: CalendarMeeting[];
  deadlineLabel: (kind: string, meetingTitle: string) => string;
  host: string;
}): string {
  const calendar = ical({
    name,
    prodId: { company: "Concordia", product: "Concordia", language: "EN" },
  });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `meeting-${meeting.id}@${host}`,
      sequence: meeting.version,
      allDay: true,
      start: new Date(`${meeting.startsOn}T12:00:00Z`),
      // DTEND of an all-day event is exclusive: the day after the last day.
      end: new Date(`${addDays(meeting.endsOn, 1)}T12:00:00Z`),
      summary: meeting.title,
      description: meeting.theme ?? undefined,
      location: meeting.venue,
    });
    for (const deadline of meeting.deadlines) {
      calendar.createEvent({
        id: `deadline-${meeting.id}-${deadline.kind}@${host}`,
        sequence: meeting.version,
        start: deadline.dueAt,
        end: deadline.dueAt,
        summary: deadlineLabel(deadline.kind, meeting.title),
      });
    }
  }
  return calendar.toString();
}
