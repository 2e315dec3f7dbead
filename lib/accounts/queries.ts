import "server-only";
import { and, count, desc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { bodies, memberships, organizations, users } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";
import type { UserFilter } from "./schemas";
import { lookupAccountToken } from "./tokens";

export const USERS_PAGE_SIZE = 50;

export type AccountStatus = "invited" | "active" | "deactivated";

/** invited: no password yet; active: can sign in; deactivated: refused whatever the cookie. */
export function accountStatus(user: { active: boolean; hasPassword: boolean }): AccountStatus {
  if (!user.active) return "deactivated";
  return user.hasPassword ? "active" : "invited";
}

const statusWhere: Record<AccountStatus, SQL | undefined> = {
  invited: and(eq(users.active, true), isNull(users.passwordHash)),
  active: and(eq(users.active, true), isNotNull(users.passwordHash)),
  deactivated: eq(users.active, false),
};

/** Every account with its roles, for the secretariat's Users page. */
export async function listUsers(db: DbOrTx, viewer: Viewer, filter: UserFilter) {
  if (!can(viewer, "account.manage")) throw new ForbiddenError();
  const conditions: SQL[] = [];
  if (filter.status) {
    const where = statusWhere[filter.status];
    if (where) conditions.push(where);
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, "\\$&")}%`;
    const match = or(ilike(users.name, like), ilike(users.email, like));
    if (match) conditions.push(match);
  }
  if (filter.role) {
    conditions.push(
      sql`exists (select 1 from ${memberships} m where m.user_id = ${users}.id and m.role = ${filter.role})`,
    );
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const page = filter.page ?? 1;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        jobTitle: users.jobTitle,
        active: users.active,
        hasPassword: sql<boolean>`${users.passwordHash} is not null`,
        lastSignInAt: users.lastSignInAt,
        invitedAt: users.invitedAt,
        roles: sql<{ role: string; organization: string | null; body: string | null }[]>`
          coalesce((select json_agg(json_build_object(
              'role', m.role, 'organization', o.name, 'body', b.name) order by m.role, o.name, b.name)
            from ${memberships} m
            left join ${organizations} o on o.id = m.organization_id
            left join ${bodies} b on b.id = m.body_id
            where m.user_id = ${users}.id), '[]'::json)`,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.active), users.name)
      .limit(USERS_PAGE_SIZE)
      .offset((page - 1) * USERS_PAGE_SIZE),
    db.select({ n: count() }).from(users).where(where),
  ]);
  const n = total?.n ?? 0;
  return {
    rows: rows.map((r) => ({ ...r, status: accountStatus(r) })),
    total: n,
    page,
    pageSize: USERS_PAGE_SIZE,
  };
}

/** The signed-in user's own account facts, for the profile page. */
export async function getOwnAccount(db: DbOrTx, viewer: Viewer) {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      jobTitle: users.jobTitle,
      locale: users.locale,
      timeZone: users.timeZone,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .where(eq(users.id, viewer.id));
  return row ?? null;
}

/** What a password link is worth, for the page it opens (no session needed). */
export async function lookupAccountLink(db: DbOrTx, raw: string) {
  return lookupAccountToken(db, raw);
}
