import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invitations, meetings, memberships, organizations, users } from "@/db/schema";
import type { InvitationStatus, OrganizationKind } from "@/db/schema/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { displayNameSql } from "@/lib/organizations/display-name";
import { effectiveReplyDeadline } from "./reply-deadline";

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/** The secretariat's view of one meeting's invitations: counts, then one row per organization. */
export async function getInvitationOverview(
  db: DbOrTx,
  viewer: Viewer,
  meetingId: string,
  filter: { status?: InvitationStatus; kind?: OrganizationKind } = {},
) {
  if (!can(viewer, "invitation.manage")) throw new ForbiddenError();
  if (!isUuid(meetingId)) throw new NotFoundError();
  const [meeting] = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      status: meetings.status,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      timeZone: meetings.timeZone,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new NotFoundError();
  const conditions = [eq(invitations.meetingId, meetingId)];
  if (filter.status) conditions.push(eq(invitations.status, filter.status));
  if (filter.kind) conditions.push(eq(organizations.kind, filter.kind));
  const [counts, rows, uninvited] = await Promise.all([
    db
      .select({
        invited: sql<number>`count(*)::int`,
        confirmed: sql<number>`count(*) filter (where ${invitations.status} = 'confirmed')::int`,
        declined: sql<number>`count(*) filter (where ${invitations.status} = 'declined')::int`,
        pending: sql<number>`count(*) filter (where ${invitations.status} = 'pending')::int`,
        headsAttending: sql<number>`count(*) filter (where ${invitations.status} = 'confirmed' and ${invitations.headAttending})::int`,
        delegates: sql<number>`coalesce(sum(jsonb_array_length(${invitations.delegation})) filter (where ${invitations.status} = 'confirmed'), 0)::int`,
        attended: sql<number>`count(*) filter (where ${invitations.attended})::int`,
        headsPresent: sql<number>`count(*) filter (where ${invitations.headPresent})::int`,
      })
      .from(invitations)
      .where(eq(invitations.meetingId, meetingId)),
    db
      .select({
        id: invitations.id,
        organizationId: organizations.id,
        organizationName: displayNameSql(viewer.locale),
        shortName: organizations.shortName,
        kind: organizations.kind,
        status: invitations.status,
        representationLevel: invitations.representationLevel,
        headAttending: invitations.headAttending,
        delegationSize: sql<number>`jsonb_array_length(${invitations.delegation})`,
        repliedAt: invitations.repliedAt,
        enteredBySecretariat: invitations.enteredBySecretariat,
        lastRemindedAt: invitations.lastRemindedAt,
        attended: invitations.attended,
        headPresent: invitations.headPresent,
        focalPoints: sql<
          string[]
        >`coalesce((select array_agg(u.name order by u.name) from ${memberships} m
          join ${users} u on u.id = m.user_id
          where m.organization_id = ${organizations}.id and m.role = 'focal_point' and u.active), '{}')`,
      })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
      .where(and(...conditions))
      .orderBy(asc(displayNameSql(viewer.locale))),
    db
      .select({ id: organizations.id, name: displayNameSql(viewer.locale) })
      .from(organizations)
      .where(
        and(
          eq(organizations.active, true),
          sql`not exists (select 1 from ${invitations} i where i.organization_id = ${organizations}.id and i.meeting_id = ${meetingId})`,
        ),
      )
      .orderBy(asc(displayNameSql(viewer.locale))),
  ]);
  return { meeting, counts: counts[0] ?? null, rows, uninvited };
}

/** One invitation, to its organization's focal point or the secretariat only. */
export async function getInvitation(db: DbOrTx, viewer: Viewer, invitationId: string) {
  if (!isUuid(invitationId)) throw new NotFoundError();
  const [row] = await db
    .select({
      id: invitations.id,
      version: invitations.version,
      status: invitations.status,
      representationLevel: invitations.representationLevel,
      headAttending: invitations.headAttending,
      headName: invitations.headName,
      headTitle: invitations.headTitle,
      delegation: invitations.delegation,
      remarks: invitations.remarks,
      replyDeadline: effectiveReplyDeadline,
      repliedAt: invitations.repliedAt,
      enteredBySecretariat: invitations.enteredBySecretariat,
      repliedByName: users.name,
      organizationId: organizations.id,
      organizationName: displayNameSql(viewer.locale),
      organizationHeadName: organizations.headName,
      organizationHeadTitle: organizations.headTitle,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingStatus: meetings.status,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      venue: meetings.venue,
      timeZone: meetings.timeZone,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
    .leftJoin(users, eq(users.id, invitations.repliedById))
    .where(eq(invitations.id, invitationId));
  // Another organization's invitation is reported as missing, telling nothing about it.
  if (!row || !can(viewer, "invitation.readFor", { organizationId: row.organizationId }))
    throw new NotFoundError();
  return row;
}

/** The invitations of the viewer's own organizations (a focal point's list), newest meeting first. */
export async function invitationsForViewer(db: DbOrTx, viewer: Viewer) {
  const organizationIds = viewer.grants.flatMap((g) =>
    g.role === "focal_point" && g.organizationId ? [g.organizationId] : [],
  );
  if (organizationIds.length === 0) return [];
  return db
    .select({
      id: invitations.id,
      status: invitations.status,
      replyDeadline: effectiveReplyDeadline,
      organizationName: displayNameSql(viewer.locale),
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      // With replyDeadline, what replyWindow() (./windows.ts) needs to say whether a reply is due.
      meetingStatus: meetings.status,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      datesApproximate: meetings.datesApproximate,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
    .where(inArray(invitations.organizationId, organizationIds))
    .orderBy(sql`${meetings.startsOn} desc nulls last`, asc(displayNameSql(viewer.locale)));
}

/** The list of participants: confirmed organizations, alphabetically as the UN lists them. */
export async function listParticipants(db: DbOrTx, viewer: Viewer, meetingId: string) {
  if (!can(viewer, "invitation.manage")) throw new ForbiddenError();
  if (!isUuid(meetingId)) throw new NotFoundError();
  const [meeting] = await db
    .select({
      id: meetings.id,
      title: meetings.title,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      venue: meetings.venue,
      datesApproximate: meetings.datesApproximate,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new NotFoundError();
  const rows = await db
    .select({
      organizationName: displayNameSql(viewer.locale),
      shortName: organizations.shortName,
      representationLevel: invitations.representationLevel,
      headAttending: invitations.headAttending,
      headName: invitations.headName,
      headTitle: invitations.headTitle,
      delegation: invitations.delegation,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(and(eq(invitations.meetingId, meetingId), eq(invitations.status, "confirmed")))
    .orderBy(asc(displayNameSql(viewer.locale)));
  return { meeting, rows };
}
