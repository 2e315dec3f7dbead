// The value lists and limits of the accounts forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/accounts/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

export const userRoles = ["secretariat", "participant"] as const;
