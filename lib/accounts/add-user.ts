import { eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import { sendAccountInvitation } from "./account-invitation";
import { addUserSchema } from "./schemas";

// The secretariat adds a colleague (secretariat) or a participant; focal points and chairs
// are added where they are designated (an organization's page, a body's page).
export const addUser = defineAction({
  name: "account.addUser",
  schema: addUserSchema,
  capability: "account.manage",
  async run({ tx, viewer, input, audit }) {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, input.email));
    if (existing) throw new ValidationError({ email: ["emailTaken"] });
    const [user] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        jobTitle: input.jobTitle,
        locale: input.locale,
      })
      .returning({ id: users.id });
    if (!user) throw new Error("user not created");
    await tx.insert(memberships).values({ userId: user.id, role: input.role });
    await sendAccountInvitation(tx, { userId: user.id, invitedById: viewer.id });
    await audit({
      action: "account.addUser",
      entity: "user",
      entityId: user.id,
      after: { name: input.name, email: input.email, role: input.role, locale: input.locale },
    });
    return { userId: user.id };
  },
  revalidate: () => ["/users"],
});
