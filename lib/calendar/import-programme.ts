import { eq, sql } from "drizzle-orm";
import { scSessions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import { importVerdict } from "./import-verdict";
import { matchProgramme } from "./match-programme";
import { parseProgramme } from "./parse-programme";
import { importSchema } from "./schemas";

// Nothing is written unless the whole file is valid (see importVerdict, which the preview
// shows); importing the same file twice adds nothing. A Council meeting edited by hand since
// its last import keeps the hand edit unless the secretariat says to overwrite it; the import
// refuses if the calendar changed since the preview. Its audit row keeps every written
// meeting's values before and after.
export const importProgramme = defineAction({
  name: "calendar.importProgramme",
  schema: importSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit, clock }) {
    const parsed = parseProgramme(input.fileName, input.content);
    const rows = await matchProgramme(tx, parsed.rows);
    const overwrite = !!input.overwriteHandEdits;
    const verdict = importVerdict({ errors: parsed.errors, rows, overwriteHandEdits: overwrite });
    if (verdict.kind === "hasErrors")
      throw new ValidationError({ content: ["importHasErrors"] }, "importHasErrors");
    if (verdict.kind === "empty")
      throw new ValidationError({ content: ["importEmpty"] }, "importEmpty");
    // What the preview showed must still be what is stored: else preview again.
    const expected = input.expectedVersions ?? {};
    for (const row of rows) {
      const shown = row.existingId ? expected[row.existingId] : undefined;
      if (shown !== undefined && shown !== row.existingVersion)
        throw new ValidationError(
          { content: ["calendarChangedSincePreview"] },
          "calendarChangedSincePreview",
        );
    }
    const source = `import: ${input.fileName}`.slice(0, 200);
    const now = clock.stamp();
    const importedAt = new Date();
    const created = rows.filter((r) => r.status === "new");
    const createdIds: string[] = [];
    if (created.length > 0) {
      const inserted = await tx
        .insert(scSessions)
        .values(
          created.map((r) => ({ ...r.data, source, createdAt: now, updatedAt: now, importedAt })),
        )
        .returning({ id: scSessions.id });
      createdIds.push(...inserted.map((r) => r.id));
    }
    const updated = rows.filter(
      (r) => r.status === "update" || (r.status === "conflict" && overwrite),
    );
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const row of updated) {
      if (!row.existingId) continue;
      await tx
        .update(scSessions)
        .set({
          ...row.data,
          source,
          version: sql`${scSessions.version} + 1`,
          updatedAt: now,
          importedAt,
        })
        .where(eq(scSessions.id, row.existingId));
      before[row.existingId] = row.existing;
      after[row.existingId] = row.data;
    }
    const kept = rows.filter((r) => r.status === "conflict" && !overwrite).length;
    const summary = {
      fileName: input.fileName,
      created: created.length,
      updated: updated.length,
      keptHandEdits: kept,
      unchanged: rows.filter((r) => r.status === "unchanged").length,
    };
    // One audit row for the import, with every Council meeting's values before and after.
    await audit({
      action: "calendar.importProgramme",
      entity: "sc_session",
      entityId: "import",
      before: { updated: before },
      after: {
        ...summary,
        createdMeetings: Object.fromEntries(createdIds.map((id, i) => [id, created[i]?.data])),
        updated: after,
      },
    });
    return summary;
  },
  revalidate: () => ["/calendar"],
});
