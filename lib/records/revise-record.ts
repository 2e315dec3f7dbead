import { and, eq, sql } from "drizzle-orm";
import { records } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, ValidationError } from "@/lib/errors";
import { loadRecord } from "./record-rows";
import { recordStepSchema } from "./schemas";
import { reviseBlocker } from "./stages";

/**
 * Takes a circulated record back to editing: the next version's draft starts from the
 * circulated text, into which the secretariat works the changes it accepted. The circulated
 * version stays frozen and readable; comments on it close.
 */
export const reviseRecord = defineAction({
  name: "record.revise",
  schema: recordStepSchema,
  capability: "record.manage",
  async run({ tx, input, audit, clock }) {
    const record = await loadRecord(tx, input.recordId);
    const blocker = reviseBlocker(record.status);
    if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
    if (record.version !== input.version) throw new ConflictError({ version: record.version });
    const [saved] = await tx
      .update(records)
      .set({
        status: "draft",
        commentDeadline: null,
        version: sql`${records.version} + 1`,
        updatedAt: clock.stamp(),
      })
      .where(and(eq(records.id, record.id), eq(records.version, input.version)))
      .returning({ version: records.version });
    if (!saved) throw new ConflictError({ version: record.version });
    await audit({
      action: "record.revise",
      entity: "record",
      entityId: record.id,
      before: { status: record.status },
      after: { status: "draft" },
    });
    return { version: saved.version };
  },
  revalidate: (input) => [`/records/${input.recordId}`, "/records", "/"],
});
