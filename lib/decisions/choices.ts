// The value lists and limits of the decisions forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/decisions/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

/** How a stored endorsement reads in the form's select. */
export function endorsementValue(reportId: string | null, recommendationId: string | null): string {
  return reportId && recommendationId ? `${reportId}:${recommendationId}` : "";
}
