import { recordComments } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { latestFrozenVersion, loadRecord } from "./record-rows";
import { commentSchema } from "./schemas";
import { commentWindow } from "./stages";

/**
 * A focal point comments on a paragraph of the circulated version, for their organization,
 * until the deadline, and may propose replacement text. Never on a draft or a final record.
 */
export const commentOnRecord = defineAction({
  name: "record.comment",
  schema: commentSchema,
  capability: "record.comment",
  scope: (input) => ({ organizationId: input.organizationId }),
  async run({ tx, viewer, input, audit, clock }) {
    const record = await loadRecord(tx, input.recordId);
    const latest = await latestFrozenVersion(tx, record.id);
    const circulated = latest?.stage === "circulated" ? latest : null;
    const window = commentWindow(record, circulated, viewer, clock);
    if (window.reason) throw new ValidationError({ _form: [window.reason] }, window.reason);
    // An organization the version did not go to learns nothing of it (lib/records/stages.ts).
    if (!circulated || !window.organizationIds.includes(input.organizationId))
      throw new ForbiddenError();
    const paragraphs = record.paragraphs;
    if (!paragraphs.some((p) => p.number === input.paragraphNumber))
      throw new ValidationError({ paragraphNumber: ["chooseOne"] });
    const at = clock.stamp();
    const [row] = await tx
      .insert(recordComments)
      .values({
        recordId: record.id,
        recordVersion: circulated.version,
        organizationId: input.organizationId,
        authorId: viewer.id,
        paragraphNumber: input.paragraphNumber,
        text: input.text,
        proposedText: input.proposedText,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: recordComments.id });
    if (!row) throw new Error("insert returned nothing");
    await audit({
      action: "record.comment",
      entity: "record",
      entityId: record.id,
      after: {
        commentId: row.id,
        textVersion: circulated.version,
        organizationId: input.organizationId,
        paragraphNumber: input.paragraphNumber,
        text: input.text,
        proposedText: input.proposedText,
      },
    });
    return { id: row.id };
  },
  revalidate: (input) => [`/records/${input.recordId}`, "/"],
});
