import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";
import { claimOrganizationVersion } from "./organization-version";
import { removeFocalPointSchema } from "./schemas";

/** The organization is left without a focal point until the secretariat designates another. */
export const removeFocalPoint = defineAction({
  name: "organization.removeFocalPoint",
  schema: removeFocalPointSchema,
  capability: "organization.removeFocalPoint",
  async run({ tx, input, audit, clock }) {
    const organization = await claimOrganizationVersion(tx, {
      organizationId: input.organizationId,
      version: input.version,
      at: clock.stamp(),
    });
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
