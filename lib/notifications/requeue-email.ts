import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { outbox } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";

// A message given up after a day of failures (a wrong address fixed since, a long outage)
// goes back in the queue: the next round tries it again, with fresh attempts.
export const requeueEmail = defineAction({
  name: "outbox.requeue",
  schema: z.strictObject({ id: z.uuid() }),
  capability: "outbox.manage",
  async run({ tx, input, audit, unchanged }) {
    const [current] = await tx
      .select({ status: outbox.status, recipient: outbox.recipient })
      .from(outbox)
      .where(eq(outbox.id, input.id));
    if (!current) throw new NotFoundError();
    if (current.status !== "failed") {
      unchanged();
      return { status: current.status };
    }
    await tx
      .update(outbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: new Date(), leaseUntil: null })
      .where(and(eq(outbox.id, input.id), eq(outbox.status, "failed")));
    await audit({
      action: "outbox.requeue",
      entity: "outbox",
      entityId: input.id,
      before: { status: "failed" },
      after: { status: "pending", recipient: current.recipient },
    });
    return { status: "pending" as const };
  },
  revalidate: () => ["/outbox"],
});
