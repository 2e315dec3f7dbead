import { and, asc, eq, lte } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import { appHost } from "@/lib/app-url";

export const MAX_ATTEMPTS = 5;

/**
 * Sends the e-mails that are due, a batch at a time. Rows are claimed with SKIP LOCKED, so
 * several app instances can run this together without sending anything twice. A failure
 * is retried with exponential back-off (1, 2, 4, 8 minutes), then left as failed.
 */
export async function sendDueEmails(
  db: Db,
  transport: Pick<Transporter, "sendMail">,
  { from, now = new Date(), batch = 20 }: { from: string; now?: Date; batch?: number },
): Promise<{ sent: number; failed: number }> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.createdAt))
      .limit(batch)
      .for("update", { skipLocked: true });
    let sent = 0;
    let failed = 0;
    for (const mail of due) {
      try {
        await transport.sendMail({
          from,
          // Stable per message: a message sent twice (after a lost acknowledgement) is
          // recognisable as one by the receiving system.
          messageId: `<${mail.id}@${appHost()}>`,
          to: mail.recipient,
          subject: mail.subject,
          text: mail.body,
        });
        await tx
          .update(outbox)
          .set({ status: "sent", sentAt: new Date(), attempts: mail.attempts + 1, lastError: null })
          .where(eq(outbox.id, mail.id));
        sent += 1;
      } catch (error) {
        const attempts = mail.attempts + 1;
        await tx
          .update(outbox)
          .set({
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            attempts,
            lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
            nextAttemptAt: new Date(now.getTime() + 2 ** (attempts - 1) * 60_000),
          })
          .where(eq(outbox.id, mail.id));
        failed += 1;
      }
    }
    return { sent, failed };
  });
}
