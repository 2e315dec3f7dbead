import "server-only";
import { and, asc, count, desc, eq, gt, ilike, isNull, not, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  bodies,
  bodyMandateVersions,
  bodyMembers,
  decisions,
  meetings,
  memberships,
  organizations,
  users,
} from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { containsPattern } from "@/lib/lists/contains";

export const BODY_PAGE_SIZE = 50;

/**
 * The standing committee and the working groups, with chairs and member counts in one query:
 * those open on `today` or those closed, whose name contains `name`, a page at a time (a
 * decade of task forces is thousands of bodies, most of them closed).
 */
export async function listBodies(
  db: DbOrTx,
  viewer: Viewer,
  {
    today,
    closed = false,
    name,
    page = 1,
  }: { today: string; closed?: boolean; name?: string; page?: number },
) {
  if (!can(viewer, "body.read")) throw new ForbiddenError();
  const open = or(isNull(bodies.activeTo), gt(bodies.activeTo, today));
  const where = and(
    closed ? not(open as SQL) : open,
    name ? ilike(bodies.name, containsPattern(name)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: bodies.id,
        kind: bodies.kind,
        name: bodies.name,
        mandate: bodies.mandate,
        activeTo: bodies.activeTo,
        chairs: sql<
          string[]
        >`coalesce((select array_agg(u.name order by u.name) from ${memberships} m
        join ${users} u on u.id = m.user_id where m.body_id = ${bodies}.id and m.role = 'chair'), '{}')`,
        members: sql<number>`(select count(*)::int from ${bodyMembers} bm where bm.body_id = ${bodies}.id)`,
        decisions: sql<number>`(select count(*)::int from ${decisions} d where d.responsible_body_id = ${bodies}.id)`,
      })
      .from(bodies)
      .where(where)
      .orderBy(asc(bodies.kind), asc(bodies.name), asc(bodies.id))
      .limit(BODY_PAGE_SIZE)
      .offset((page - 1) * BODY_PAGE_SIZE),
    db.select({ n: count() }).from(bodies).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: BODY_PAGE_SIZE };
}

export async function getBody(db: DbOrTx, viewer: Viewer, id: string) {
  if (!can(viewer, "body.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const [body] = await db.select().from(bodies).where(eq(bodies.id, id));
  if (!body) throw new NotFoundError();
  const [chairs, members, bodyDecisions, mandateVersions] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, jobTitle: users.jobTitle })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.bodyId, id), eq(memberships.role, "chair")))
      .orderBy(asc(users.name)),
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        shortName: organizations.shortName,
      })
      .from(bodyMembers)
      .innerJoin(organizations, eq(organizations.id, bodyMembers.organizationId))
      .where(eq(bodyMembers.bodyId, id))
      .orderBy(asc(organizations.name)),
    db
      .select({
        id: decisions.id,
        title: decisions.title,
        position: decisions.position,
        meetingId: meetings.id,
        meetingNumber: meetings.sequenceNumber,
      })
      .from(decisions)
      .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
      .where(eq(decisions.responsibleBodyId, id))
      .orderBy(asc(meetings.sequenceNumber), asc(decisions.position)),
    db
      .select({
        version: bodyMandateVersions.version,
        text: bodyMandateVersions.text,
        agreedOn: bodyMandateVersions.agreedOn,
      })
      .from(bodyMandateVersions)
      .where(eq(bodyMandateVersions.bodyId, id))
      .orderBy(desc(bodyMandateVersions.version)),
  ]);
  return {
    ...body,
    chairs,
    members,
    decisions: bodyDecisions,
    mandateVersions,
  };
}

/** Names of the committee and the working groups, for choosing one in a form. */
export async function bodyOptions(db: DbOrTx) {
  return db
    .select({ id: bodies.id, name: bodies.name })
    .from(bodies)
    .orderBy(asc(bodies.kind), asc(bodies.name));
}
