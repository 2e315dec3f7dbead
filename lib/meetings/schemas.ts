import { z } from "zod";
import { meetingStatuses } from "@/db/schema/enums";
import { isIsoDate } from "@/lib/calendar/days";
import { isoDate } from "@/lib/calendar/schemas";
import { type TimeZone, timeZones } from "./choices";

export { type TimeZone, timeZones } from "./choices";

// Client-safe: shared by the meeting forms and the server actions.

/** A stored zone as one of the list (the column is text; the schemas only ever write these). */
export function timeZoneOf(value: string): TimeZone {
  return timeZones.find((zone) => zone === value) ?? "America/New_York";
}

const meetingFields = {
  sequenceNumber: z.coerce
    .number({ error: "wholeNumber" })
    .int({ error: "wholeNumber" })
    .min(1, { error: "wholeNumber" })
    .max(999, { error: "wholeNumber" }),
  title: z.string().trim().min(3, { error: "required" }).max(200, { error: "tooLong" }),
  theme: z
    .string()
    .trim()
    .max(500, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null)),
  venue: z.string().trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
  timeZone: z.enum(timeZones, { error: "chooseOne" }),
  startsOn: isoDate,
  endsOn: isoDate,
  scSessionId: z
    .union([z.uuid(), z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
};

const endNotBeforeStart = (v: { startsOn: string; endsOn: string }) => v.endsOn >= v.startsOn;
const endIssue = { error: "endBeforeStart", path: ["endsOn"] };
// A high-level meeting lasts one or a few days.
const notTooLong = (v: { startsOn: string; endsOn: string }) =>
  (Date.parse(v.endsOn) - Date.parse(v.startsOn)) / 86_400_000 <= 14;
const lengthIssue = { error: "meetingTooLong", path: ["endsOn"] };

export const planMeetingSchema = z
  .strictObject(meetingFields)
  .refine(endNotBeforeStart, endIssue)
  .refine(notTooLong, lengthIssue);

export const updateMeetingSchema = z
  .strictObject({ id: z.uuid(), version: z.coerce.number().int().positive(), ...meetingFields })
  .refine(endNotBeforeStart, endIssue)
  .refine(notTooLong, lengthIssue);

/** Dates typed by hand, checked as the planning form changes (see lib/meetings/planning.ts). */
export const assessDatesSchema = z
  .strictObject({
    startsOn: isoDate,
    endsOn: isoDate,
    sequenceNumber: meetingFields.sequenceNumber,
    /** When editing: the meeting itself is neither its own previous meeting nor a clash. */
    meetingId: z.uuid().optional(),
  })
  .refine(endNotBeforeStart, endIssue);

export const advanceStatusSchema = z.strictObject({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  to: z.enum(meetingStatuses, { error: "chooseOne" }),
});

/** Local date and time at the venue, e.g. "2006-08-25T18:00". */
const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "dateTime" })
  .refine((v) => isIsoDate(v.slice(0, 10)), { error: "dateTime" });

export const updateDeadlinesSchema = z.strictObject({
  meetingId: z.uuid(),
  version: z.coerce.number().int().positive(),
  invitation_replies: localDateTime,
  working_group_reports: localDateTime,
  record_comments: localDateTime,
});
export type UpdateDeadlinesInput = z.input<typeof updateDeadlinesSchema>;

export const proposalOptionsSchema = z.object({
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  distance: z.coerce.number().int().min(1).max(10).optional().catch(undefined),
  days: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
});
