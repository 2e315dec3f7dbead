import { eq, max } from "drizzle-orm";
import { bodies, decisions, meetings } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordDecisionSchema } from "./schemas";
import { checkedSources } from "./sources";

/**
 * The secretariat records what a meeting decided, numbered in the order of its outcome, with
 * the paragraphs of the Chair's conclusions and the recommendation it comes from, if any.
 */
export const recordDecision = defineAction({
  name: "decision.record",
  schema: recordDecisionSchema,
  capability: "decision.record",
  async run({ tx, input, audit, clock }) {
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
    const sources = await checkedSources(tx, input.meetingId, input);
    const [last] = await tx
      .select({ position: max(decisions.position) })
      .from(decisions)
      .where(eq(decisions.meetingId, input.meetingId));
    const at = clock.stamp();
    const { endorsement: _endorsement, sourceParagraphs: _paragraphs, ...fields } = input;
    const [row] = await tx
      .insert(decisions)
      .values({
        ...fields,
        ...sources,
        position: (last?.position ?? 0) + 1,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: decisions.id, position: decisions.position });
    if (!row) throw new Error("insert returned nothing");
    await audit({
      action: "decision.record",
      entity: "decision",
      entityId: row.id,
      after: { ...fields, ...sources, position: row.position },
    });
    return row;
  },
  revalidate: (input) => [
    `/meetings/${input.meetingId}`,
    `/meetings/${input.meetingId}/implementation`,
  ],
});
