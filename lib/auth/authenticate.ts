import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { normalizeAddress } from "./client-address";
import { HashingBusyError, withHashingSlot } from "./hashing-slots";
import { getDummyHash, verifyPassword } from "./password";
import { claimSignInAttempt, forgetSignInAttempt, settleSignInAttempt } from "./throttle";

export const signInSchema = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ error: "email" })),
  password: z.string().min(1, { error: "required" }).max(200),
});

export type SignInOutcome =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date }
  | { ok: false; reason: "slowDown"; retryAfterSeconds: number }
  | { ok: false; reason: "busy" };

/**
 * Checks an e-mail and password under the throttle (lib/auth/throttle.ts). Unknown e-mail,
 * wrong password, an account without a password yet and a deactivated account all give the
 * same answer and take about as long (a dummy hash is verified when there is no hash).
 * `ip` is the address from lib/auth/client-address.ts, never one the client wrote.
 */
export async function authenticate(
  db: Db,
  credentials: { email: string; password: string; ip: string | null; now?: Date },
): Promise<SignInOutcome> {
  const email = credentials.email.trim().toLowerCase();
  const now = credentials.now ?? new Date();
  const ip = normalizeAddress(credentials.ip);
  const claim = await claimSignInAttempt(db, { email, ip, now });
  if (!claim.ok) return claim;

  let account: { id: string; sessionVersion: number } | null = null;
  try {
    const [user] = await db
      .select({
        id: users.id,
        passwordHash: users.passwordHash,
        active: users.active,
        sessionVersion: users.sessionVersion,
      })
      .from(users)
      .where(eq(users.email, email));
    const hash = user?.passwordHash ?? (await getDummyHash());
    const valid = await withHashingSlot(() => verifyPassword(hash, credentials.password));
    if (user?.passwordHash && user.active && valid)
      account = { id: user.id, sessionVersion: user.sessionVersion };
  } catch (error) {
    // Refused for load, not for the password: the attempt counts neither way.
    await forgetSignInAttempt(db, claim.attemptId);
    if (error instanceof HashingBusyError) return { ok: false, reason: "busy" };
    throw error;
  }
  await settleSignInAttempt(db, claim.attemptId, !!account);
  if (!account) return { ok: false, reason: "invalid" };
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, account.id));
  return { ok: true, userId: account.id, sessionVersion: account.sessionVersion };
}
