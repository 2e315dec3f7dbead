import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";
import { preferencesSchema } from "./schemas";

// The interface language and the time zone every date and time is shown in, for this user.
export const updatePreferences = defineAction({
  name: "account.updatePreferences",
  schema: preferencesSchema,
  capability: "profile.updateOwn",
  async run({ tx, viewer, input, audit, unchanged }) {
    const before = { locale: viewer.locale, timeZone: viewer.timeZone };
    if (before.locale === input.locale && before.timeZone === input.timeZone) {
      unchanged();
      return input;
    }
    const [after] = await tx
      .update(users)
      .set({ locale: input.locale, timeZone: input.timeZone, updatedAt: new Date() })
      .where(eq(users.id, viewer.id))
      .returning({ locale: users.locale, timeZone: users.timeZone });
    if (!after) throw new NotFoundError();
    await audit({
      action: "account.updatePreferences",
      entity: "user",
      entityId: viewer.id,
      before,
      after,
    });
    return after;
  },
  revalidate: () => ["/", "/profile"],
});
