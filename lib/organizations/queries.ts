import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { bodies, bodyMembers, memberships, organizations, users } from "@/db/schema";
import type { OrganizationKind } from "@/db/schema/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { byDisplayName, displayName, displayNameSql } from "./display-name";

/** The directory, filtered by kind and by a name search; focal points come in the same query. */
export async function listOrganizations(
  db: DbOrTx,
  viewer: Viewer,
  filter: { kind?: OrganizationKind; q?: string } = {},
) {
  if (!can(viewer, "organization.read")) throw new ForbiddenError();
  const conditions = [];
  if (filter.kind) conditions.push(eq(organizations.kind, filter.kind));
  const shown = displayNameSql(viewer.locale);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Found by the name shown, the English name or the short name.
    conditions.push(
      or(
        ilike(shown, pattern),
        ilike(organizations.name, pattern),
        ilike(organizations.shortName, pattern),
      ),
    );
  }
  const rows = await db
    .select({
      id: organizations.id,
      name: shown,
      englishName: organizations.name,
      shortName: organizations.shortName,
      kind: organizations.kind,
      headquarters: organizations.headquarters,
      active: organizations.active,
      focalPoints: sql<string[]>`coalesce(
        (select array_agg(u.name order by u.name) from ${memberships} m
           join ${users} u on u.id = m.user_id
          where m.organization_id = ${organizations}.id and m.role = 'focal_point' and u.active),
        '{}')`,
    })
    .from(organizations)
    .where(conditions.length > 0 ? and(...conditions) : undefined);
  // In the order of the reader's language (a collation the database may not have).
  return byDisplayName(rows, viewer.locale);
}

export async function getOrganization(db: DbOrTx, viewer: Viewer, id: string) {
  if (!can(viewer, "organization.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!organization) throw new NotFoundError();
  const [focalPoints, memberOf] = await Promise.all([
    db
      .select({
        userId: users.id,
        name: users.name,
        email: users.email,
        jobTitle: users.jobTitle,
        active: users.active,
        canSignIn: sql<boolean>`${users.passwordHash} is not null`,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, id), eq(memberships.role, "focal_point")))
      .orderBy(asc(users.name)),
    db
      .select({ id: bodies.id, name: bodies.name, kind: bodies.kind })
      .from(bodyMembers)
      .innerJoin(bodies, eq(bodies.id, bodyMembers.bodyId))
      .where(eq(bodyMembers.organizationId, id))
      .orderBy(asc(bodies.kind), asc(bodies.name)),
  ]);
  return {
    ...organization,
    displayName: displayName(organization, viewer.locale),
    focalPoints,
    memberOf,
  };
}

/**
 * How many active organizations there are, and how many of them have no focal point: columns
 * over the active organizations, for a query that reads them with others (the dashboard's).
 */
export const organizationCounts = {
  total: sql<number>`count(*)::int`,
  withoutFocalPoint: sql<number>`count(*) filter (where not exists (
        select 1 from ${memberships} m where m.organization_id = ${organizations}.id
        and m.role = 'focal_point'))::int`,
};

/** Active organizations by name, for choosing some in a form. */
export async function organizationOptions(db: DbOrTx) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.active, true))
    .orderBy(asc(organizations.name));
}
