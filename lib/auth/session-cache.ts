import { createHash } from "node:crypto";
import { SESSION_ABSOLUTE_SECONDS } from "./session-lifetime";

// Decoding the session cookie (Auth.js: a key derived by HKDF, then AES and HMAC, through
// WebCrypto) took about an eighth of a signed-in page's server time. The same cookie always
// decodes to the same session, so the answer is kept for a minute, never past the session's
// absolute end. What can change meanwhile is read from the database on every request all the
// same (lib/auth/viewer.ts: the account active, its roles, its session version), so signing
// out everywhere, a password change or a deactivation still stop the cookie at once.

/** What the pages need of a decoded session. */
export type DecodedSession = {
  userId: string;
  sessionVersion: number;
  /** When the user signed in (seconds). */
  authTime: number | undefined;
};

export const SESSION_CACHE_MS = 60_000;
export const SESSION_CACHE_SIZE = 1_000;

export function createSessionCache(now: () => number = Date.now) {
  const entries = new Map<string, { session: DecodedSession; until: number }>();
  return {
    /** The session the cookie decoded to within the last minute, if any. */
    get(cookie: string): DecodedSession | undefined {
      const entry = entries.get(cookie);
      if (!entry) return undefined;
      if (entry.until <= now()) {
        entries.delete(cookie);
        return undefined;
      }
      return entry.session;
    },
    set(cookie: string, session: DecodedSession): void {
      const end = session.authTime
        ? (session.authTime + SESSION_ABSOLUTE_SECONDS) * 1000
        : Number.POSITIVE_INFINITY;
      const until = Math.min(now() + SESSION_CACHE_MS, end);
      if (until <= now()) return;
      // The oldest entry makes room (a Map keeps the order of insertion).
      if (!entries.has(cookie) && entries.size >= SESSION_CACHE_SIZE) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(cookie, { session, until });
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * The cache's key for a request: a digest of exactly what Auth.js decodes, the whole Cookie
 * header and the forwarded protocol (which picks the `__Secure-` cookie name). Anything less
 * could name a cookie other than the one Auth.js reads (duplicates, look-alike names, chunks,
 * encodings). In a server action `cookies()` already holds the cookies the action set: keyed
 * on those, a new session was once remembered as another user's. Null when the header carries
 * no session cookie at all (then there is nothing to decode). A digest keeps every entry small.
 */
export function sessionCacheKey(
  cookieHeader: string | null,
  forwardedProto: string | null,
): string | null {
  if (!cookieHeader?.includes("authjs.session-token")) return null;
  return createHash("sha256")
    .update(`${forwardedProto ?? ""}\n${cookieHeader}`)
    .digest("base64url");
}
