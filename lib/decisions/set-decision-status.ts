import { and, eq, sql } from "drizzle-orm";
import { decisions, tasks } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { mayStateDecisionStatus } from "./rollup";
import { setDecisionStatusSchema } from "./schemas";

// Only where no task implements the decision: otherwise its status is derived, not typed.
export const setDecisionStatus = defineAction({
  name: "decision.setStatus",
  schema: setDecisionStatusSchema,
  capability: "decision.record",
  async run({ tx, input, audit, clock }) {
    const [decision] = await tx
      .select({
        statusOverride: decisions.statusOverride,
        statusReason: decisions.statusReason,
        version: decisions.version,
        meetingId: decisions.meetingId,
      })
      .from(decisions)
      .where(eq(decisions.id, input.decisionId));
    if (!decision) throw new NotFoundError();
    const itsTasks = await tx
      .select({ status: tasks.status })
      .from(tasks)
      .where(eq(tasks.decisionId, input.decisionId));
    if (!mayStateDecisionStatus(itsTasks))
      throw new ValidationError({ status: ["derivedFromTasks"] }, "derivedFromTasks");
    const [after] = await tx
      .update(decisions)
      .set({
        statusOverride: input.status,
        statusReason: input.reason,
        version: sql`${decisions.version} + 1`,
        updatedAt: clock.stamp(),
      })
      .where(and(eq(decisions.id, input.decisionId), eq(decisions.version, input.version)))
      .returning({ version: decisions.version });
    if (!after)
      throw new ConflictError({
        status: decision.statusOverride,
        reason: decision.statusReason,
        version: decision.version,
      });
    await audit({
      action: "decision.setStatus",
      entity: "decision",
      entityId: input.decisionId,
      before: { status: decision.statusOverride, reason: decision.statusReason },
      after: { status: input.status, reason: input.reason },
    });
    return { version: after.version, meetingId: decision.meetingId };
  },
  revalidate: (_input, result) => [`/meetings/${result.meetingId}/implementation`],
});
