import { and, asc, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import type { Db } from "@/db/client";
import { outbox, type outbox as outboxTable } from "@/db/schema";
import { appHost } from "@/lib/app-url";

// Delivery of the outbox, at least once, never holding a transaction open while SMTP talks:
// 1. claim a few due messages in one short transaction (status "sending", a lease, one more
//    attempt), skipping rows another sender holds (SKIP LOCKED): safe with many instances;
// 2. send each outside any transaction (the transport has its own timeouts);
// 3. record each result in its own short transaction.
// A sender that dies mid-send leaves its lease to expire: the message is claimed again and
// sent once more at most, with the same Message-ID so the duplicate is recognisable.
// Failures are retried with back-off (1, 2, 4 ... minutes, then hourly) and only given up
// ("failed") once the message has waited 24 hours and been tried at least 5 times.

// OUTBOX_LEASE_MS and OUTBOX_RETRY_BASE_MS shorten the lease and the first retry delay for
// the fault tests (e2e/faults.spec.ts); the defaults suit production.
const envMs = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const DELIVERY = {
  batch: 10,
  leaseMs: envMs("OUTBOX_LEASE_MS", 5 * 60_000),
  retryBaseMs: envMs("OUTBOX_RETRY_BASE_MS", 60_000),
  maxDelayMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
  minAttemptsBeforeGivingUp: 5,
} as const;

type OutboxRow = typeof outboxTable.$inferSelect;

export async function claimDueEmails(
  db: Db,
  { now = new Date(), batch = DELIVERY.batch }: { now?: Date; batch?: number } = {},
): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        or(
          and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
          and(eq(outbox.status, "sending"), lt(outbox.leaseUntil, now)),
        ),
      )
      .orderBy(asc(outbox.createdAt), asc(outbox.id))
      .limit(batch)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({
        status: "sending",
        leaseUntil: new Date(now.getTime() + DELIVERY.leaseMs),
        attempts: sql`${outbox.attempts} + 1`,
      })
      .where(
        inArray(
          outbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

/** The wait before the next attempt after `attempts` failed ones. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1) * DELIVERY.retryBaseMs, DELIVERY.maxDelayMs);
}

export async function recordDelivery(
  db: Db,
  mail: Pick<OutboxRow, "id" | "attempts" | "createdAt">,
  outcome: { ok: true } | { ok: false; error: string },
  now = new Date(),
): Promise<"sent" | "pending" | "failed"> {
  if (outcome.ok) {
    await db
      .update(outbox)
      .set({ status: "sent", sentAt: now, leaseUntil: null, lastError: null })
      .where(eq(outbox.id, mail.id));
    return "sent";
  }
  const waited = now.getTime() - mail.createdAt.getTime();
  const giveUp =
    waited >= DELIVERY.giveUpAfterMs && mail.attempts >= DELIVERY.minAttemptsBeforeGivingUp;
  await db
    .update(outbox)
    .set({
      status: giveUp ? "failed" : "pending",
      leaseUntil: null,
      lastError: outcome.error.slice(0, 500),
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
    })
    .where(and(eq(outbox.id, mail.id), eq(outbox.status, "sending")));
  return giveUp ? "failed" : "pending";
}

/** One round: claims what is due and sends it; returns how it went. */
export async function sendDueEmails(
  db: Db,
  transport: Pick<Transporter, "sendMail">,
  { from, now, batch }: { from: string; now?: Date; batch?: number },
): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDueEmails(db, { now, batch });
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    let outcome: { ok: true } | { ok: false; error: string };
    try {
      await transport.sendMail({
        from,
        // Stable per message: a message sent twice is recognisable as one.
        messageId: `<${mail.id}@${appHost()}>`,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.body,
      });
      outcome = { ok: true };
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const result = await recordDelivery(db, mail, outcome, now ?? new Date());
    if (result === "sent") sent += 1;
    else failed += 1;
  }
  return { sent, failed };
}
