import { and, eq, max, sql } from "drizzle-orm";
import { records, recordVersions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, ValidationError } from "@/lib/errors";
import { loadRecord, pendingCommentCount } from "./record-rows";
import { recordStepSchema } from "./schemas";
import { finalizeBlocker } from "./stages";

/**
 * Finalizes a record: its text is frozen as the final version, read only for good, and read
 * by everyone signed in. Every comment must have its answer first. Without a date of issue,
 * the record is issued today (the one clock).
 */
export const finalizeRecord = defineAction({
  name: "record.finalize",
  schema: recordStepSchema,
  capability: "record.manage",
  async run({ tx, viewer, input, audit, clock }) {
    const record = await loadRecord(tx, input.recordId);
    const blocker = finalizeBlocker(
      {
        status: record.status,
        paragraphs: record.paragraphs.length,
        commentDeadline: record.commentDeadline,
      },
      await pendingCommentCount(tx, record.id),
      clock,
    );
    if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
    if (record.version !== input.version) throw new ConflictError({ version: record.version });
    const issuedOn = record.issuedOn ?? clock.today;
    const at = clock.stamp();
    const [saved] = await tx
      .update(records)
      .set({
        status: "final",
        issuedOn,
        commentDeadline: null,
        version: sql`${records.version} + 1`,
        updatedAt: at,
      })
      .where(and(eq(records.id, record.id), eq(records.version, input.version)))
      .returning({ version: records.version });
    if (!saved) throw new ConflictError({ version: record.version });
    const [last] = await tx
      .select({ version: max(recordVersions.version) })
      .from(recordVersions)
      .where(eq(recordVersions.recordId, record.id));
    const textVersion = (last?.version ?? 0) + 1;
    await tx.insert(recordVersions).values({
      recordId: record.id,
      version: textVersion,
      title: record.title,
      symbol: record.symbol,
      paragraphs: record.paragraphs,
      stage: "final",
      createdById: viewer.id,
      circulatedAt: at,
    });
    await audit({
      action: "record.finalize",
      entity: "record",
      entityId: record.id,
      before: { status: record.status },
      after: { status: "final", textVersion, issuedOn },
    });
    return { version: saved.version, textVersion };
  },
  revalidate: (input) => [`/records/${input.recordId}`, "/records", "/"],
});
