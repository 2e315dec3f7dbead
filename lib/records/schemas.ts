import { z } from "zod";
import { recordKinds } from "@/db/schema/enums";
import { isIsoDate } from "@/lib/calendar/days";
import { isoDate } from "@/lib/calendar/schemas";
import { dispositionChoices, MAX_PARAGRAPHS, recordLanguages } from "./choices";

export { dispositionChoices, MAX_PARAGRAPHS, recordLanguages } from "./choices";

// Client-safe: the record forms and the server actions share these.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));

/** A date and time at the venue, "YYYY-MM-DDTHH:mm" (the deadline fields). */
const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "dateTime" })
  .refine((v) => isIsoDate(v.slice(0, 10)), { error: "dateTime" });

export const paragraphSchema = z.strictObject({
  text: z.string().trim().min(1, { error: "paragraphEmpty" }).max(8000, { error: "tooLong" }),
});

const recordFields = {
  kind: z.enum(recordKinds, { error: "chooseOne" }),
  title: z.string().trim().min(3, { error: "required" }).max(300, { error: "tooLong" }),
  // A document symbol such as A/60/341–S/2005/567.
  symbol: optionalText(120),
  issuedOn: z
    .union([isoDate, z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
  originalLanguage: z.enum(recordLanguages, { error: "chooseOne" }),
  paragraphs: z.array(paragraphSchema).max(MAX_PARAGRAPHS, { error: "tooManyParagraphs" }),
};

export const createRecordSchema = z.strictObject({ meetingId: z.uuid(), ...recordFields });

export const updateRecordSchema = z.strictObject({
  recordId: z.uuid(),
  version: z.coerce.number().int().positive(),
  ...recordFields,
});

export const recordStepSchema = z.strictObject({
  recordId: z.uuid(),
  version: z.coerce.number().int().positive(),
});

export const circulateRecordSchema = z.strictObject({
  recordId: z.uuid(),
  version: z.coerce.number().int().positive(),
  organizationIds: z.array(z.uuid()).min(1, { error: "chooseAtLeastOne" }),
  commentDeadline: localDateTime,
});

export const commentSchema = z.strictObject({
  recordId: z.uuid(),
  organizationId: z.uuid({ error: "chooseOne" }),
  paragraphNumber: z.coerce
    .number({ error: "chooseOne" })
    .int({ error: "chooseOne" })
    .min(1, { error: "chooseOne" }),
  text: z.string().trim().min(3, { error: "commentRequired" }).max(5000, { error: "tooLong" }),
  proposedText: optionalText(8000),
});

export const disposeCommentSchema = z
  .strictObject({
    commentId: z.uuid(),
    version: z.coerce.number().int().positive(),
    disposition: z.enum(dispositionChoices, { error: "chooseOne" }),
    reason: optionalText(2000),
  })
  // A comment merely noted needs no reason; every other answer says why.
  .refine((v) => v.disposition === "noted" || v.reason !== null, {
    error: "reasonRequired",
    path: ["reason"],
  });

/** A stored language as one of the list (the column is text; the schemas only ever write these). */
export function recordLanguageOf(value: string): (typeof recordLanguages)[number] {
  return recordLanguages.find((l) => l === value) ?? "en";
}
