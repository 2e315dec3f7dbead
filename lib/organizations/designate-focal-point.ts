import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { queueEmail } from "@/lib/notifications/queue";
import { designateFocalPointSchema, removeFocalPointSchema } from "./schemas";

/** Claims the organization's current version, or reports who saved in between. */
async function bumpOrganizationVersion(tx: Tx, organizationId: string, version: number) {
  const [claimed] = await tx
    .update(organizations)
    .set({ version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organizations.id, organizationId), eq(organizations.version, version)))
    .returning({ name: organizations.name, version: organizations.version });
  if (claimed) return claimed;
  const [current] = await tx
    .select({ version: organizations.version, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!current) throw new NotFoundError();
  throw new ConflictError(current);
}

// One senior official per organization is its focal point (sixth meeting's conclusions,
// para. 7): designating a new one replaces the previous designation.
export const designateFocalPoint = defineAction({
  name: "organization.designateFocalPoint",
  schema: designateFocalPointSchema,
  capability: "organization.designateFocalPoint",
  async run({ tx, input, audit }) {
    const organization = await bumpOrganizationVersion(tx, input.organizationId, input.version);
    const previous = await tx
      .select({ userId: memberships.userId, email: users.email })
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
      .values({ email: input.email, name: input.name, jobTitle: input.jobTitle })
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
      .values({ userId: person.id, role: "focal_point", organizationId: input.organizationId })
      .onConflictDoNothing();

    const alreadyFocalPoint = previous.some((p) => p.userId === person.id);
    if (!alreadyFocalPoint) {
      await queueEmail(tx, {
        to: input.email,
        locale: person.locale,
        template: "focalPointDesignated",
        values: { name: person.name, organization: organization.name },
        related: { entity: "organization", id: input.organizationId },
      });
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

export const removeFocalPoint = defineAction({
  name: "organization.removeFocalPoint",
  schema: removeFocalPointSchema,
  capability: "organization.removeFocalPoint",
  async run({ tx, input, audit }) {
    const organization = await bumpOrganizationVersion(tx, input.organizationId, input.version);
    const removed = await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.organizationId, input.organizationId),
          eq(memberships.role, "focal_point"),
          eq(memberships.userId, input.userId),
        ),
      )
      .returning({ userId: memberships.userId });
    if (removed.length === 0) throw new NotFoundError();
    await audit({
      action: "organization.removeFocalPoint",
      entity: "organization",
      entityId: input.organizationId,
      before: { focalPoint: input.userId },
      after: { focalPoint: null },
    });
    return { version: organization.version };
  },
  revalidate: (input) => ["/organizations", `/organizations/${input.organizationId}`],
});
