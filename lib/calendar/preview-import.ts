import { defineQuery } from "@/lib/action";
import { type ImportVerdict, importVerdict } from "./import-verdict";
import { type MatchedRow, matchProgramme } from "./match-programme";
import { type ImportError, parseProgramme } from "./parse-programme";
import { importSchema } from "./schemas";

export type ImportPreview = {
  kind: "csv" | "ics";
  rows: MatchedRow[];
  errors: ImportError[];
  counts: { new: number; update: number; conflict: number; unchanged: number; invalid: number };
  /** Whether the import may go ahead, as the import command will decide it. */
  verdict: ImportVerdict;
  /** The same, if the rows in conflict with hand edits were overwritten too. */
  verdictOverwriting: ImportVerdict;
  /** The versions shown, for the import to check nothing moved since (id -> version). */
  expectedVersions: Record<string, number>;
};

/** What importing the file would do, row by row; writes nothing. */
export const previewImport = defineQuery({
  name: "calendar.previewImport",
  schema: importSchema,
  capability: "calendar.manage",
  async run({ db, input }): Promise<ImportPreview> {
    const parsed = parseProgramme(input.fileName, input.content);
    const rows = await matchProgramme(db, parsed.rows);
    const invalidLines = new Set(parsed.errors.map((e) => e.line));
    const verdict = importVerdict({ errors: parsed.errors, rows });
    const verdictOverwriting = importVerdict({
      errors: parsed.errors,
      rows,
      overwriteHandEdits: true,
    });
    const expectedVersions = Object.fromEntries(
      rows.flatMap((r) =>
        r.existingId && r.existingVersion ? [[r.existingId, r.existingVersion]] : [],
      ),
    );
    return {
      kind: parsed.kind,
      rows,
      errors: parsed.errors,
      counts: {
        new: rows.filter((r) => r.status === "new").length,
        update: rows.filter((r) => r.status === "update").length,
        conflict: rows.filter((r) => r.status === "conflict").length,
        unchanged: rows.filter((r) => r.status === "unchanged").length,
        invalid: invalidLines.size,
      },
      verdict,
      verdictOverwriting,
      expectedVersions,
    };
  },
});
