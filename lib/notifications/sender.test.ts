import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { outbox } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { requeueEmail } from "./requeue-email";
import { claimDueEmails, DELIVERY, recordDelivery, retryDelayMs, sendDueEmails } from "./sender";

const minutes = (n: number) => n * 60_000;

async function queue(db: Db, count: number, createdAt = new Date()) {
  const rows = await db
    .insert(outbox)
    .values(
      Array.from({ length: count }, (_, i) => ({
        recipient: `person${i}@example.org`,
        subject: `Message ${i}`,
        body: "Body",
        createdAt,
        nextAttemptAt: createdAt,
      })),
    )
    .returning({ id: outbox.id });
  return rows.map((r) => r.id);
}

async function statusOf(db: Db, ids: string[]) {
  const rows = await db
    .select({ id: outbox.id, status: outbox.status, attempts: outbox.attempts })
    .from(outbox)
    .where(inArray(outbox.id, ids));
  return rows;
}

describe("outbox delivery", () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: true });
    db = database.db;
    // Only this test's messages: the demo's queued e-mails are marked sent.
    await db.update(outbox).set({ status: "sent" });
  });
  afterAll(async () => database.close());

  it("claims each due message for one sender only, under a lease", async () => {
    const now = new Date("2030-01-01T10:00:00Z");
    const ids = await queue(db, 6, now);
    const [a, b] = await Promise.all([
      claimDueEmails(db, { now, batch: 4 }),
      claimDueEmails(db, { now, batch: 4 }),
    ]);
    const claimed = [...(a ?? []), ...(b ?? [])].map((m) => m.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.sort()).toEqual([...ids].sort());
    for (const row of await statusOf(db, ids))
      expect(row).toMatchObject({ status: "sending", attempts: 1 });
    // Nothing left to claim while the leases run.
    expect(await claimDueEmails(db, { now: new Date(now.getTime() + minutes(1)) })).toEqual([]);
    for (const id of ids)
      await recordDelivery(db, { id, attempts: 1, createdAt: now }, { ok: true }, now);
  });

  it("gives a message whose sender died back to the next sender once the lease ends", async () => {
    const now = new Date("2030-01-02T10:00:00Z");
    const [id] = await queue(db, 1, now);
    const [claimed] = await claimDueEmails(db, { now });
    expect(claimed?.id).toBe(id);
    // The sender dies: no result is recorded. Before the lease ends, nobody takes it ...
    expect(
      await claimDueEmails(db, { now: new Date(now.getTime() + DELIVERY.leaseMs - 1000) }),
    ).toEqual([]);
    // ... after, another sender does, once; it carries the same Message-ID (the row's id).
    const again = await claimDueEmails(db, {
      now: new Date(now.getTime() + DELIVERY.leaseMs + 1000),
    });
    expect(again.map((m) => m.id)).toEqual([id]);
    expect(again[0]?.attempts).toBe(2);
  });

  it("retries failures with back-off and gives up only after a day and five attempts", async () => {
    expect([1, 2, 3, 4, 8].map(retryDelayMs)).toEqual([
      minutes(1),
      minutes(2),
      minutes(4),
      minutes(8),
      minutes(60),
    ]);
    const start = new Date("2030-01-03T10:00:00Z");
    const [id] = await queue(db, 1, start);
    if (!id) throw new Error("queued");
    const failing = {
      sendMail: async () => {
        throw new Error("connect ECONNREFUSED");
      },
    };
    let now = start;
    let rounds = 0;
    for (;;) {
      const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
      if (!row || row.status === "failed") break;
      now = new Date(Math.max(row.nextAttemptAt.getTime(), now.getTime()));
      await sendDueEmails(db, failing, { from: "t@example.org", now, batch: 10 });
      rounds += 1;
      if (rounds > 100) throw new Error("never gave up");
    }
    const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe("failed");
    expect(now.getTime() - start.getTime()).toBeGreaterThanOrEqual(DELIVERY.giveUpAfterMs);
    expect(row?.attempts).toBeGreaterThanOrEqual(DELIVERY.minAttemptsBeforeGivingUp);
    expect(row?.lastError).toBe("connect ECONNREFUSED");

    // The secretariat puts it back in the queue; it goes out with the next round.
    const secretariat = await viewerFor(db, "secretariat");
    expect(
      await executeAction(requeueEmail, { db, viewer: secretariat, input: { id } }),
    ).toMatchObject({
      ok: true,
    });
    const delivered: string[] = [];
    const working = {
      sendMail: async (mail: { messageId?: string }) => {
        delivered.push(mail.messageId ?? "");
        return {};
      },
    };
    expect(await sendDueEmails(db, working, { from: "t@example.org", batch: 10 })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(delivered).toEqual([expect.stringMatching(new RegExp(`^<${id}@`))]);
    // Requeueing a message that is not failed changes nothing.
    expect(
      await executeAction(requeueEmail, { db, viewer: secretariat, input: { id } }),
    ).toMatchObject({
      ok: true,
      data: { status: "sent" },
    });
  });

  it("keeps an SMTP outage from marking anything failed: mail waits, then goes out once", async () => {
    const start = new Date("2030-01-05T10:00:00Z");
    const ids = await queue(db, 3, start);
    let up = false;
    const sentIds: string[] = [];
    const transport = {
      sendMail: async (mail: { messageId?: string }) => {
        if (!up) throw new Error("421 service not available");
        sentIds.push(mail.messageId ?? "");
        return {};
      },
    };
    // 15 minutes of outage, a round every 30 seconds.
    for (let t = 0; t <= minutes(15); t += 30_000) {
      await sendDueEmails(db, transport, {
        from: "t@example.org",
        now: new Date(start.getTime() + t),
      });
    }
    for (const row of await statusOf(db, ids)) expect(row.status).toBe("pending");
    up = true;
    for (let t = minutes(15); t <= minutes(90); t += 30_000) {
      await sendDueEmails(db, transport, {
        from: "t@example.org",
        now: new Date(start.getTime() + t),
      });
    }
    for (const row of await statusOf(db, ids)) expect(row.status).toBe("sent");
    expect(sentIds).toHaveLength(3);
    expect(new Set(sentIds).size).toBe(3);
  });
});
