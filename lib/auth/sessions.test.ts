import { describe, expect, it } from "vitest";
import { checkProductionSettings } from "@/lib/startup";
import { HashingBusyError, hashingLoad, withHashingSlot } from "./hashing-slots";
import { makeSessionGrant, readSessionGrant } from "./session-grant";
import { SESSION_ABSOLUTE_SECONDS, sessionTooOld } from "./session-lifetime";

const userId = "6f1c1f0e-3c3a-4d5e-9a51-1d2b3c4d5e6f";

describe("sessions", () => {
  it("end 7 days after the sign-in, whatever the use", () => {
    const signedIn = 1_000_000;
    expect(sessionTooOld(signedIn, signedIn + 60)).toBe(false);
    expect(sessionTooOld(signedIn, signedIn + SESSION_ABSOLUTE_SECONDS - 1)).toBe(false);
    expect(sessionTooOld(signedIn, signedIn + SESSION_ABSOLUTE_SECONDS + 1)).toBe(true);
    expect(sessionTooOld(undefined, signedIn)).toBe(true);
  });

  it("move to a new version only with a grant the server made, for that user, within a minute", () => {
    const now = Date.now();
    const grant = makeSessionGrant(userId, 5, now);
    expect(readSessionGrant(grant, userId, now)).toBe(5);
    expect(readSessionGrant(grant, "another-user", now)).toBeNull();
    expect(readSessionGrant(grant, userId, now + 61_000)).toBeNull();
    const [id, , expires, signature] = grant.split(".");
    expect(readSessionGrant(`${id}.6.${expires}.${signature}`, userId, now)).toBeNull();
    expect(readSessionGrant("garbage", userId, now)).toBeNull();
    expect(readSessionGrant({ version: 9 }, userId, now)).toBeNull();
  });
});

describe("password hashing", () => {
  it("runs at most two checks at once and refuses beyond the queue", async () => {
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const work = () =>
      new Promise<void>((resolve) => {
        running += 1;
        peak = Math.max(peak, running);
        release.push(() => {
          running -= 1;
          resolve();
        });
      });
    const calls = Array.from({ length: 52 }, () => withHashingSlot(work).catch((e: unknown) => e));
    await new Promise((r) => setTimeout(r, 10));
    expect(hashingLoad()).toEqual({ running: 2, waiting: 50 });
    const refused = await withHashingSlot(work).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HashingBusyError);
    while (release.length > 0 || hashingLoad().running > 0) {
      release.shift()?.();
      await new Promise((r) => setTimeout(r, 1));
    }
    await Promise.all(calls);
    expect(peak).toBe(2);
    expect(hashingLoad()).toEqual({ running: 0, waiting: 0 });
  });
});

describe("starting in production", () => {
  it("refuses a missing or short AUTH_SECRET with a clear message", () => {
    expect(checkProductionSettings({ NODE_ENV: "production" })).toEqual([
      expect.stringContaining("AUTH_SECRET is not set"),
    ]);
    expect(checkProductionSettings({ NODE_ENV: "production", AUTH_SECRET: "short" })).toEqual([
      expect.stringContaining("shorter than 32 characters"),
    ]);
    expect(
      checkProductionSettings({
        NODE_ENV: "production",
        AUTH_SECRET: "x".repeat(32),
        APP_URL: "nope",
      }),
    ).toEqual([expect.stringContaining("APP_URL")]);
    expect(
      checkProductionSettings({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(44) }),
    ).toEqual([]);
    expect(checkProductionSettings({ NODE_ENV: "development" })).toEqual([]);
  });
});
