import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { signInAttempts } from "@/db/schema";

// Kept in PostgreSQL so that every app instance sees the same counts. Three limits:
// - an account from one address: 5 failures in 15 minutes lock that pair for 15 minutes, so
//   an attacker failing from their address does not lock the real user out of theirs;
// - an account from anywhere: after 10 failures in 15 minutes, each further attempt must wait
//   a delay that doubles with every failure (up to a minute): slow for an attacker spreading
//   guesses over many addresses, a short wait for the real user;
// - an address across accounts: 20 failures in 15 minutes lock the address, whatever e-mails
//   it tries (credential stuffing).
// A success for the account resets its counts. An attempt is recorded before its password is
// checked (succeeded null while in flight): concurrent guesses count against the limits.
export const THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerAccountAndAddress: 5,
  lockMinutes: 15,
  accountDelayAfterFailures: 10,
  accountMaxDelaySeconds: 60,
  maxFailuresPerAddress: 20,
  /** Attempts older than this are deleted by pruneSignInAttempts. */
  keepHours: 24,
} as const;

export type Claim =
  | { ok: true; attemptId: string }
  | { ok: false; reason: "locked"; until: Date }
  | { ok: false; reason: "slowDown"; retryAfterSeconds: number };

const notSucceeded = or(isNull(signInAttempts.succeeded), eq(signInAttempts.succeeded, false));

async function failuresSince(
  tx: DbOrTx,
  where: ReturnType<typeof and>,
): Promise<{ failures: number; latest: Date | null }> {
  const [row] = await tx
    .select({
      failures: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${signInAttempts.at})`,
    })
    .from(signInAttempts)
    .where(where);
  return { failures: row?.failures ?? 0, latest: row?.latest ? new Date(row.latest) : null };
}

/**
 * Checks the limits and, if the attempt may go ahead, records it as in flight, in one step
 * serialized per address and per account (advisory locks): of 200 simultaneous guesses, only
 * as many as the limits allow get a password check.
 */
export async function claimSignInAttempt(
  db: Db,
  { email, ip, now = new Date() }: { email: string; ip: string | null; now?: Date },
): Promise<Claim> {
  return db.transaction(async (tx) => {
    // Always the address first, then the account: two claims never wait on each other in a cycle.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in-ip:${ip ?? "-"}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in-account:${email}`}))`);
    const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
    const sinceLastSuccess = sql`${signInAttempts.at} > coalesce((select max(s.at) from ${signInAttempts} s
      where s.email = ${email} and s.succeeded), '-infinity')`;
    const sameAddress = ip ? eq(signInAttempts.ip, ip) : isNull(signInAttempts.ip);
    const lockedUntil = (latest: Date | null) =>
      new Date((latest ?? now).getTime() + THROTTLE.lockMinutes * 60_000);

    const pair = await failuresSince(
      tx,
      and(
        eq(signInAttempts.email, email),
        sameAddress,
        notSucceeded,
        gt(signInAttempts.at, since),
        sinceLastSuccess,
      ),
    );
    if (pair.failures >= THROTTLE.maxFailuresPerAccountAndAddress)
      return { ok: false, reason: "locked", until: lockedUntil(pair.latest) };

    if (ip) {
      const address = await failuresSince(
        tx,
        and(eq(signInAttempts.ip, ip), notSucceeded, gt(signInAttempts.at, since)),
      );
      if (address.failures >= THROTTLE.maxFailuresPerAddress)
        return { ok: false, reason: "locked", until: lockedUntil(address.latest) };
    }

    const account = await failuresSince(
      tx,
      and(
        eq(signInAttempts.email, email),
        notSucceeded,
        gt(signInAttempts.at, since),
        sinceLastSuccess,
      ),
    );
    const over = account.failures - THROTTLE.accountDelayAfterFailures;
    if (over >= 0 && account.latest) {
      const delay = Math.min(2 ** over, THROTTLE.accountMaxDelaySeconds);
      const waited = (now.getTime() - account.latest.getTime()) / 1000;
      if (waited < delay)
        return { ok: false, reason: "slowDown", retryAfterSeconds: Math.ceil(delay - waited) };
    }

    const [row] = await tx
      .insert(signInAttempts)
      .values({ email, ip, succeeded: null, at: now })
      .returning({ id: signInAttempts.id });
    if (!row) throw new Error("sign-in attempt not recorded");
    return { ok: true, attemptId: row.id };
  });
}

/** Records how a claimed attempt ended. */
export async function settleSignInAttempt(
  db: DbOrTx,
  attemptId: string,
  succeeded: boolean,
): Promise<void> {
  await db.update(signInAttempts).set({ succeeded }).where(eq(signInAttempts.id, attemptId));
}

/** Removes a claimed attempt that was not decided (the server was too busy to check it). */
export async function forgetSignInAttempt(db: DbOrTx, attemptId: string): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.id, attemptId));
}

/** Deletes attempts older than the limits look back (run periodically). */
export async function pruneSignInAttempts(db: DbOrTx, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - THROTTLE.keepHours * 3_600_000);
  const deleted = await db
    .delete(signInAttempts)
    .where(lt(signInAttempts.at, before))
    .returning({ id: signInAttempts.id });
  return deleted.length;
}
