import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { calendarFeedTokens, users } from "@/db/schema";

// A private calendar URL per user, for Outlook or Google Calendar. Only a hash of the token
// is stored: the URL is shown once, when it is made. Making a new one revokes the old one.
// Feed tokens are not domain events: their times are real time, like sessions.

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The active user a feed token belongs to, or null (unknown, revoked, or user inactive). */
export async function userForFeedToken(db: DbOrTx, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ userId: calendarFeedTokens.userId })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .where(
      and(
        eq(calendarFeedTokens.tokenHash, hashToken(token)),
        isNull(calendarFeedTokens.revokedAt),
        eq(users.active, true),
      ),
    );
  return row?.userId ?? null;
}

/** The user's current calendar address (when it was made), or null when there is none. */
export async function activeFeed(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeedTokens.createdAt })
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)));
  return row ?? null;
}
