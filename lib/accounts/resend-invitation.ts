import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { sendAccountInvitation } from "./account-invitation";
import { userIdSchema } from "./schemas";

// A new link for someone who has not set a password yet; the earlier link stops working.
export const resendInvitation = defineAction({
  name: "account.resendInvitation",
  schema: userIdSchema,
  capability: "account.manage",
  async run({ tx, viewer, input, audit }) {
    const [user] = await tx
      .select({ email: users.email, passwordHash: users.passwordHash, active: users.active })
      .from(users)
      .where(eq(users.id, input.userId));
    if (!user) throw new NotFoundError();
    if (!user.active)
      throw new ValidationError({ _form: ["accountDeactivated"] }, "accountDeactivated");
    if (user.passwordHash)
      throw new ValidationError({ _form: ["accountAlreadyActive"] }, "accountAlreadyActive");
    await sendAccountInvitation(tx, { userId: input.userId, invitedById: viewer.id });
    await audit({
      action: "account.resendInvitation",
      entity: "user",
      entityId: input.userId,
      after: { email: user.email },
    });
    return { email: user.email };
  },
  revalidate: () => ["/users", "/outbox"],
});
