// The value lists and limits of the meetings forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/meetings/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

export const timeZones = [
  "America/New_York",
  "Europe/Geneva",
  "Europe/Vienna",
  "Europe/Brussels",
  "Africa/Addis_Ababa",
  "Africa/Nairobi",
  "Asia/Bangkok",
  "America/Santiago",
] as const;
export type TimeZone = (typeof timeZones)[number];
