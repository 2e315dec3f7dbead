import { and, eq, ne } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { sendAccountInvitation } from "@/lib/accounts/account-invitation";
import { defineAction } from "@/lib/action";
import { preferredLocale } from "@/lib/i18n/locales";
import { queueEmail } from "@/lib/notifications/queue";
import { displayName } from "./display-name";
import { claimOrganizationVersion } from "./organization-version";
import { designateFocalPointSchema } from "./schemas";

// One senior official per organization is its focal point (sixth meeting's conclusions,
// para. 7): designating a new one replaces the previous designation. The predecessor loses
// the organization's rights at once and is told; a successor without a password gets the
// account invitation (with what is pending for the organization), others a notice.
export const designateFocalPoint = defineAction({
  name: "organization.designateFocalPoint",
  schema: designateFocalPointSchema,
  capability: "organization.designateFocalPoint",
  async run({ tx, viewer, input, audit, clock }) {
    const now = clock.stamp();
    const organization = await claimOrganizationVersion(tx, {
      organizationId: input.organizationId,
      version: input.version,
      at: now,
    });
    const previous = await tx
      .select({
        userId: memberships.userId,
        email: users.email,
        name: users.name,
        locale: users.locale,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organizationId, input.organizationId),
          eq(memberships.role, "focal_point"),
        ),
      );

    // An existing account keeps its own name and title; a new one cannot sign in until
    // a password is set for it.
    await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        jobTitle: input.jobTitle,
        // Written to in the language the secretariat chose, else the organization's working
        // language, until they choose their own.
        locale: input.locale ?? preferredLocale(organization.languages),
      })
      .onConflictDoNothing();
    const [person] = await tx
      .select({ id: users.id, name: users.name, locale: users.locale })
      .from(users)
      .where(eq(users.email, input.email));
    if (!person) throw new Error("focal point account vanished inside the transaction");

    await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.organizationId, input.organizationId),
          eq(memberships.role, "focal_point"),
          ne(memberships.userId, person.id),
        ),
      );
    await tx
      .insert(memberships)
      .values({
        userId: person.id,
        role: "focal_point",
        organizationId: input.organizationId,
        createdAt: now,
      })
      .onConflictDoNothing();

    const alreadyFocalPoint = previous.some((p) => p.userId === person.id);
    if (!alreadyFocalPoint) {
      const invited = await sendAccountInvitation(tx, {
        userId: person.id,
        invitedById: viewer.id,
      });
      if (!invited) {
        await queueEmail(tx, {
          to: input.email,
          locale: person.locale,
          template: "focalPointDesignated",
          values: { name: person.name, organization: displayName(organization, person.locale) },
          related: { entity: "organization", id: input.organizationId },
        });
      }
      for (const predecessor of previous.filter((p) => p.userId !== person.id)) {
        await queueEmail(tx, {
          to: predecessor.email,
          locale: predecessor.locale,
          template: "focalPointReplaced",
          values: {
            name: predecessor.name,
            organization: displayName(organization, predecessor.locale),
            successor: person.name,
          },
          related: { entity: "organization", id: input.organizationId },
        });
      }
    }
    await audit({
      action: "organization.designateFocalPoint",
      entity: "organization",
      entityId: input.organizationId,
      before: { focalPoints: previous.map((p) => p.email) },
      after: { focalPoints: [input.email] },
    });
    return { userId: person.id, version: organization.version };
  },
  revalidate: (input) => ["/organizations", `/organizations/${input.organizationId}`],
});
