import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";
import { userIdSchema } from "./schemas";

// Lets a deactivated person sign in again; the account and its history were kept.
export const reactivateUser = defineAction({
  name: "account.reactivate",
  schema: userIdSchema,
  capability: "account.manage",
  async run({ tx, input, audit, unchanged }) {
    const [user] = await tx
      .select({ active: users.active, email: users.email })
      .from(users)
      .where(eq(users.id, input.userId));
    if (!user) throw new NotFoundError();
    if (user.active) {
      unchanged();
      return { active: true };
    }
    await tx
      .update(users)
      .set({ active: true, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    await audit({
      action: "account.reactivate",
      entity: "user",
      entityId: input.userId,
      before: { active: false },
      after: { active: true, email: user.email },
    });
    return { active: true };
  },
  revalidate: () => ["/users"],
});
