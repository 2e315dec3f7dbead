import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { setLocaleSchema } from "./schemas";

/** Remembers the interface language on the user, so it follows them to any device. */
export const setOwnLocale = defineAction({
  name: "profile.setLocale",
  schema: setLocaleSchema,
  capability: "profile.updateOwn",
  async run({ tx, viewer, input, audit }) {
    await tx
      .update(users)
      .set({ locale: input.locale, updatedAt: new Date() })
      .where(eq(users.id, viewer.id));
    await audit({
      action: "profile.setLocale",
      entity: "user",
      entityId: viewer.id,
      before: { locale: viewer.locale },
      after: { locale: input.locale },
    });
    return { locale: input.locale };
  },
  revalidate: () => ["/"],
});
