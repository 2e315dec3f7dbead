// A search by part of a name: the pattern for ILIKE, with the user's own % and _ (and the
// escape character) taken literally.

/** The ILIKE pattern that matches names containing `text`, whatever its letter case. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
