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
 * The session cookie (or its chunks) in a Cookie header, as one key; null if none. Read from
 * the very header Auth.js decodes (next-auth's auth() reads headers(), not cookies(), which
 * in a server action already holds the cookies the action set: keyed on those, a refreshed or
 * new session was once remembered as another user's).
 */
export function sessionCookieKey(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const parts = cookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => /^(__Secure-)?authjs\.session-token(\.\d+)?=/.test(pair))
    .sort();
  return parts.length ? parts.join(";") : null;
}
