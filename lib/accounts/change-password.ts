import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { withHashingSlot } from "@/lib/auth/hashing-slots";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { queueEmail } from "@/lib/notifications/queue";
import { passwordProblem } from "./password-strength";
import { changePasswordSchema } from "./schemas";

// The current password proves it is the account's owner at the keyboard. The session version
// moves on: every other session ends; the one in use is re-issued (lib/accounts/actions.ts).
export const changePassword = defineAction({
  name: "account.changePassword",
  schema: changePasswordSchema,
  capability: "profile.updateOwn",
  async run({ tx, viewer, input, audit }) {
    const [user] = await tx
      .select({ passwordHash: users.passwordHash, name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.id, viewer.id));
    if (!user?.passwordHash) throw new NotFoundError();
    const hash = user.passwordHash;
    const valid = await withHashingSlot(() => verifyPassword(hash, input.currentPassword));
    if (!valid) throw new ValidationError({ currentPassword: ["currentPasswordWrong"] });
    const problem = await passwordProblem(input.password, [viewer.email, viewer.name]);
    if (problem) throw new ValidationError({ password: [problem] });
    const [after] = await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(input.password),
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, viewer.id))
      .returning({ sessionVersion: users.sessionVersion });
    if (!after) throw new NotFoundError();
    await queueEmail(tx, {
      to: viewer.email,
      locale: user.locale,
      template: "passwordChanged",
      values: { name: user.name },
      related: { entity: "user", id: viewer.id },
    });
    await audit({
      action: "account.changePassword",
      entity: "user",
      entityId: viewer.id,
      after: { sessionVersion: after.sessionVersion },
    });
    return { sessionVersion: after.sessionVersion };
  },
});
