import { eq, inArray, sql } from "drizzle-orm";
import { invitations, meetings, organizations, outbox } from "../db/schema";
import { expect, test } from "./fixtures";
import { roles, storageStateFor } from "./global-setup";
import { actAs, withDb } from "./support/act";
import { FakeSmtp } from "./support/fake-smtp";
import { callServerAction, cookieFromStorageState } from "./support/server-actions";
import {
  adminUrl,
  createDatabase,
  databaseUrl,
  dropDatabase,
  freePort,
  type Server,
  startServer,
} from "./support/servers";
import { TcpProxy } from "./support/tcp-proxy";

// Faults (issue 12): the database going away and coming back under a running server; an SMTP
// server that is down, then back; a server killed in the middle of sending an e-mail. The
// file runs its own production server on its own database, reached through a TCP proxy the
// test can cut, and sending to a fake SMTP server the test controls.

test.describe.configure({ mode: "serial" });

let database = "";
let proxy: TcpProxy;
let smtp: FakeSmtp;
let server: Server;
let env: Record<string, string>;

/** The database as the server sees it (through the proxy) and as the test reaches it directly. */
const direct = () => databaseUrl(database);
const proxied = () => {
  const url = new URL(direct());
  url.port = String(proxy.port);
  return url.toString();
};

async function ready(url: string): Promise<number> {
  try {
    const response = await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(4_000) });
    return response.status;
  } catch {
    return 0;
  }
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const run = process.env.E2E_RUN;
  const template = process.env.E2E_TEMPLATE;
  if (!run || !template) throw new Error("the e2e global setup did not run");
  database = `${run}_faults`;
  await createDatabase(database, template);
  proxy = new TcpProxy(Number(new URL(adminUrl).port || 5432), new URL(adminUrl).hostname);
  await proxy.start();
  smtp = new FakeSmtp(await freePort());
  env = {
    DATABASE_URL: proxied(),
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SMTP_INTERVAL_MS: "300",
    OUTBOX_LEASE_MS: "3000",
    OUTBOX_RETRY_BASE_MS: "500",
  };
  server = await startServer({ database, env });
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.down();
  await proxy?.cut();
  if (database) await dropDatabase(database);
});

test("the database goes away: readiness says so within 5 s, pages explain, and it all comes back", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  expect(await ready(server.url)).toBe(200);
  const context = await browser.newContext({
    baseURL: server.url,
    storageState: storageStateFor("secretariat"),
  });
  const page = await context.newPage();
  await page.goto("/organizations");
  await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();

  await proxy.cut();
  const cutAt = Date.now();
  await expect.poll(() => ready(server.url), { timeout: 5_000, intervals: [200] }).toBe(503);
  expect(Date.now() - cutAt).toBeLessThan(5_000);

  const response = await page.goto("/organizations");
  expect(response?.status()).toBeGreaterThanOrEqual(500);
  await expect(
    page.getByRole("alert").filter({ hasText: "cannot reach its database" }),
  ).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/at \S+ \(|node_modules|ECONNREFUSED|stack/i);

  await proxy.restore();
  const restoredAt = Date.now();
  await expect.poll(() => ready(server.url), { timeout: 30_000, intervals: [500] }).toBe(200);
  expect(Date.now() - restoredAt).toBeLessThan(30_000);
  // Readiness answers on a fresh connection; a pooled one opened while the database was away
  // can still fail the first page in the seconds after (seen once on a loaded CI run, the
  // alert's "Try again" then worked): the pages come back within 15 s of readiness.
  await expect(async () => {
    await page.goto("/organizations");
    await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 15_000, intervals: [1_000] });
  await context.close();
});

test("a write cut off in flight leaves nothing half-written", async () => {
  test.setTimeout(120_000);
  // Twenty meetings, each then invited through the server in one transaction (20
  // invitations, their e-mails, the audit row); the database is cut while they run. Each
  // ends with all of its rows or none.
  const ids: string[] = [];
  for (let n = 0; n < 20; n++) {
    const planned = (await actAs(direct(), roles.secretariat, "meeting.plan", {
      sequenceNumber: 300 + n,
      title: `Fault meeting ${n}`,
      theme: "",
      venue: "United Nations Headquarters, New York",
      timeZone: "America/New_York",
      startsOn: "2006-12-04",
      endsOn: "2006-12-04",
      scSessionId: "",
    })) as { id: string };
    ids.push(planned.id);
  }
  const orgIds = await withDb(direct(), async (db) =>
    (await db.select({ id: organizations.id }).from(organizations)).map((o) => o.id),
  );
  const cookie = cookieFromStorageState(storageStateFor("secretariat"));
  const runs = ids.map((meetingId) =>
    callServerAction(server.url, {
      action: "openInvitationsAction",
      args: [{ meetingId, organizationIds: orgIds, replyDeadline: "2006-11-20T18:00" }],
      cookie,
      path: `/meetings/${meetingId}/invitations`,
    }).catch(() => ({ status: 0, result: undefined, ms: 0 })),
  );
  // Cut as soon as the first of them has committed: the others are then in flight.
  await expect
    .poll(
      () =>
        withDb(direct(), async (db) => {
          const [row] = await db
            .select({ n: sql<number>`count(*)::int` })
            .from(invitations)
            .where(inArray(invitations.meetingId, ids));
          return row?.n ?? 0;
        }),
      { timeout: 30_000, intervals: [50] },
    )
    .toBeGreaterThan(0);
  await proxy.cut();
  const outcomes = await Promise.all(runs);
  await proxy.restore();
  await expect.poll(() => ready(server.url), { timeout: 30_000 }).toBe(200);
  // Some went through before the cut, some were refused by it (an answer, not a hang).
  expect(outcomes).toHaveLength(20);
  const counts = await withDb(direct(), (db) =>
    db
      .select({ meetingId: invitations.meetingId, n: sql<number>`count(*)::int` })
      .from(invitations)
      .where(inArray(invitations.meetingId, ids))
      .groupBy(invitations.meetingId),
  );
  for (const row of counts) expect(row.n).toBe(orgIds.length);
  const statuses = await withDb(direct(), (db) =>
    db
      .select({ id: meetings.id, status: meetings.status })
      .from(meetings)
      .where(inArray(meetings.id, ids)),
  );
  const invited = new Set(counts.map((c) => c.meetingId));
  for (const m of statuses)
    expect(m.status).toBe(invited.has(m.id) ? "invitations_open" : "planned");
  test.info().annotations.push({
    type: "outcome",
    description: `${invited.size} of 20 written whole before the cut; ${20 - invited.size} written not at all`,
  });
  // Each reported success is in the database.
  for (const [i, outcome] of outcomes.entries()) {
    if ((outcome.result as { ok?: boolean } | undefined)?.ok)
      expect(invited.has(ids[i] ?? "")).toBe(true);
  }
});

