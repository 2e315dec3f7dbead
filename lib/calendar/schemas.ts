import { z } from "zod";
import { type CouncilFormat, councilFormats, MAX_IMPORT_BYTES } from "./choices";
import { isIsoDate } from "./days";

export { type CouncilFormat, councilFormats, MAX_IMPORT_BYTES } from "./choices";

// Client-safe: shared by the calendar's forms, the import and the server actions.

/** A stored format as one of the list (the column is text; the schemas only ever write these). */
export function councilFormatOf(value: string): CouncilFormat {
  return councilFormats.find((f) => f === value) ?? "debate";
}

// Plausible range for the series and its Council meetings (the Council first met in 1946).
export const EARLIEST_DATE = "1946-01-01";
export const LATEST_DATE = "2100-12-31";

export const isoDate = z
  .string()
  .trim()
  .refine(isIsoDate, { error: "date" })
  .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, { error: "dateOutOfRange" });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));

export const councilMeetingFields = {
  meetingDate: isoDate,
  meetingTime: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(
      z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" })
        .nullable(),
    ),
  meetingNumber: z
    .union([z.number(), z.string().trim()])
    .nullish()
    .transform((v) => (v === "" || v === undefined || v === null ? null : Number(v)))
    .pipe(
      z
        .number({ error: "wholeNumber" })
        .int({ error: "wholeNumber" })
        .positive({ error: "wholeNumber" })
        .max(99_999, { error: "wholeNumber" })
        .nullable(),
    ),
  format: z.enum(councilFormats, { error: "chooseOne" }),
  title: z.string().trim().min(3, { error: "required" }).max(500, { error: "tooLong" }),
  presidency: optionalText(100),
  withRegionalOrganizations: z.boolean(),
  outcomeSymbol: optionalText(60).pipe(
    z
      .string()
      .regex(/^S\/[A-Z0-9/().\s-]+$/, { error: "symbol" })
      .nullable(),
  ),
};

export const councilMeetingSchema = z.strictObject(councilMeetingFields);
export type CouncilMeetingInput = z.output<typeof councilMeetingSchema>;

export const createCouncilMeetingSchema = councilMeetingSchema;
export const updateCouncilMeetingSchema = z.strictObject({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  ...councilMeetingFields,
});
export const deleteCouncilMeetingSchema = z.strictObject({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
});

export const MAX_IMPORT_ROWS = 2000;

export const importSchema = z.strictObject({
  fileName: z.string().trim().max(200),
  content: z.string().max(MAX_IMPORT_BYTES, { error: "fileTooLarge" }),
  /** Also write the rows that would change a Council meeting edited by hand. */
  overwriteHandEdits: z.boolean().optional(),
  /** The versions the preview showed (id -> version): the import refuses if one moved since. */
  expectedVersions: z.record(z.uuid(), z.number().int().positive()).optional(),
});

export const addClosedDaySchema = z.strictObject({
  day: isoDate,
  description: z.string().trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
});
export const removeClosedDaySchema = z.strictObject({ id: z.uuid() });

/** Creating or revoking one's own calendar feed takes no input. */
export const feedTokenSchema = z.strictObject({});

export const calendarFilterSchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  regional: z.enum(["1"]).optional().catch(undefined),
});
