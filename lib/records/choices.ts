import { commentDispositions } from "@/db/schema/enums";

// The value lists and limits of the records forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/records/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

/** The languages a record is written in: the six official languages of the United Nations. */
export const recordLanguages = ["en", "fr", "ar", "zh", "ru", "es"] as const;

/** A record holds at most this many paragraphs (the sixth meeting's conclusions have 10). */
export const MAX_PARAGRAPHS = 200;

/** The answers the secretariat gives a comment ("pending" is the absence of one). */
export const dispositionChoices = commentDispositions.filter(
  (d): d is Exclude<(typeof commentDispositions)[number], "pending"> => d !== "pending",
);
