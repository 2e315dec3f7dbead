import { and, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { signInAttempts } from "@/db/schema";

// Kept in PostgreSQL so that every app instance sees the same counts.
export const THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  lockMinutes: 15,
} as const;

export type ThrottleState = { locked: false } | { locked: true; until: Date };

/**
 * An account is locked after 5 failures within 15 minutes (counted since its last
 * successful sign-in); an address after 20. The lock lasts 15 minutes from the failure
 * that tripped it.
 */
export async function throttleState(
  db: DbOrTx,
  { email, ip, now = new Date() }: { email: string; ip: string | null; now?: Date },
): Promise<ThrottleState> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [byAccount] = await db
    .select({
      failures: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${signInAttempts.at})`,
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.email, email),
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, since),
        sql`${signInAttempts.at} > coalesce((select max(s.at) from ${signInAttempts} s
          where s.email = ${email} and s.succeeded), '-infinity')`,
      ),
    );
  const lockedUntil = (latest: string | null) =>
    new Date(new Date(latest ?? now).getTime() + THROTTLE.lockMinutes * 60_000);
  if (byAccount && byAccount.failures >= THROTTLE.maxFailuresPerAccount) {
    return { locked: true, until: lockedUntil(byAccount.latest) };
  }
  if (ip) {
    const [byAddress] = await db
      .select({
        failures: sql<number>`count(*)::int`,
        latest: sql<string | null>`max(${signInAttempts.at})`,
      })
      .from(signInAttempts)
      .where(
        and(
          eq(signInAttempts.ip, ip),
          eq(signInAttempts.succeeded, false),
          gt(signInAttempts.at, since),
        ),
      );
    if (byAddress && byAddress.failures >= THROTTLE.maxFailuresPerAddress) {
      return { locked: true, until: lockedUntil(byAddress.latest) };
    }
  }
  return { locked: false };
}

export async function recordSignInAttempt(
  db: DbOrTx,
  attempt: { email: string; ip: string | null; succeeded: boolean; at?: Date },
): Promise<void> {
  await db.insert(signInAttempts).values({
    email: attempt.email,
    ip: attempt.ip,
    succeeded: attempt.succeeded,
    at: attempt.at ?? new Date(),
  });
}
