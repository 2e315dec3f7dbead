import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { bodies, bodyMembers, organizations } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { setMembersSchema } from "./schemas";

/**
 * Sets a body's member organizations to the list given, against the body's version. Members
 * that stay keep the date they joined; new ones join today (lib/clock.ts).
 */
export const setMembers = defineAction({
  name: "body.setMembers",
  schema: setMembersSchema,
  capability: "body.manage",
  async run({ tx, input, audit, clock }) {
    const at = clock.stamp();
    const [claimed] = await tx
      .update(bodies)
      .set({ version: sql`${bodies.version} + 1`, updatedAt: at })
      .where(and(eq(bodies.id, input.bodyId), eq(bodies.version, input.version)))
      .returning({ version: bodies.version });
    if (!claimed) {
      const [current] = await tx
        .select({ version: bodies.version })
        .from(bodies)
        .where(eq(bodies.id, input.bodyId));
      if (!current) throw new NotFoundError();
      throw new ConflictError(current);
    }
    const wanted = [...new Set(input.organizationIds)];
    if (wanted.length > 0) {
      const known = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(inArray(organizations.id, wanted));
      if (known.length !== wanted.length)
        throw new ValidationError({ organizationIds: ["unknownOrganization"] });
    }
    const before = await tx
      .select({ id: bodyMembers.organizationId })
      .from(bodyMembers)
      .where(eq(bodyMembers.bodyId, input.bodyId));
    await tx
      .delete(bodyMembers)
      .where(
        wanted.length > 0
          ? and(
              eq(bodyMembers.bodyId, input.bodyId),
              notInArray(bodyMembers.organizationId, wanted),
            )
          : eq(bodyMembers.bodyId, input.bodyId),
      );
    if (wanted.length > 0) {
      await tx
        .insert(bodyMembers)
        .values(
          wanted.map((organizationId) => ({ bodyId: input.bodyId, organizationId, joinedAt: at })),
        )
        .onConflictDoNothing();
    }
    await audit({
      action: "body.setMembers",
      entity: "body",
      entityId: input.bodyId,
      before: { members: before.map((b) => b.id) },
      after: { members: wanted },
    });
    return { version: claimed.version, members: wanted.length };
  },
  revalidate: (input) => ["/bodies", `/bodies/${input.bodyId}`],
});
