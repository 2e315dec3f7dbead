import { inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { scSessions } from "@/db/schema";
import { councilMeetingKey, normalizeTime } from "./council-meeting-rows";
import type { ImportedRow } from "./parse-programme";
import type { CouncilMeetingInput } from "./schemas";

export type MatchedRow = ImportedRow & {
  /**
   * "conflict": the file would change a Council meeting that was edited by hand since it was
   * last imported (or was entered by hand): the import keeps the hand edit unless told not to.
   */
  status: "new" | "update" | "conflict" | "unchanged";
  existingId?: string;
  /** The stored meeting's version when matched: the import refuses if it moved since. */
  existingVersion?: number;
  /** The stored values, for what a conflict would overwrite. */
  existing?: Omit<CouncilMeetingInput, "format"> & { format: string };
};

const compared = [
  "meetingDate",
  "meetingTime",
  "meetingNumber",
  "format",
  "title",
  "presidency",
  "withRegionalOrganizations",
  "outcomeSymbol",
] as const satisfies readonly (keyof CouncilMeetingInput)[];

/**
 * Matches the file's rows to the calendar (by meeting number, else date, time and title):
 * each is new, an update of a stored Council meeting, or already there unchanged.
 */
export async function matchProgramme(db: DbOrTx, rows: ImportedRow[]): Promise<MatchedRow[]> {
  const numbers = rows.flatMap((r) => (r.data.meetingNumber ? [r.data.meetingNumber] : []));
  const dates = [
    ...new Set(rows.filter((r) => !r.data.meetingNumber).map((r) => r.data.meetingDate)),
  ];
  const conditions = [
    ...(numbers.length ? [inArray(scSessions.meetingNumber, numbers)] : []),
    ...(dates.length ? [inArray(scSessions.meetingDate, dates)] : []),
  ];
  const existing = conditions.length
    ? (
        await db
          .select({
            id: scSessions.id,
            meetingDate: scSessions.meetingDate,
            meetingTime: scSessions.meetingTime,
            meetingNumber: scSessions.meetingNumber,
            format: scSessions.format,
            title: scSessions.title,
            presidency: scSessions.presidency,
            withRegionalOrganizations: scSessions.withRegionalOrganizations,
            outcomeSymbol: scSessions.outcomeSymbol,
            version: scSessions.version,
            editedAt: scSessions.editedAt,
            importedAt: scSessions.importedAt,
          })
          .from(scSessions)
          .where(or(...conditions))
      ).map(normalizeTime)
    : [];
  const byKey = new Map(existing.map((e) => [councilMeetingKey(e), e]));
  return rows.map((row) => {
    const match = byKey.get(councilMeetingKey(row.data));
    if (!match) return { ...row, status: "new" };
    const same = compared.every((field) => match[field] === row.data[field]);
    const { id, version, editedAt, importedAt, ...existing } = match;
    const editedByHand = !!editedAt && (!importedAt || editedAt > importedAt);
    return {
      ...row,
      status: same ? "unchanged" : editedByHand ? "conflict" : "update",
      existingId: id,
      existingVersion: version,
      existing,
    };
  });
}
