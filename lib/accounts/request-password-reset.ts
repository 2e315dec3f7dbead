import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { appLink } from "@/lib/app-url";
import { writeAudit } from "@/lib/audit";
import { queueEmail } from "@/lib/notifications/queue";
import { sendAccountInvitation } from "./account-invitation";
import { forgotPasswordSchema } from "./schemas";
import { issueAccountToken } from "./tokens";

// "Forgot your password?": needs no session, so it is not an action of a role. The answer is
// the same whether or not the address is known (the caller shows one message either way).
// A known, active account gets a reset link (1 hour); one that never set a password gets a
// fresh invitation link instead (7 days), which is how an expired invitation is renewed.
export async function requestPasswordReset(db: Db, input: unknown): Promise<{ ok: boolean }> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false };
  const { email } = parsed.data;
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({
        id: users.id,
        name: users.name,
        locale: users.locale,
        active: users.active,
        passwordHash: users.passwordHash,
      })
      .from(users)
      .where(eq(users.email, email));
    if (!user?.active) return;
    if (!user.passwordHash) {
      await sendAccountInvitation(tx, { userId: user.id, invitedById: null });
    } else {
      const token = await issueAccountToken(tx, {
        userId: user.id,
        purpose: "password_reset",
        createdById: null,
      });
      await queueEmail(tx, {
        to: email,
        locale: user.locale,
        template: "passwordReset",
        values: { name: user.name, link: appLink(`/account/reset-password?token=${token}`) },
        related: { entity: "user", id: user.id },
      });
    }
    await writeAudit(tx, user.id, {
      action: "account.requestPasswordReset",
      entity: "user",
      entityId: user.id,
      after: { kind: user.passwordHash ? "password_reset" : "invitation" },
    });
  });
  return { ok: true };
}
