import { and, eq, ne, sql } from "drizzle-orm";
import { records } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, ValidationError } from "@/lib/errors";
import { loadRecord, numbered } from "./record-rows";
import { updateRecordSchema } from "./schemas";
import { editBlocker, singleRecordKinds } from "./stages";

/**
 * Saves a draft as a whole: its particulars and its paragraphs in the order given (added,
 * edited, moved or removed in the editor; the numbers follow the order). Never a circulated
 * or final version: those are frozen.
 */
export const updateRecord = defineAction({
  name: "record.update",
  schema: updateRecordSchema,
  capability: "record.manage",
  async run({ tx, input, audit, clock, unchanged }) {
    const current = await loadRecord(tx, input.recordId);
    const blocker = editBlocker(current.status);
    if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
    const before = {
      kind: current.kind,
      title: current.title,
      symbol: current.symbol,
      issuedOn: current.issuedOn,
      originalLanguage: current.originalLanguage,
      paragraphs: current.paragraphs,
    };
    // What someone else saved, in the form's own shape (paragraphs as their texts, in order).
    const saved = {
      ...before,
      symbol: before.symbol ?? "",
      issuedOn: before.issuedOn ?? "",
      paragraphs: before.paragraphs.map((p) => ({ text: p.text })),
      version: current.version,
    };
    if (current.version !== input.version) throw new ConflictError(saved);
    if (input.kind !== current.kind && singleRecordKinds.includes(input.kind)) {
      const [existing] = await tx
        .select({ id: records.id })
        .from(records)
        .where(
          and(
            eq(records.meetingId, current.meetingId),
            eq(records.kind, input.kind),
            ne(records.id, current.id),
          ),
        );
      if (existing) throw new ValidationError({ kind: ["recordKindTaken"] });
    }
    const { recordId, version, paragraphs, ...fields } = input;
    const after = { ...fields, paragraphs: numbered(paragraphs) };
    const same =
      after.kind === before.kind &&
      after.title === before.title &&
      after.symbol === before.symbol &&
      after.issuedOn === before.issuedOn &&
      after.originalLanguage === before.originalLanguage &&
      after.paragraphs.length === before.paragraphs.length &&
      after.paragraphs.every((p, i) => p.text === before.paragraphs[i]?.text);
    if (same) {
      unchanged();
      return { version: current.version };
    }
    const [written] = await tx
      .update(records)
      .set({ ...after, version: sql`${records.version} + 1`, updatedAt: clock.stamp() })
      .where(and(eq(records.id, recordId), eq(records.version, version)))
      .returning({ version: records.version });
    if (!written) throw new ConflictError(saved);
    await audit({ action: "record.update", entity: "record", entityId: recordId, before, after });
    return { version: written.version };
  },
  revalidate: (input) => [`/records/${input.recordId}`],
});
