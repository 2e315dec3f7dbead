// The value lists and limits of the invitations forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/invitations/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

/** A reasonable upper bound for a delegation to a one- or two-day meeting. */
export const MAX_DELEGATION = 12;
