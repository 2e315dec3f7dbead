import { and, eq, inArray, max, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  bodies,
  bodyMandateVersions,
  bodyMembers,
  memberships,
  organizations,
  users,
} from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  appointChairSchema,
  createBodySchema,
  removeChairSchema,
  setMembersSchema,
  updateBodySchema,
} from "./schemas";

function slugOf(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return base || "body";
}

async function assertFreeName(tx: Tx, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: bodies.id })
    .from(bodies)
    .where(
      sql`lower(${bodies.name}) = lower(${name}) ${exceptId ? sql`and ${bodies.id} <> ${exceptId}` : sql``}`,
    );
  if (clash) throw new ValidationError({ name: ["taken"] });
}

/** Keeps each agreed text of the terms of reference when it is revised. */
async function recordMandate(tx: Tx, bodyId: string, text: string, agreedOn: string) {
  const [last] = await tx
    .select({ version: max(bodyMandateVersions.version) })
    .from(bodyMandateVersions)
    .where(eq(bodyMandateVersions.bodyId, bodyId));
  await tx
    .insert(bodyMandateVersions)
    .values({ bodyId, version: (last?.version ?? 0) + 1, text, agreedOn });
}

export const createBody = defineAction({
  name: "body.create",
  schema: createBodySchema,
  capability: "body.manage",
  async run({ tx, input, audit, clock }) {
    await assertFreeName(tx, input.name);
    let slug = slugOf(input.name);
    const [taken] = await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, slug));
    if (taken) slug = `${slug}-${crypto.randomUUID().slice(0, 8)}`;
    const [body] = await tx
      .insert(bodies)
      .values({ ...input, slug })
      .returning({ id: bodies.id });
    if (!body) throw new Error("insert returned nothing");
    if (input.mandate) await recordMandate(tx, body.id, input.mandate, clock.today);
    await audit({ action: "body.create", entity: "body", entityId: body.id, after: input });
    return { id: body.id };
  },
  revalidate: () => ["/bodies"],
});

export const updateBody = defineAction({
  name: "body.update",
  schema: updateBodySchema,
  capability: "body.manage",
  async run({ tx, input, audit, clock }) {
    const { id, version, ...changes } = input;
    const [before] = await tx
      .select({
        name: bodies.name,
        mandate: bodies.mandate,
        activeFrom: bodies.activeFrom,
        activeTo: bodies.activeTo,
        version: bodies.version,
      })
      .from(bodies)
      .where(eq(bodies.id, id));
    if (!before) throw new NotFoundError();
    await assertFreeName(tx, changes.name, id);
    const [after] = await tx
      .update(bodies)
      .set({ ...changes, version: sql`${bodies.version} + 1`, updatedAt: new Date() })
      .where(and(eq(bodies.id, id), eq(bodies.version, version)))
      .returning({ version: bodies.version });
    if (!after) throw new ConflictError(before);
    if (changes.mandate !== before.mandate)
      await recordMandate(tx, id, changes.mandate, clock.today);
    await audit({ action: "body.update", entity: "body", entityId: id, before, after: changes });
    return { id, version: after.version };
  },
  revalidate: (input) => ["/bodies", `/bodies/${input.id}`],
});

// Appointing a chair gives them their body's rights at once; removing takes them away.
export const appointChair = defineAction({
  name: "body.appointChair",
  schema: appointChairSchema,
  capability: "body.manage",
  async run({ tx, input, audit }) {
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
      .values({ userId: person.id, role: "chair", bodyId: input.bodyId })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    if (inserted.length === 0) throw new ValidationError({ email: ["alreadyChair"] });
    await audit({
      action: "body.appointChair",
      entity: "body",
      entityId: input.bodyId,
      after: { chair: input.email },
    });
    return { userId: person.id };
  },
  revalidate: (input) => ["/bodies", `/bodies/${input.bodyId}`],
});

export const removeChair = defineAction({
  name: "body.removeChair",
  schema: removeChairSchema,
  capability: "body.manage",
  async run({ tx, input, audit }) {
    const removed = await tx
      .delete(memberships)
      .where(
        and(
          eq(memberships.bodyId, input.bodyId),
          eq(memberships.userId, input.userId),
          eq(memberships.role, "chair"),
        ),
      )
      .returning({ id: memberships.id });
    if (removed.length === 0) throw new NotFoundError();
    await audit({
      action: "body.removeChair",
      entity: "body",
      entityId: input.bodyId,
      before: { chair: input.userId },
    });
    return { removed: removed.length };
  },
  revalidate: (input) => ["/bodies", `/bodies/${input.bodyId}`],
});

export const setMembers = defineAction({
  name: "body.setMembers",
  schema: setMembersSchema,
  capability: "body.manage",
  async run({ tx, input, audit }) {
    const [claimed] = await tx
      .update(bodies)
      .set({ version: sql`${bodies.version} + 1`, updatedAt: new Date() })
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
    await tx.delete(bodyMembers).where(eq(bodyMembers.bodyId, input.bodyId));
    if (wanted.length > 0) {
      await tx
        .insert(bodyMembers)
        .values(wanted.map((organizationId) => ({ bodyId: input.bodyId, organizationId })));
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
