import { stringify } from "csv-stringify/sync";
import type { RepresentationLevel } from "@/db/schema/enums";

/**
 * A cell a spreadsheet must read as text: values starting with =, +, -, @, a tab or a
 * carriage return are prefixed with an apostrophe (OWASP's advice against CSV injection).
 */
export function safeCell(value: string | null | undefined): string {
  const text = value ?? "";
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type ParticipantRow = {
  organizationName: string;
  representationLevel: RepresentationLevel | null;
  headAttending: boolean | null;
  headName: string | null;
  headTitle: string | null;
  delegation: { name: string; title: string; email: string }[];
};

/** One line per delegation member (or one for an organization that named none). */
export function participantsCsv(
  rows: ParticipantRow[],
  labels: {
    header: string[];
    level: (level: RepresentationLevel | null) => string;
    yes: string;
    no: string;
  },
): string {
  const records: string[][] = [labels.header];
  for (const row of rows) {
    const members =
      row.delegation.length > 0 ? row.delegation : [{ name: "", title: "", email: "" }];
    for (const member of members) {
      records.push(
        [
          row.organizationName,
          labels.level(row.representationLevel),
          row.headAttending ? labels.yes : labels.no,
          row.headAttending ? [row.headName, row.headTitle].filter(Boolean).join(", ") : "",
          member.name,
          member.title,
          member.email,
        ].map(safeCell),
      );
    }
  }
  // A byte-order mark so that spreadsheet programs read the accents as UTF-8.
  return `\uFEFF${stringify(records)}`;
}
