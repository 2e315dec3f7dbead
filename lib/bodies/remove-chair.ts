import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";
import { removeChairSchema } from "./schemas";

// Removing a chair takes their rights over the body away at once; their account stays.
export const removeChair = defineAction({
  name: "body.removeChair",
  schema: removeChairSchema,
  capability: "body.manage",
  async run({ tx, input, audit }) {
    const removed = await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.bodyId, input.bodyId),
          eq(memberships.userId, input.userId),
          eq(memberships.role, "chair"),
        ),
      )
      .returning({ id: memberships.id });
    if (removed.length === 0) throw new NotFoundError();
    await audit({
      action: "body.removeChair",
      entity: "body",
      entityId: input.bodyId,
      before: { chair: input.userId },
    });
    return { removed: removed.length };
  },
  revalidate: (input) => ["/bodies", `/bodies/${input.bodyId}`],
});
