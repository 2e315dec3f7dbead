import { and, count, eq, max, ne, sql } from "drizzle-orm";
import { bodies, decisions, meetings, tasks } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordDecisionSchema, setDecisionStatusSchema } from "./schemas";

export const recordDecision = defineAction({
  name: "decision.record",
  schema: recordDecisionSchema,
  capability: "decision.record",
  async run({ tx, input, audit }) {
    const [meeting] = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    if (input.responsibleBodyId) {
      const [body] = await tx
        .select({ id: bodies.id })
        .from(bodies)
        .where(eq(bodies.id, input.responsibleBodyId));
      if (!body) throw new ValidationError({ responsibleBodyId: ["chooseOne"] });
    }
    const [last] = await tx
      .select({ position: max(decisions.position) })
      .from(decisions)
      .where(eq(decisions.meetingId, input.meetingId));
    const [row] = await tx
      .insert(decisions)
      .values({ ...input, position: (last?.position ?? 0) + 1 })
      .returning({ id: decisions.id, position: decisions.position });
    if (!row) throw new Error("insert returned nothing");
    await audit({
      action: "decision.record",
      entity: "decision",
      entityId: row.id,
      after: { ...input, position: row.position },
    });
    return row;
  },
  revalidate: (input) => [
    `/meetings/${input.meetingId}`,
    `/meetings/${input.meetingId}/implementation`,
  ],
});

// Only where no task implements the decision: otherwise its status is derived, not typed.
export const setDecisionStatus = defineAction({
  name: "decision.setStatus",
  schema: setDecisionStatusSchema,
  capability: "decision.record",
  async run({ tx, input, audit }) {
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
    const [implementing] = await tx
      .select({ n: count() })
      .from(tasks)
      .where(and(eq(tasks.decisionId, input.decisionId), ne(tasks.status, "cancelled")));
    if ((implementing?.n ?? 0) > 0)
      throw new ValidationError({ status: ["derivedFromTasks"] }, "derivedFromTasks");
    const [after] = await tx
      .update(decisions)
      .set({
        statusOverride: input.status,
        statusReason: input.reason,
        version: sql`${decisions.version} + 1`,
        updatedAt: new Date(),
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
