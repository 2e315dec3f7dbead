import { describe, expect, it } from "vitest";
import {
  createSessionCache,
  SESSION_CACHE_MS,
  SESSION_CACHE_SIZE,
  sessionCacheKey,
} from "./session-cache";
import { SESSION_ABSOLUTE_SECONDS } from "./session-lifetime";

const start = Date.parse("2006-03-01T09:00:00Z");
const session = (authTime: number | undefined = start / 1000 - 3600) => ({
  userId: "0b6c7b3e-1c6e-4f43-9d3e-7c2a5d6f8e90",
  sessionVersion: 2,
  authTime,
});

describe("the decoded-session cache", () => {
  it("remembers a cookie's session for a minute, then decodes it again", () => {
    let now = start;
    const cache = createSessionCache(() => now);
    expect(cache.get("token-a")).toBeUndefined();
    cache.set("token-a", session());
    now += SESSION_CACHE_MS - 1;
    expect(cache.get("token-a")).toEqual(session());
    expect(cache.get("token-b")).toBeUndefined();
    now += 1;
    expect(cache.get("token-a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("never keeps a session past its absolute end (seven days after the sign-in)", () => {
    let now = start;
    const cache = createSessionCache(() => now);
    const authTime = (start - 20_000) / 1000 - SESSION_ABSOLUTE_SECONDS + 30; // ends in 10 s
    cache.set("token", session(authTime));
    now += 9_999;
    expect(cache.get("token")).toBeDefined();
    now += 1;
    expect(cache.get("token")).toBeUndefined();
    // Already past its end: not kept at all.
    cache.set("old", session(start / 1000 - SESSION_ABSOLUTE_SECONDS - 1));
    expect(cache.get("old")).toBeUndefined();
  });

  it("holds at most its size, the oldest making room", () => {
    const cache = createSessionCache(() => start);
    for (let i = 0; i <= SESSION_CACHE_SIZE; i++) cache.set(`token-${i}`, session());
    expect(cache.size).toBe(SESSION_CACHE_SIZE);
    expect(cache.get("token-0")).toBeUndefined();
    expect(cache.get(`token-${SESSION_CACHE_SIZE}`)).toBeDefined();
  });
});

describe("the session cache's key", () => {
  const header = "authjs.callback-url=%2F; authjs.session-token=abc";

  it("is null without a session cookie, and the same only for the very same request", () => {
    expect(sessionCacheKey(null, null)).toBeNull();
    expect(sessionCacheKey("authjs.csrf-token=x; theme=dark", null)).toBeNull();
    const key = sessionCacheKey(header, null);
    expect(key).toMatch(/^[\w-]{43}$/);
    expect(sessionCacheKey(header, null)).toBe(key);
  });

  it("differs whenever what Auth.js decodes could differ", () => {
    const keys = [
      sessionCacheKey(header, null),
      sessionCacheKey(header, "https"),
      // Duplicates in the other order: Auth.js reads the first.
      sessionCacheKey("authjs.session-token=A; authjs.session-token=B", null),
      sessionCacheKey("authjs.session-token=B; authjs.session-token=A", null),
      // A look-alike name that Auth.js joins to the token.
      sessionCacheKey("authjs.session-token=A; authjs.session-tokenX=B", null),
      sessionCacheKey("authjs.session-token=A", null),
      // Chunks.
      sessionCacheKey(
        "__Secure-authjs.session-token.0=a; __Secure-authjs.session-token.1=b",
        "https",
      ),
      sessionCacheKey(
        "__Secure-authjs.session-token.1=b; __Secure-authjs.session-token.0=a",
        "https",
      ),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
