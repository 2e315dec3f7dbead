import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
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

/** The standing committee and the working groups, with chairs and member counts in one query. */
export async function listBodies(db: DbOrTx, viewer: Viewer) {
  if (!can(viewer, "body.read")) throw new ForbiddenError();
  return db
    .select({
      id: bodies.id,
      kind: bodies.kind,
      name: bodies.name,
      mandate: bodies.mandate,
      activeTo: bodies.activeTo,
      chairs: sql<string[]>`coalesce((select array_agg(u.name order by u.name) from ${memberships} m
        join ${users} u on u.id = m.user_id where m.body_id = ${bodies}.id and m.role = 'chair'), '{}')`,
      members: sql<number>`(select count(*)::int from ${bodyMembers} bm where bm.body_id = ${bodies}.id)`,
      decisions: sql<number>`(select count(*)::int from ${decisions} d where d.responsible_body_id = ${bodies}.id)`,
    })
    .from(bodies)
    .orderBy(asc(bodies.kind), asc(bodies.name));
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
