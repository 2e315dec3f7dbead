import { and, count, eq } from "drizzle-orm";
import { records, recordVersions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, ValidationError } from "@/lib/errors";
import { loadRecord } from "./record-rows";
import { recordStepSchema } from "./schemas";
import { deleteBlocker } from "./stages";

/** Deletes a draft drawn up by mistake; a record once circulated keeps its history. */
export const deleteRecord = defineAction({
  name: "record.delete",
  schema: recordStepSchema,
  capability: "record.manage",
  async run({ tx, input, audit }) {
    const record = await loadRecord(tx, input.recordId);
    const [frozen] = await tx
      .select({ n: count() })
      .from(recordVersions)
      .where(eq(recordVersions.recordId, record.id));
    const blocker = deleteBlocker(record.status, frozen?.n ?? 0);
    if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
    if (record.version !== input.version) throw new ConflictError({ version: record.version });
    const [gone] = await tx
      .delete(records)
      .where(and(eq(records.id, record.id), eq(records.version, input.version)))
      .returning({ id: records.id });
    if (!gone) throw new ConflictError({ version: record.version });
    await audit({
      action: "record.delete",
      entity: "record",
      entityId: record.id,
      before: { kind: record.kind, title: record.title, paragraphs: record.paragraphs.length },
    });
    return { meetingId: record.meetingId };
  },
  revalidate: (_input, result) => [`/meetings/${result.meetingId}`, "/records"],
});
