import { eq } from "drizzle-orm";
import { bodies, memberships, users } from "@/db/schema";
import { sendAccountInvitation } from "@/lib/accounts/account-invitation";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { appointChairSchema } from "./schemas";

// Appointing a chair gives them their body's rights at once (lib/auth/permissions.ts); an
// unknown e-mail address gets an account and an e-mail with a link to set its password.
export const appointChair = defineAction({
  name: "body.appointChair",
  schema: appointChairSchema,
  capability: "body.manage",
  async run({ tx, viewer, input, audit, clock }) {
    const [body] = await tx
      .select({ id: bodies.id })
      .from(bodies)
      .where(eq(bodies.id, input.bodyId));
    if (!body) throw new NotFoundError();
    await tx
      .insert(users)
      .values({ email: input.email, name: input.name, jobTitle: input.jobTitle })
      .onConflictDoNothing();
    const [person] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, input.email));
    if (!person) throw new Error("chair account vanished inside the transaction");
    const inserted = await tx
      .insert(memberships)
      .values({ userId: person.id, role: "chair", bodyId: input.bodyId, createdAt: clock.stamp() })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    if (inserted.length === 0) throw new ValidationError({ email: ["alreadyChair"] });
    const invited = await sendAccountInvitation(tx, { userId: person.id, invitedById: viewer.id });
    await audit({
      action: "body.appointChair",
      entity: "body",
      entityId: input.bodyId,
      after: { chair: input.email, accountInvitation: invited },
    });
    return { userId: person.id };
  },
  revalidate: (input) => ["/bodies", `/bodies/${input.bodyId}`],
});
