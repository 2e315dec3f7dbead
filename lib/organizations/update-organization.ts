import { and, eq, ne, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { organizations } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { updateOrganizationSchema } from "./schemas";

const editable = {
  name: organizations.name,
  shortName: organizations.shortName,
  kind: organizations.kind,
  headquarters: organizations.headquarters,
  languages: organizations.languages,
  headName: organizations.headName,
  headTitle: organizations.headTitle,
  website: organizations.website,
  active: organizations.active,
  names: organizations.names,
  version: organizations.version,
};

async function currentOrganizationValues(tx: Tx, id: string) {
  const [row] = await tx.select(editable).from(organizations).where(eq(organizations.id, id));
  return row;
}

/** Rejects a name or short name another organization already uses, as field errors. */
async function assertUniqueNames(
  tx: Tx,
  { id, name, shortName }: { id: string; name: string; shortName: string | null },
) {
  const clashes = await tx
    .select({ name: organizations.name, shortName: organizations.shortName })
    .from(organizations)
    .where(
      and(
        ne(organizations.id, id),
        or(
          sql`lower(${organizations.name}) = lower(${name})`,
          shortName ? sql`lower(${organizations.shortName}) = lower(${shortName})` : sql`false`,
        ),
      ),
    );
  const fieldErrors: Record<string, string[]> = {};
  for (const clash of clashes) {
    if (clash.name.toLowerCase() === name.toLowerCase()) fieldErrors.name = ["taken"];
    if (shortName && clash.shortName?.toLowerCase() === shortName.toLowerCase()) {
      fieldErrors.shortName = ["taken"];
    }
  }
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);
}

export const updateOrganization = defineAction({
  name: "organization.update",
  schema: updateOrganizationSchema,
  capability: "organization.update",
  async run({ tx, input, audit, clock }) {
    const { id, version, names, ...rest } = input;
    // Names left empty are dropped; a save without the names keeps the stored ones.
    const changes = names
      ? {
          ...rest,
          names: Object.fromEntries(Object.entries(names).filter(([, v]) => !!v)) as Record<
            string,
            string
          >,
        }
      : rest;
    const before = await currentOrganizationValues(tx, id);
    if (!before) throw new NotFoundError();
    await assertUniqueNames(tx, { id, name: changes.name, shortName: changes.shortName });
    // The version check and the write are one statement: a save in between makes it miss.
    const [after] = await tx
      .update(organizations)
      .set({ ...changes, version: sql`${organizations.version} + 1`, updatedAt: clock.stamp() })
      .where(and(eq(organizations.id, id), eq(organizations.version, version)))
      .returning(editable);
    if (!after) throw new ConflictError(before);
    await audit({
      action: "organization.update",
      entity: "organization",
      entityId: id,
      before,
      after,
    });
    return { id, version: after.version };
  },
  revalidate: (input) => ["/organizations", `/organizations/${input.id}`],
});
