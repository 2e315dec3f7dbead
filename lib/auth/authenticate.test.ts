import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { createTestDatabase } from "@/tests/database";
import { authenticate } from "./authenticate";
import { THROTTLE } from "./throttle";
import { loadViewer } from "./viewer";

const PASSWORD = "concordia-demo";
const minutes = (n: number) => n * 60_000;

describe("sign-in", () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  afterAll(async () => database.close());

  it("accepts the right password, whatever the case of the e-mail", async () => {
    const outcome = await authenticate(db, {
      email: " Secretariat@Example.org ",
      password: PASSWORD,
      ip: "203.0.113.1",
    });
    expect(outcome).toMatchObject({ ok: true });
  });

  it("answers an unknown e-mail and a wrong password the same way, in similar time", async () => {
    const t0 = performance.now();
    const unknown = await authenticate(db, {
      email: "nobody@example.org",
      password: PASSWORD,
      ip: "203.0.113.2",
    });
    const t1 = performance.now();
    const wrong = await authenticate(db, {
      email: "chair.disarmament@example.org",
      password: "wrong",
      ip: "203.0.113.2",
    });
    const t2 = performance.now();
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    // Both verify an argon2 hash: neither answer is an order of magnitude faster.
    const [fast, slow] = [t1 - t0, t2 - t1].sort((a, b) => a - b) as [number, number];
    expect(slow / fast).toBeLessThan(5);
  });

  it("locks an account after 5 failures in 15 minutes, even for the right password, then unlocks", async () => {
    const email = "focal.osce@example.org";
    const start = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount; i++) {
      const at = new Date(start.getTime() + i * 1000);
      expect(
        await authenticate(db, {
          email,
          password: `wrong-${i}`,
          ip: `198.51.100.${i + 1}`,
          now: at,
        }),
      ).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const locked = await authenticate(db, {
      email,
      password: PASSWORD,
      ip: "198.51.100.99",
      now: new Date(start.getTime() + minutes(1)),
    });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    if (locked.ok || locked.reason !== "locked") throw new Error("expected a lock");
    expect(locked.until.getTime()).toBe(start.getTime() + 4000 + minutes(THROTTLE.lockMinutes));
    const later = new Date(start.getTime() + 4000 + minutes(THROTTLE.lockMinutes) + 1000);
    expect(
      await authenticate(db, { email, password: PASSWORD, ip: "198.51.100.99", now: later }),
    ).toMatchObject({ ok: true });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const email = "chair.peacekeeping@example.org";
    const start = new Date("2031-01-01T10:00:00Z");
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    for (let i = 0; i < 4; i++)
      await authenticate(db, { email, password: "bad", ip: null, now: at(i) });
    expect(
      await authenticate(db, { email, password: PASSWORD, ip: null, now: at(10) }),
    ).toMatchObject({ ok: true });
    await authenticate(db, { email, password: "bad", ip: null, now: at(20) });
    expect(
      await authenticate(db, { email, password: PASSWORD, ip: null, now: at(30) }),
    ).toMatchObject({ ok: true });
  });

  it("locks an address after 20 failures across accounts", async () => {
    const ip = "192.0.2.77";
    const start = new Date("2032-01-01T10:00:00Z");
    for (let i = 0; i < THROTTLE.maxFailuresPerAddress; i++) {
      await authenticate(db, {
        email: `guess${i}@example.org`,
        password: "x",
        ip,
        now: new Date(start.getTime() + i * 1000),
      });
    }
    const fromThatAddress = await authenticate(db, {
      email: "focal.au@example.org",
      password: PASSWORD,
      ip,
      now: new Date(start.getTime() + 30_000),
    });
    expect(fromThatAddress).toMatchObject({ ok: false, reason: "locked" });
    const fromElsewhere = await authenticate(db, {
      email: "focal.au@example.org",
      password: PASSWORD,
      ip: "192.0.2.78",
      now: new Date(start.getTime() + 30_000),
    });
    expect(fromElsewhere).toMatchObject({ ok: true });
  });

  it("ignores a malformed forwarded address instead of failing", async () => {
    expect(
      await authenticate(db, {
        email: "secretariat@example.org",
        password: PASSWORD,
        ip: "not-an-ip, 10.0.0.1",
      }),
    ).toMatchObject({ ok: true });
  });

  it("refuses a deactivated account and an account without a password", async () => {
    await db.update(users).set({ active: false }).where(eq(users.email, "focal.oas@example.org"));
    expect(
      await authenticate(db, { email: "focal.oas@example.org", password: PASSWORD, ip: null }),
    ).toEqual({ ok: false, reason: "invalid" });
    await db.insert(users).values({ email: "nopassword@example.org", name: "No Password" });
    expect(
      await authenticate(db, { email: "nopassword@example.org", password: "", ip: null }),
    ).toEqual({ ok: false, reason: "invalid" });
  });

  it("reads roles from the database on every request: a removed role or a deactivated user stops at once", async () => {
    const [chair] = await db
      .select()
      .from(users)
      .where(eq(users.email, "chair.disarmament@example.org"));
    if (!chair) throw new Error("chair");
    expect((await loadViewer(db, chair.id))?.grants).toEqual([
      expect.objectContaining({ role: "chair" }),
    ]);
    await db.delete(memberships).where(eq(memberships.userId, chair.id));
    expect((await loadViewer(db, chair.id))?.grants).toEqual([]);
    await db.update(users).set({ active: false }).where(eq(users.id, chair.id));
    expect(await loadViewer(db, chair.id)).toBeNull();
    expect(await loadViewer(db, "not-a-uuid")).toBeNull();
  });
});
