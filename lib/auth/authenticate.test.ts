import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { memberships, signInAttempts, users } from "@/db/schema";
import { createTestDatabase } from "@/tests/database";
import { authenticate } from "./authenticate";
import { clientAddress, PEER_HEADER } from "./client-address";
import { pruneSignInAttempts, THROTTLE } from "./throttle";
import { loadViewer } from "./viewer";

const PASSWORD = "concordia-demo";
const minutes = (n: number) => n * 60_000;

describe("the client address", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const forged = headers({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddress(forged, 0)).toBe("203.0.113.9");
    expect(clientAddress(headers({ [PEER_HEADER]: "::ffff:203.0.113.9" }), 0)).toBe("203.0.113.9");
  });

  it("is what the trusted proxy saw, never the entries the client wrote before it", () => {
    // The client forged "1.2.3.4"; the one trusted proxy appended the address it saw.
    const h = headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "1.2.3.4, 198.51.100.7" });
    expect(clientAddress(h, 1)).toBe("198.51.100.7");
    expect(clientAddress(h, 2)).toBe("1.2.3.4");
    // Fewer entries than trusted proxies, or garbage: the peer.
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
    expect(
      clientAddress(headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "nonsense" }), 1),
    ).toBe("10.0.0.2");
  });
});

describe("sign-in", () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  afterAll(async () => database.close());

  it("accepts the right password, whatever the case of the e-mail, and notes the sign-in", async () => {
    const outcome = await authenticate(db, {
      email: " Secretariat@Example.org ",
      password: PASSWORD,
      ip: "203.0.113.1",
    });
    expect(outcome).toMatchObject({ ok: true, sessionVersion: 1 });
    const [row] = await db
      .select({ lastSignInAt: users.lastSignInAt })
      .from(users)
      .where(eq(users.email, "secretariat@example.org"));
    expect(row?.lastSignInAt).toBeInstanceOf(Date);
  });

  it("answers an unknown e-mail and a wrong password the same way, in similar time", async () => {
    // The fastest of three tries each, every try on its own account and address (no throttle
    // delay), so a pause of the machine or the first hash's warm-up does not decide.
    const timed = async (email: string, password: string, ip: string) => {
      const started = performance.now();
      const result = await authenticate(db, { email, password, ip });
      return { result, ms: performance.now() - started };
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    const wrongAccounts = ["chair.disarmament", "focal.sco", "focal.cis"];
    for (const [i, account] of wrongAccounts.entries()) {
      const a = await timed(`nobody${i}@example.org`, PASSWORD, `203.0.113.${10 + i}`);
      const b = await timed(`${account}@example.org`, "wrong", `203.0.113.${20 + i}`);
      expect(a.result).toEqual({ ok: false, reason: "invalid" });
      expect(b.result).toEqual({ ok: false, reason: "invalid" });
      unknown.push(a.ms);
      wrong.push(b.ms);
    }
    // Both verify an argon2 hash: neither answer is an order of magnitude faster.
    const [fast, slow] = [Math.min(...unknown), Math.min(...wrong)].sort((x, y) => x - y) as [
      number,
      number,
    ];
    expect(slow / fast).toBeLessThan(5);
  });

  it("locks an account at one address after 5 failures, not the real user at theirs", async () => {
    const email = "focal.osce@example.org";
    const attacker = "198.51.100.66";
    const start = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < THROTTLE.maxFailuresPerAccountAndAddress; i++) {
      expect(
        await authenticate(db, {
          email,
          password: `wrong-${i}`,
          ip: attacker,
          now: new Date(start.getTime() + i * 1000),
        }),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    const attackerAgain = await authenticate(db, {
      email,
      password: PASSWORD,
      ip: attacker,
      now: new Date(start.getTime() + minutes(1)),
    });
    expect(attackerAgain).toMatchObject({ ok: false, reason: "locked" });
    if (attackerAgain.ok || attackerAgain.reason !== "locked") throw new Error("expected a lock");
    expect(attackerAgain.until.getTime()).toBe(start.getTime() + 4000 + minutes(15));
    // The real user, from their own address, is not locked out.
    expect(
      await authenticate(db, {
        email,
        password: PASSWORD,
        ip: "203.0.113.50",
        now: new Date(start.getTime() + minutes(1)),
      }),
    ).toMatchObject({ ok: true });
  });

  it("slows down guesses for one account spread over many addresses, more with each", async () => {
    const email = "focal.oas@example.org";
    const start = new Date("2030-02-01T10:00:00Z");
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    for (let i = 0; i < THROTTLE.accountDelayAfterFailures; i++)
      await authenticate(db, { email, password: "x", ip: `192.0.2.${i + 1}`, now: at(i) });
    // The 10th failure was at second 9: the next attempt must wait 1 s, then 2 s, then 4 s ...
    const tooSoon = await authenticate(db, {
      email,
      password: PASSWORD,
      ip: "203.0.113.77",
      now: at(9.5),
    });
    expect(tooSoon).toEqual({ ok: false, reason: "slowDown", retryAfterSeconds: 1 });
    await authenticate(db, { email, password: "x", ip: "192.0.2.40", now: at(11) });
    const again = await authenticate(db, {
      email,
      password: PASSWORD,
      ip: "203.0.113.77",
      now: at(12),
    });
    expect(again).toEqual({ ok: false, reason: "slowDown", retryAfterSeconds: 1 });
    // The real user who waits gets in, and the count starts again.
    expect(
      await authenticate(db, { email, password: PASSWORD, ip: "203.0.113.77", now: at(14) }),
    ).toMatchObject({ ok: true });
  });

  it("locks an address after 20 failures across accounts (credential stuffing)", async () => {
    const ip = "192.0.2.177";
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
      ip: "192.0.2.178",
      now: new Date(start.getTime() + 30_000),
    });
    expect(fromElsewhere).toMatchObject({ ok: true });
  });

  it("checks no more passwords than the limit allows for 200 simultaneous wrong guesses", async () => {
    const email = "chair.peacekeeping@example.org";
    const ip = "198.51.100.200";
    const now = new Date("2033-01-01T10:00:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        authenticate(db, { email, password: `guess-${i}`, ip, now }),
      ),
    );
    const checked = outcomes.filter((o) => !o.ok && o.reason === "invalid").length;
    expect(checked).toBe(THROTTLE.maxFailuresPerAccountAndAddress);
    expect(outcomes.filter((o) => !o.ok && o.reason === "locked")).toHaveLength(
      200 - THROTTLE.maxFailuresPerAccountAndAddress,
    );
    const rows = await db
      .select({ id: signInAttempts.id })
      .from(signInAttempts)
      .where(eq(signInAttempts.ip, ip));
    expect(rows).toHaveLength(THROTTLE.maxFailuresPerAccountAndAddress);
  });

  it("stores a malformed address as none instead of failing", async () => {
    expect(
      await authenticate(db, {
        email: "secretariat@example.org",
        password: PASSWORD,
        ip: "not-an-ip, 10.0.0.1",
      }),
    ).toMatchObject({ ok: true });
  });

  it("prunes attempts older than a day", async () => {
    const old = new Date("2000-01-01T00:00:00Z");
    await db.insert(signInAttempts).values({ email: "old@example.org", succeeded: false, at: old });
    expect(await pruneSignInAttempts(db)).toBeGreaterThanOrEqual(1);
    const left = await db
      .select({ id: signInAttempts.id })
      .from(signInAttempts)
      .where(eq(signInAttempts.email, "old@example.org"));
    expect(left).toHaveLength(0);
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

  it("reads roles from the database on every request: a removed role, a deactivated user or a new session version stops at once", async () => {
    const [chair] = await db
      .select()
      .from(users)
      .where(eq(users.email, "chair.disarmament@example.org"));
    if (!chair) throw new Error("chair");
    expect((await loadViewer(db, chair.id, { version: 1 }))?.grants).toEqual([
      expect.objectContaining({ role: "chair" }),
    ]);
    await db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, chair.id));
    expect(await loadViewer(db, chair.id, { version: 1 })).toBeNull();
    expect(await loadViewer(db, chair.id, { version: 2 })).not.toBeNull();
    await db.delete(memberships).where(eq(memberships.userId, chair.id));
    expect((await loadViewer(db, chair.id, { version: 2 }))?.grants).toEqual([]);
    await db.update(users).set({ active: false }).where(eq(users.id, chair.id));
    expect(await loadViewer(db, chair.id, { version: 2 })).toBeNull();
    expect(await loadViewer(db, "not-a-uuid")).toBeNull();
  });
});
