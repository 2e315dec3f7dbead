import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accountTokens, users } from "@/db/schema";
import { type ActionResult, fieldErrorsOf } from "@/lib/action";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "./password-strength";
import { setPasswordSchema } from "./schemas";
import { hashToken, lookupAccountToken } from "./tokens";

// Setting a password from a link (account invitation or reset): no session needed, the link
// is the proof. The token is spent in the same transaction as the password is set (a second
// use finds it used), and the session version moves on: any other session ends.
export async function setPasswordWithToken(
  db: Db,
  input: unknown,
  now = new Date(),
): Promise<ActionResult<{ email: string }>> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      code: "validation",
      formError: "validation",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  const { token, password } = parsed.data;
  const link = await lookupAccountToken(db, token, now);
  if (link.status !== "valid") return { ok: false, code: "validation", formError: "linkNotValid" };
  const problem = await passwordProblem(password, [link.email, link.name]);
  if (problem)
    return {
      ok: false,
      code: "validation",
      formError: "validation",
      fieldErrors: { password: [problem] },
    };
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const spent = await tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(accountTokens.tokenHash, hashToken(token)),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, now),
        ),
      )
      .returning({ id: accountTokens.id });
    if (spent.length === 0)
      return { ok: false, code: "validation", formError: "linkNotValid" } as const;
    await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, link.userId));
    await writeAudit(tx, link.userId, {
      action: link.purpose === "invitation" ? "account.acceptInvitation" : "account.resetPassword",
      entity: "user",
      entityId: link.userId,
    });
    return { ok: true, data: { email: link.email } } as const;
  });
}
