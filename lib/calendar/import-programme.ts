import { eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { scSessions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { can, type Viewer } from "@/lib/auth/permissions";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { normalizeTime } from "./council-meetings";
import { type ImportError, parseImport } from "./import";
import { type CouncilMeetingInput, importSchema } from "./schemas";

export type PreviewRow = {
  line: number;
  data: CouncilMeetingInput;
  status: "new" | "update" | "unchanged";
  existingId?: string;
};
export type ImportPreview = {
  kind: "csv" | "ics";
  rows: PreviewRow[];
  errors: ImportError[];
  counts: { new: number; update: number; unchanged: number; invalid: number };
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
] as const;

function keyOf(
  row: Pick<CouncilMeetingInput, "meetingNumber" | "meetingDate" | "meetingTime" | "title">,
) {
  return row.meetingNumber
    ? `n:${row.meetingNumber}`
    : `d:${row.meetingDate}|${row.meetingTime ?? ""}|${row.title.toLowerCase()}`;
}

/** Matches the file's rows to the calendar (by meeting number, else date, time and title). */
async function classify(
  db: DbOrTx,
  rows: { line: number; data: CouncilMeetingInput }[],
): Promise<PreviewRow[]> {
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
          })
          .from(scSessions)
          .where(or(...conditions))
      ).map(normalizeTime)
    : [];
  const byKey = new Map(existing.map((e) => [keyOf(e), e]));
  return rows.map((row) => {
    const match = byKey.get(keyOf(row.data));
    if (!match) return { ...row, status: "new" };
    const same = compared.every((field) => match[field] === row.data[field]);
    return { ...row, status: same ? "unchanged" : "update", existingId: match.id };
  });
}

/** What an import would do, without writing anything. */
export async function previewImport(
  db: DbOrTx,
  viewer: Viewer,
  input: { fileName: string; content: string },
): Promise<ImportPreview> {
  if (!can(viewer, "calendar.manage")) throw new ForbiddenError();
  const parsed = parseImport(input.fileName, input.content);
  const rows = await classify(db, parsed.rows);
  const invalidLines = new Set(parsed.errors.map((e) => e.line));
  return {
    kind: parsed.kind,
    rows,
    errors: parsed.errors,
    counts: {
      new: rows.filter((r) => r.status === "new").length,
      update: rows.filter((r) => r.status === "update").length,
      unchanged: rows.filter((r) => r.status === "unchanged").length,
      invalid: invalidLines.size,
    },
  };
}

// Nothing is written unless the whole file is valid; importing the same file twice adds nothing.
export const importProgramme = defineAction({
  name: "calendar.importProgramme",
  schema: importSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit }) {
    const parsed = parseImport(input.fileName, input.content);
    if (parsed.errors.length > 0)
      throw new ValidationError({ content: ["importHasErrors"] }, "importHasErrors");
    if (parsed.rows.length === 0)
      throw new ValidationError({ content: ["importEmpty"] }, "importEmpty");
    const rows = await classify(tx, parsed.rows);
    const source = `import: ${input.fileName}`.slice(0, 200);
    const created = rows.filter((r) => r.status === "new");
    if (created.length > 0) {
      await tx.insert(scSessions).values(created.map((r) => ({ ...r.data, source })));
    }
    const updated = rows.filter((r) => r.status === "update");
    for (const row of updated) {
      if (!row.existingId) continue;
      await tx
        .update(scSessions)
        .set({
          ...row.data,
          source,
          version: sql`${scSessions.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(scSessions.id, row.existingId));
    }
    const summary = {
      fileName: input.fileName,
      created: created.length,
      updated: updated.length,
      unchanged: rows.length - created.length - updated.length,
    };
    await audit({
      action: "calendar.importProgramme",
      entity: "sc_session",
      entityId: "import",
      after: summary,
    });
    return summary;
  },
  revalidate: () => ["/calendar"],
});
