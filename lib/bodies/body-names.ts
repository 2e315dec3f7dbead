import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { bodies } from "@/db/schema";
import { ValidationError } from "@/lib/errors";

/** The stable handle of a body in URLs and the demo data, from its name. */
export function slugOf(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return base || "body";
}

/** Two bodies never share a name, whatever the case. */
export async function assertFreeName(tx: Tx, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: bodies.id })
    .from(bodies)
    .where(
      sql`lower(${bodies.name}) = lower(${name}) ${exceptId ? sql`and ${bodies.id} <> ${exceptId}` : sql``}`,
    );
  if (clash) throw new ValidationError({ name: ["taken"] });
}
