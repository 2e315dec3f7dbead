import { and, eq, sql } from "drizzle-orm";
import { bodies, decisions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { chairsConclusionsOf, outcomeInDraft } from "./outcome";
import { endorsementValue, updateDecisionSchema } from "./schemas";
import { checkedSources } from "./sources";

/** Edits a decision while the meeting's outcome is in draft (its Chair's conclusions not final). */
export const updateDecision = defineAction({
  name: "decision.update",
  schema: updateDecisionSchema,
  capability: "decision.record",
  async run({ tx, input, audit, clock }) {
    const [current] = await tx
      .select({
        meetingId: decisions.meetingId,
        title: decisions.title,
        text: decisions.text,
        responsibleBodyId: decisions.responsibleBodyId,
        sourceParagraphs: decisions.sourceParagraphs,
        endorsedReportId: decisions.endorsedReportId,
        endorsedRecommendationId: decisions.endorsedRecommendationId,
        withdrawnAt: decisions.withdrawnAt,
        version: decisions.version,
      })
      .from(decisions)
      .where(eq(decisions.id, input.decisionId));
    if (!current) throw new NotFoundError();
    const conclusions = await chairsConclusionsOf(tx, current.meetingId);
    if (!outcomeInDraft(conclusions?.status ?? null))
      throw new ValidationError({ _form: ["outcomeFinal"] }, "outcomeFinal");
    if (current.withdrawnAt)
      throw new ValidationError({ _form: ["decisionWithdrawn"] }, "decisionWithdrawn");
    // What someone else saved, in the form's own shape.
    const saved = {
      title: current.title,
      text: current.text,
      responsibleBodyId: current.responsibleBodyId ?? "",
      sourceParagraphs: current.sourceParagraphs.join(", "),
      endorsement: endorsementValue(current.endorsedReportId, current.endorsedRecommendationId),
      version: current.version,
    };
    if (current.version !== input.version) throw new ConflictError(saved);
    if (input.responsibleBodyId) {
      const [body] = await tx
        .select({ id: bodies.id })
        .from(bodies)
        .where(eq(bodies.id, input.responsibleBodyId));
      if (!body) throw new ValidationError({ responsibleBodyId: ["chooseOne"] });
    }
    const sources = await checkedSources(tx, current.meetingId, input);
    const after = {
      title: input.title,
      text: input.text,
      responsibleBodyId: input.responsibleBodyId,
      ...sources,
    };
    const [written] = await tx
      .update(decisions)
      .set({ ...after, version: sql`${decisions.version} + 1`, updatedAt: clock.stamp() })
      .where(and(eq(decisions.id, input.decisionId), eq(decisions.version, input.version)))
      .returning({ version: decisions.version });
    if (!written) throw new ConflictError(saved);
    const { withdrawnAt: _w, version: _v, meetingId: _m, ...before } = current;
    await audit({
      action: "decision.update",
      entity: "decision",
      entityId: input.decisionId,
      before,
      after,
    });
    return { version: written.version, meetingId: current.meetingId };
  },
  revalidate: (input, result) => [
    `/decisions/${input.decisionId}`,
    `/meetings/${result.meetingId}`,
    `/meetings/${result.meetingId}/implementation`,
  ],
});
