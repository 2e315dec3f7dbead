import { stringify } from "csv-stringify/sync";
import type { CommentDisposition } from "@/db/schema/enums";
import { safeCell } from "@/lib/invitations/participants-csv";

export type MatrixRow = {
  textVersion: number;
  paragraphNumber: number | null;
  organizationName: string;
  text: string;
  proposedText: string | null;
  disposition: CommentDisposition;
  reason: string | null;
};

/**
 * The comments matrix as CSV: one line per comment (version, paragraph, organization,
 * comment, proposed text, disposition, reason); cells a spreadsheet must read as text, and a
 * byte-order mark so that accents read as UTF-8 (as lib/invitations/participants-csv.ts).
 */
export function commentsCsv(
  rows: readonly MatrixRow[],
  labels: { header: string[]; disposition: (d: CommentDisposition) => string },
): string {
  const records: string[][] = [labels.header];
  for (const row of rows) {
    records.push(
      [
        String(row.textVersion),
        row.paragraphNumber === null ? "" : String(row.paragraphNumber),
        row.organizationName,
        row.text,
        row.proposedText ?? "",
        labels.disposition(row.disposition),
        row.reason ?? "",
      ].map(safeCell),
    );
  }
  return `\uFEFF${stringify(records)}`;
}
