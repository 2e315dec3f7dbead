// The value lists and limits of the organizations forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/organizations/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

// The six official UN languages first, then other working languages of the organizations.
export const languageCodes = ["ar", "zh", "en", "fr", "ru", "es", "pt", "de", "it"] as const;
export type LanguageCode = (typeof languageCodes)[number];

/** The UN languages an organization's official name is kept in, besides English. */
export const nameLanguages = ["ar", "zh", "fr", "ru", "es"] as const;
