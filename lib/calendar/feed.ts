import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { calendarFeedTokens, users } from "@/db/schema";
import { defineAction } from "@/lib/action";

// A private calendar URL per user, for Outlook or Google Calendar. Only a hash of the token
// is stored: the URL is shown once, when it is made. Making a new one revokes the old one.

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const emptySchema = z.strictObject({});

export const createFeedToken = defineAction({
  name: "calendar.createFeed",
  schema: emptySchema,
  capability: "calendar.ownFeed",
  async run({ tx, viewer, audit }) {
    const now = new Date();
    await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeedTokens.userId, viewer.id), isNull(calendarFeedTokens.revokedAt)));
    const token = randomBytes(32).toString("base64url");
    const [row] = await tx
      .insert(calendarFeedTokens)
      .values({ userId: viewer.id, tokenHash: hashToken(token) })
      .returning({ id: calendarFeedTokens.id });
    if (!row) throw new Error("insert returned nothing");
    await audit({ action: "calendar.createFeed", entity: "calendar_feed", entityId: row.id });
    return { token };
  },
  revalidate: () => ["/profile"],
});

export const revokeFeedToken = defineAction({
  name: "calendar.revokeFeed",
  schema: emptySchema,
  capability: "calendar.ownFeed",
  async run({ tx, viewer, audit }) {
    const revoked = await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeedTokens.userId, viewer.id), isNull(calendarFeedTokens.revokedAt)))
      .returning({ id: calendarFeedTokens.id });
    await audit({
      action: "calendar.revokeFeed",
      entity: "calendar_feed",
      entityId: revoked[0]?.id ?? viewer.id,
    });
    return { revoked: revoked.length };
  },
  revalidate: () => ["/profile"],
});

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

export async function activeFeed(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeedTokens.createdAt })
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)));
  return row ?? null;
}
