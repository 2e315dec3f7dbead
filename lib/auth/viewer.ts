import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, users } from "@/db/schema";
import type { Viewer } from "./permissions";

/**
 * One query: the active user and their grants; null when the account is gone or inactive, or
 * when the session was issued for an earlier session version (signed out everywhere, password
 * changed or reset).
 */
export async function loadViewer(
  db: DbOrTx,
  userId: string,
  session?: { version: number },
): Promise<Viewer | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      timeZone: users.timeZone,
      sessionVersion: users.sessionVersion,
      role: memberships.role,
      organizationId: memberships.organizationId,
      bodyId: memberships.bodyId,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.id, userId), eq(users.active, true)));
  const first = rows[0];
  if (!first) return null;
  if (session && session.version !== first.sessionVersion) return null;
  return {
    id: first.id,
    name: first.name,
    email: first.email,
    locale: first.locale,
    timeZone: first.timeZone,
    grants: rows.flatMap((r) =>
      r.role ? [{ role: r.role, organizationId: r.organizationId, bodyId: r.bodyId }] : [],
    ),
  };
}
