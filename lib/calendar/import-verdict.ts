import type { ImportError } from "./parse-programme";

// Whether a file can be imported, decided once: the preview's button says it, the import
// command enforces it. Client-safe (types only).

export type ImportVerdict =
  /** Every row is valid and some would be added or updated. */
  | { kind: "ready"; writes: number }
  /** Nothing is imported until the rows with errors are fixed. */
  | { kind: "hasErrors"; invalidRows: number; writes: number }
  /** The file holds no Council meeting at all. */
  | { kind: "empty" }
  /** Every row is already in the calendar, unchanged. */
  | { kind: "nothingNew" };

export function importVerdict({
  errors,
  rows,
  overwriteHandEdits = false,
}: {
  errors: readonly ImportError[];
  rows: readonly { status: "new" | "update" | "conflict" | "unchanged" }[];
  /** Whether the rows in conflict with a hand edit are written too. */
  overwriteHandEdits?: boolean;
}): ImportVerdict {
  const writes = rows.filter(
    (r) =>
      r.status === "new" ||
      r.status === "update" ||
      (r.status === "conflict" && overwriteHandEdits),
  ).length;
  if (errors.length > 0)
    return { kind: "hasErrors", invalidRows: new Set(errors.map((e) => e.line)).size, writes };
  if (rows.length === 0) return { kind: "empty" };
  return writes > 0 ? { kind: "ready", writes } : { kind: "nothingNew" };
}
