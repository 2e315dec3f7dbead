import { describe, expect, it } from "vitest";
import {
  createSessionCache,
  SESSION_CACHE_MS,
  SESSION_CACHE_SIZE,
  sessionCookieKey,
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

describe("the session cookie's key", () => {
  it("is the session cookie of the Cookie header, or its chunks in order, and nothing else", () => {
    expect(sessionCookieKey(null)).toBeNull();
    expect(sessionCookieKey("authjs.csrf-token=x; theme=dark")).toBeNull();
    expect(sessionCookieKey("authjs.callback-url=%2F; authjs.session-token=abc")).toBe(
      "authjs.session-token=abc",
    );
    expect(
      sessionCookieKey(
        "__Secure-authjs.session-token.1=def; x=1; __Secure-authjs.session-token.0=abc",
      ),
    ).toBe("__Secure-authjs.session-token.0=abc;__Secure-authjs.session-token.1=def");
    // A look-alike name is not the session cookie.
    expect(sessionCookieKey("xauthjs.session-token=abc; authjs.session-tokens=def")).toBeNull();
  });
});
