import { and, eq, isNull } from "drizzle-orm";
import { calendarFeedTokens } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { feedTokenSchema } from "./schemas";

/** The viewer's private calendar address stops working. */
export const revokeFeedToken = defineAction({
  name: "calendar.revokeFeed",
  schema: feedTokenSchema,
  capability: "calendar.ownFeed",
  async run({ tx, viewer, audit }) {
    const revoked = await tx
      .update(calendarFeedTokens)
      // Real time, not the domain clock: a token is a credential, like a session.
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
