// The value lists and limits of the calendar forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/calendar/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

export const councilFormats = [
  "open debate",
  "debate",
  "briefing",
  "adoption",
  "private meeting",
  "consultations",
  "public meeting",
] as const;
export type CouncilFormat = (typeof councilFormats)[number];

export const MAX_IMPORT_BYTES = 512 * 1024;
