import { and, eq, sql } from "drizzle-orm";
import { decisions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { chairsConclusionsOf, outcomeInDraft } from "./outcome";
import { withdrawDecisionSchema } from "./schemas";

/**
 * Withdraws a decision recorded in error, while the outcome is in draft: it stays on record,
 * marked withdrawn, and leaves the implementation matrix and the carry-forward.
 */
export const withdrawDecision = defineAction({
  name: "decision.withdraw",
  schema: withdrawDecisionSchema,
  capability: "decision.record",
  async run({ tx, input, audit, clock }) {
    const [current] = await tx
      .select({
        meetingId: decisions.meetingId,
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
    if (current.version !== input.version) throw new ConflictError({ version: current.version });
    const at = clock.stamp();
    const [written] = await tx
      .update(decisions)
      .set({ withdrawnAt: at, version: sql`${decisions.version} + 1`, updatedAt: at })
      .where(and(eq(decisions.id, input.decisionId), eq(decisions.version, input.version)))
      .returning({ version: decisions.version });
    if (!written) throw new ConflictError({ version: current.version });
    await audit({
      action: "decision.withdraw",
      entity: "decision",
      entityId: input.decisionId,
      after: { withdrawnAt: at.toISOString() },
    });
    return { version: written.version, meetingId: current.meetingId };
  },
  revalidate: (input, result) => [
    `/decisions/${input.decisionId}`,
    `/meetings/${result.meetingId}`,
    `/meetings/${result.meetingId}/implementation`,
  ],
});
