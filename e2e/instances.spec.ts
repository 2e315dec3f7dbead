import { sql } from "drizzle-orm";
import { outbox } from "../db/schema";
import { expect, test } from "./fixtures";
import { demoPassword, roles } from "./global-setup";
import { actAs, withDb } from "./support/act";
import { FakeSmtp } from "./support/fake-smtp";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  freePort,
  type Server,
  startServer,
} from "./support/servers";

// Scaling out (issue 15): two production servers on one PostgreSQL, started together on an
// empty database (the migrations and the demo data race safely), behave as one: a session
// opened on one works on the other, a version conflict made across them is caught, each
// e-mail is sent once by one of them, and SIGTERM stops one cleanly within 10 seconds.

test.describe.configure({ mode: "serial" });

let database = "";
let smtp: FakeSmtp;
let a: Server;
let b: Server;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const run = process.env.E2E_RUN;
  if (!run) throw new Error("the e2e global setup did not run");
  database = `${run}_instances`;
  await createDatabase(database); // empty: the servers migrate and seed it themselves
  smtp = new FakeSmtp(await freePort());
  await smtp.up();
  const env = {
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SMTP_INTERVAL_MS: "200",
    NEXT_MANUAL_SIG_HANDLE: "true",
  };
  [a, b] = await Promise.all([startServer({ database, env }), startServer({ database, env })]);
});

test.afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await smtp?.down();
  if (database) await dropDatabase(database);
});

test("both started on an empty database: migrated once, the demo data loaded once", async () => {
  const [migrations, organizations] = await withDb(databaseUrl(database), async (db) => {
    const m = (await db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    )) as unknown as {
      n: number;
    }[];
    const o = (await db.execute(sql`select count(*)::int as n from organizations`)) as unknown as {
      n: number;
    }[];
    return [m[0]?.n, o[0]?.n];
  });
  expect(migrations).toBeGreaterThan(0);
  expect(organizations).toBe(20);
  expect((await fetch(`${a.url}/api/health/ready`)).status).toBe(200);
  expect((await fetch(`${b.url}/api/health/ready`)).status).toBe(200);
});

test("a session opened on one instance works on the other; a conflict across them is caught", async ({
  browser,
}) => {
  const onA = await browser.newContext({ baseURL: a.url });
  const pageA = await onA.newPage();
  await pageA.goto("/login");
  await pageA.getByLabel("E-mail address").fill(roles.secretariat);
  await pageA.getByLabel("Password").fill(demoPassword);
  await pageA.getByRole("button", { name: "Sign in" }).click();
  await expect(pageA.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // The same cookies, sent to the other instance.
  const onB = await browser.newContext({ baseURL: b.url, storageState: await onA.storageState() });
  const pageB = await onB.newPage();
  await pageB.goto("/organizations");
  await expect(pageB.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();

  // Both open the same organization's edit form; A saves first, then B.
  for (const page of [pageA, pageB]) {
    await page.goto("/organizations");
    await page.getByRole("link", { name: "Pacific Islands Forum", exact: true }).click();
    await page.getByRole("link", { name: "Edit organization" }).click();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Pacific Islands Forum");
  }
  await pageA.getByLabel("Headquarters").fill("Suva, Fiji (saved on A)");
  await pageA.getByRole("button", { name: "Save changes" }).click();
  await expect(pageA.getByText("Changes saved.")).toBeVisible();
  await pageB.getByLabel("Headquarters").fill("Suva, Fiji (saved on B)");
  await pageB.getByRole("button", { name: "Save changes" }).click();
  await expect(
    pageB.getByText("Someone else saved this organization", { exact: false }),
  ).toBeVisible();
  // Nothing of B's was written: A's value stands.
  await pageB.goto("/organizations");
  await pageB.getByRole("link", { name: "Pacific Islands Forum", exact: true }).click();
  await expect(pageB.getByText("Suva, Fiji (saved on A)")).toBeVisible();
  await onA.close();
  await onB.close();
});

test("each e-mail is sent exactly once, whichever instance takes it", async () => {
  test.setTimeout(120_000);
  const url = databaseUrl(database);
  for (let i = 0; i < 30; i++) {
    await actAs(url, roles.secretariat, "account.addUser", {
      name: `Person ${i}`,
      email: `person${i}@instances.example.org`,
      jobTitle: null,
      locale: "en",
      role: "participant",
    });
  }
  const pending = async () =>
    withDb(url, async (db) => {
      const rows = await db
        .select({ id: outbox.id, status: outbox.status })
        .from(outbox)
        .where(sql`${outbox.recipient} like '%@instances.example.org'`);
      return rows;
    });
  await expect
    .poll(async () => (await pending()).every((r) => r.status === "sent"), { timeout: 60_000 })
    .toBe(true);
  const rows = await pending();
  expect(rows).toHaveLength(30);
  const counts = smtp.countsById();
  for (const row of rows) {
    const key = [...counts.keys()].find((k) => k.includes(row.id));
    expect(key, `${row.id} arrived`).toBeTruthy();
    expect(counts.get(key ?? "")).toBe(1);
  }
});

test("SIGTERM: a request in flight is answered, new ones are refused, the process exits within 10 s", async () => {
  const inFlight = fetch(`${b.url}/login`);
  await new Promise((r) => setTimeout(r, 20));
  const started = Date.now();
  const stopping = b.stop();
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("Sign in");
  await stopping;
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(fetch(`${b.url}/api/health/live`)).rejects.toThrow();
  expect(b.output()).toContain("stopped");
  // The other instance goes on serving.
  expect((await fetch(`${a.url}/api/health/ready`)).status).toBe(200);
});
