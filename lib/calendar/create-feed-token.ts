import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { calendarFeedTokens } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { hashToken } from "./feed-tokens";
import { feedTokenSchema } from "./schemas";

/** A new private calendar address for the viewer; the previous one stops working. */
export const createFeedToken = defineAction({
  name: "calendar.createFeed",
  schema: feedTokenSchema,
  capability: "calendar.ownFeed",
  async run({ tx, viewer, audit }) {
    // Real time, not the domain clock: a token is a credential, like a session.
    const now = new Date();
    await tx
      .update(calendarFeedTokens)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeedTokens.userId, viewer.id), isNull(calendarFeedTokens.revokedAt)));
    const token = randomBytes(32).toString("base64url");
    const [row] = await tx
      .insert(calendarFeedTokens)
      .values({ userId: viewer.id, tokenHash: hashToken(token), createdAt: now })
      .returning({ id: calendarFeedTokens.id });
    if (!row) throw new Error("insert returned nothing");
    await audit({ action: "calendar.createFeed", entity: "calendar_feed", entityId: row.id });
    return { token };
  },
  revalidate: () => ["/profile"],
});
