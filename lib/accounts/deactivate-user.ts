import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { userIdSchema } from "./schemas";

// Deactivation ends every session of the account at once (its session version moves on, and
// lib/auth/viewer.ts refuses inactive accounts on every request, whatever the cookie says).
// The account and its history stay; reactivation lets the person sign in again.

export const deactivateUser = defineAction({
  name: "account.deactivate",
  schema: userIdSchema,
  capability: "account.manage",
  async run({ tx, viewer, input, audit, unchanged }) {
    if (input.userId === viewer.id)
      throw new ValidationError(
        { _form: ["cannotDeactivateYourself"] },
        "cannotDeactivateYourself",
      );
    const [user] = await tx
      .select({ active: users.active, email: users.email })
      .from(users)
      .where(eq(users.id, input.userId));
    if (!user) throw new NotFoundError();
    if (!user.active) {
      unchanged();
      return { active: false };
    }
    await tx
      .update(users)
      .set({
        active: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, input.userId));
    await audit({
      action: "account.deactivate",
      entity: "user",
      entityId: input.userId,
      before: { active: true },
      after: { active: false, email: user.email },
    });
    return { active: false };
  },
  revalidate: () => ["/users"],
});
