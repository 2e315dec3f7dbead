import { eq, sql } from "drizzle-orm";
import { scSessions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import { importVerdict } from "./import-verdict";
import { matchProgramme } from "./match-programme";
import { parseProgramme } from "./parse-programme";
import { importSchema } from "./schemas";

// Nothing is written unless the whole file is valid (see importVerdict, which the preview
// shows); importing the same file twice adds nothing.
export const importProgramme = defineAction({
  name: "calendar.importProgramme",
  schema: importSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit, clock }) {
    const parsed = parseProgramme(input.fileName, input.content);
    const rows = await matchProgramme(tx, parsed.rows);
    const verdict = importVerdict({ errors: parsed.errors, rows });
    if (verdict.kind === "hasErrors")
      throw new ValidationError({ content: ["importHasErrors"] }, "importHasErrors");
    if (verdict.kind === "empty")
      throw new ValidationError({ content: ["importEmpty"] }, "importEmpty");
    const source = `import: ${input.fileName}`.slice(0, 200);
    const now = clock.stamp();
    const created = rows.filter((r) => r.status === "new");
    if (created.length > 0) {
      await tx
        .insert(scSessions)
        .values(created.map((r) => ({ ...r.data, source, createdAt: now, updatedAt: now })));
    }
    const updated = rows.filter((r) => r.status === "update");
    for (const row of updated) {
      if (!row.existingId) continue;
      await tx
        .update(scSessions)
        .set({ ...row.data, source, version: sql`${scSessions.version} + 1`, updatedAt: now })
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
