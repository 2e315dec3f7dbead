import { createHmac, timingSafeEqual } from "node:crypto";
import { resolveAuthSecret } from "./secret";

// After "sign out everywhere else" or a password change the user's session version moves on,
// which ends every session, including the one in use. That one is re-issued for the new
// version by Auth.js's update (lib/auth/index.ts, trigger "update"), which a browser can also
// call with data of its choosing: so the update must carry a grant only the server can make,
// valid for one user, one version and one minute.

const LIFETIME_MS = 60_000;

function sign(payload: string): string {
  return createHmac("sha256", `${resolveAuthSecret()}:session-grant`)
    .update(payload)
    .digest("base64url");
}

export function makeSessionGrant(userId: string, version: number, now = Date.now()): string {
  const payload = `${userId}.${version}.${now + LIFETIME_MS}`;
  return `${payload}.${sign(payload)}`;
}

/** The version a grant allows for this user, or null when it is forged, foreign or stale. */
export function readSessionGrant(grant: unknown, userId: string, now = Date.now()): number | null {
  if (typeof grant !== "string") return null;
  const parts = grant.split(".");
  if (parts.length !== 4) return null;
  const [id, version, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(`${id}.${version}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (id !== userId || Number(expires) < now) return null;
  const v = Number(version);
  return Number.isInteger(v) && v > 0 ? v : null;
}
