import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { organizations } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";

/**
 * Claims the organization's version for a change of its focal point (the designation is
 * part of the organization's record), or reports the version saved in between.
 */
export async function claimOrganizationVersion(
  tx: Tx,
  { organizationId, version, at }: { organizationId: string; version: number; at: Date },
) {
  const [claimed] = await tx
    .update(organizations)
    .set({ version: sql`${organizations.version} + 1`, updatedAt: at })
    .where(and(eq(organizations.id, organizationId), eq(organizations.version, version)))
    .returning({
      name: organizations.name,
      names: organizations.names,
      languages: organizations.languages,
      version: organizations.version,
    });
  if (claimed) return claimed;
  const [current] = await tx
    .select({ version: organizations.version, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!current) throw new NotFoundError();
  throw new ConflictError(current);
}