test("SMTP down: mail waits; back up: each message is delivered exactly once", async () => {
  test.setTimeout(180_000);
  // Queue three e-mails through the application's commands (new accounts get an invitation).
  for (const name of ["Ana Lima", "Ben Carter", "Chen Yu"]) {
    await actAs(direct(), roles.secretariat, "account.addUser", {
      name,
      email: `${name.toLowerCase().replace(" ", ".")}@faults.example.org`,
      jobTitle: null,
      locale: "en",
      role: "participant",
    });
  }
  const ours = async () =>
    withDb(direct(), (db) =>
      db
        .select({
          id: outbox.id,
          status: outbox.status,
          attempts: outbox.attempts,
          lastError: outbox.lastError,
        })
        .from(outbox)
        .where(sql`${outbox.recipient} like '%@faults.example.org'`),
    );
  // The server tries, fails, and keeps them waiting (never "failed"). The sender's first round
  // may still be recovering from the previous test's cut connections: up to 45 s (one CI run
  // out of many needed more than 15).
  await expect
    .poll(async () => (await ours()).every((m) => m.attempts >= 1 && m.status === "pending"), {
      timeout: 45_000,
    })
    .toBe(true);
  expect((await ours())[0]?.lastError).toBeTruthy();

  await smtp.up();
  // The next try of each comes after its back-off (500 ms doubled per attempt): on a slow run
  // the messages have been tried more often while SMTP was down, and wait longer. And a round
  // of the sender that was under way may first run out its own SMTP timeouts (up to 30 s; a
  // loaded CI run waited more than 21 s once): mail late by a minute, not lost or doubled,
  // which is what this test is about.
  const attempts = Math.max(...(await ours()).map((m) => m.attempts));
  await expect
    .poll(async () => (await ours()).every((m) => m.status === "sent"), {
      timeout: 45_000 + 2 ** attempts * 500,
    })
    .toBe(true);
  const rows = await ours();
  const counts = smtp.countsById();
  for (const row of rows) {
    const id = [...counts.keys()].find((k) => k.includes(row.id));
    expect(id, `message ${row.id} arrived`).toBeTruthy();
    expect(counts.get(id ?? "")).toBe(1);
  }
});

test("a server killed mid-send: the lease runs out and the message goes once more at most", async () => {
  test.setTimeout(120_000);
  // Everything queued before (the invitations of the previous test) has gone out first.
  await expect
    .poll(
      () =>
        withDb(direct(), async (db) => {
          const [row] = await db
            .select({ n: sql<number>`count(*)::int` })
            .from(outbox)
            .where(inArray(outbox.status, ["pending", "sending"]));
          return row?.n ?? 0;
        }),
      { timeout: 60_000 },
    )
    .toBe(0);
  smtp.stall = true;
  await actAs(direct(), roles.secretariat, "account.addUser", {
    name: "Dora Mendes",
    email: "dora.mendes@faults.example.org",
    jobTitle: null,
    locale: "en",
    role: "participant",
  });
  const row = async () =>
    (
      await withDb(direct(), (db) =>
        db.select().from(outbox).where(eq(outbox.recipient, "dora.mendes@faults.example.org")),
      )
    )[0];
  // The server has handed the message to SMTP, which hangs before acknowledging it.
  await expect
    .poll(() => smtp.received.some((r) => r.to.includes("dora.mendes@faults.example.org")), {
      timeout: 15_000,
    })
    .toBe(true);
  expect((await row())?.status).toBe("sending");
  await server.kill();

  smtp.stall = false;
  server = await startServer({ database, env });
  await expect.poll(async () => (await row())?.status, { timeout: 30_000 }).toBe("sent");
  const arrivals = smtp.received.filter((r) => r.to.includes("dora.mendes@faults.example.org"));
  expect(arrivals.length).toBeGreaterThanOrEqual(1);
  expect(arrivals.length).toBeLessThanOrEqual(2);
  // The same Message-ID each time: the receiving side can tell it is one message.
  expect(new Set(arrivals.map((a) => a.messageId)).size).toBe(1);
});
