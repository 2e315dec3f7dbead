import { and, eq, sql } from "drizzle-orm";
import { recordComments } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadRecord } from "./record-rows";
import { disposeCommentSchema } from "./schemas";
import { dispositionBlocker } from "./stages";

/** The secretariat answers a comment: accepted, accepted in part, not accepted, or noted, and why. */
export const disposeComment = defineAction({
  name: "record.disposeComment",
  schema: disposeCommentSchema,
  capability: "record.manage",
  async run({ tx, viewer, input, audit, clock }) {
    const [comment] = await tx
      .select({
        recordId: recordComments.recordId,
        disposition: recordComments.disposition,
        reason: recordComments.dispositionReason,
        version: recordComments.version,
      })
      .from(recordComments)
      .where(eq(recordComments.id, input.commentId));
    if (!comment) throw new NotFoundError();
    const record = await loadRecord(tx, comment.recordId);
    const blocker = dispositionBlocker(record.status);
    if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
    const current = {
      disposition: comment.disposition,
      reason: comment.reason,
      version: comment.version,
    };
    if (comment.version !== input.version) throw new ConflictError(current);
    const [saved] = await tx
      .update(recordComments)
      .set({
        disposition: input.disposition,
        dispositionReason: input.reason,
        dispositionById: viewer.id,
        dispositionAt: clock.stamp(),
        version: sql`${recordComments.version} + 1`,
        updatedAt: clock.stamp(),
      })
      .where(and(eq(recordComments.id, input.commentId), eq(recordComments.version, input.version)))
      .returning({ version: recordComments.version });
    if (!saved) throw new ConflictError(current);
    await audit({
      action: "record.disposeComment",
      entity: "record",
      entityId: comment.recordId,
      before: {
        commentId: input.commentId,
        disposition: comment.disposition,
        reason: comment.reason,
      },
      after: { commentId: input.commentId, disposition: input.disposition, reason: input.reason },
    });
    return { version: saved.version, recordId: comment.recordId };
  },
  revalidate: (_input, result) => [
    `/records/${result.recordId}`,
    `/records/${result.recordId}/comments`,
    "/",
  ],
});
