import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";

// Moves the session version on: every session of the account ends (a lost laptop, a shared
// computer); the one in use is re-issued for the new version (lib/accounts/actions.ts).
export const signOutOtherSessions = defineAction({
  name: "account.signOutOtherSessions",
  schema: z.strictObject({}),
  capability: "profile.updateOwn",
  async run({ tx, viewer, audit }) {
    const [after] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, viewer.id))
      .returning({ sessionVersion: users.sessionVersion });
    if (!after) throw new NotFoundError();
    await audit({
      action: "account.signOutOtherSessions",
      entity: "user",
      entityId: viewer.id,
      after: { sessionVersion: after.sessionVersion },
    });
    return { sessionVersion: after.sessionVersion };
  },
});
