import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { reports } from "@/db/schema";
import type { Scope } from "@/lib/auth/permissions";

/**
 * The body a report belongs to, for the permission check of the commands on it. An unknown
 * report has no body: the chairs' check then fails like any other body's would.
 */
export async function reportScope(tx: DbOrTx, reportId: string): Promise<Scope> {
  const [row] = await tx
    .select({ bodyId: reports.bodyId })
    .from(reports)
    .where(eq(reports.id, reportId));
  return { bodyId: row?.bodyId ?? null };
}
