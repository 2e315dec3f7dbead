import "server-only";
import { differenceInCalendarMonths, parseISO } from "date-fns";
import { and, asc, eq, gt, gte, inArray, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  bodies,
  bodyMembers,
  decisions,
  invitations,
  meetings,
  organizations,
  outbox,
  scSessions,
} from "@/db/schema";
import type { MeetingStatus } from "@/db/schema/enums";
import { can, hasRole, type Viewer } from "@/lib/auth/permissions";
import type { Clock } from "@/lib/clock";
import { invitationsForViewer } from "@/lib/invitations/queries";
import { effectiveReplyDeadline } from "@/lib/invitations/reply-deadline";
import { replyWindow } from "@/lib/invitations/windows";
import { nextOrLatestMeeting, upcomingDeadlines } from "@/lib/meetings/queries";
import { displayNameSql } from "@/lib/organizations/display-name";
import { organizationCounts } from "@/lib/organizations/queries";
import { myTasks } from "@/lib/tasks/queries";

/** What needs the viewer now: the meeting in view and the counts that matter to their role. */
export async function getDashboard(db: DbOrTx, viewer: Viewer, clock: Clock) {
  const organizationIds = viewer.grants.flatMap((g) =>
    g.role === "focal_point" && g.organizationId ? [g.organizationId] : [],
  );
  const bodyIds = viewer.grants.flatMap((g) => (g.role === "chair" && g.bodyId ? [g.bodyId] : []));

  const [
    meetingInView,
    nextCouncilMeeting,
    secretariat,
    ownBodies,
    organizationRows,
    deadlines,
    invitationRows,
    pendingInvitations,
  ] = await Promise.all([
    nextOrLatestMeeting(db, clock),
    db
      .select({
        id: scSessions.id,
        meetingDate: scSessions.meetingDate,
        meetingNumber: scSessions.meetingNumber,
        format: scSessions.format,
        title: scSessions.title,
        presidency: scSessions.presidency,
      })
      .from(scSessions)
      .where(
        and(
          eq(scSessions.withRegionalOrganizations, true),
          gte(scSessions.meetingDate, clock.today),
        ),
      )
      .orderBy(asc(scSessions.meetingDate))
      .limit(1)
      .then((rows) => rows[0] ?? null),
    hasRole(viewer, "secretariat") ? secretariatCounts(db, viewer, clock) : null,
    bodyIds.length
      ? db
          .select({
            id: bodies.id,
            name: bodies.name,
            kind: bodies.kind,
            members: sql<number>`(select count(*)::int from ${bodyMembers} bm where bm.body_id = ${bodies}.id)`,
            decisions: sql<number>`(select count(*)::int from ${decisions} d where d.responsible_body_id = ${bodies}.id)`,
          })
          .from(bodies)
          .where(inArray(bodies.id, bodyIds))
          .orderBy(asc(bodies.name))
      : [],
    organizationIds.length
      ? db
          .select({
            id: organizations.id,
            name: displayNameSql(viewer.locale),
            shortName: organizations.shortName,
            workingGroups: sql<number>`(select count(*)::int from ${bodyMembers} bm
                join ${bodies} b on b.id = bm.body_id
                where bm.organization_id = ${organizations}.id and b.kind = 'working_group')`,
          })
          .from(organizations)
          .where(inArray(organizations.id, organizationIds))
          .orderBy(asc(displayNameSql(viewer.locale)))
      : [],
    upcomingDeadlines(db, viewer, clock),
    invitationsForViewer(db, viewer),
    organizationIds.length
      ? db
          .select({
            organizationId: invitations.organizationId,
            replyDeadline: effectiveReplyDeadline,
            meetingStatus: meetings.status,
          })
          .from(invitations)
          .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
          .where(
            and(
              inArray(invitations.organizationId, organizationIds),
              eq(invitations.status, "pending"),
            ),
          )
      : [],
  ]);
  const tasksOfMine = await myTasks(db, viewer, clock);
  // A reply is still due while the focal point may send it: the rule the reply command checks
  // (lib/invitations/windows.ts), not one of the dashboard's own.
  const replyDue = (invitation: { replyDeadline: Date | null; meetingStatus: MeetingStatus }) =>
    replyWindow(invitation, viewer, clock).reason === null;
  const ownOrganizations = organizationRows.map((organization) => ({
    ...organization,
    awaitingReply: pendingInvitations.filter(
      (i) => i.organizationId === organization.id && replyDue(i),
    ).length,
  }));
  // A focal point's invitations that still need a reply, soonest deadline first.
  const awaitingReply = invitationRows
    .filter((i) => i.status === "pending" && replyDue(i))
    .sort(
      (a, b) => (a.replyDeadline?.getTime() ?? Infinity) - (b.replyDeadline?.getTime() ?? Infinity),
    );

  const monthsSinceLatest =
    meetingInView?.kind === "latest" && meetingInView.meeting.endsOn
      ? differenceInCalendarMonths(parseISO(clock.today), parseISO(meetingInView.meeting.endsOn))
      : null;

  return {
    meetingInView,
    monthsSinceLatest,
    nextCouncilMeeting,
    secretariat,
    ownBodies,
    ownOrganizations,
    deadlines,
    awaitingReply,
    myTasks: tasksOfMine,
  };
}

/** The secretariat's four counts, in one statement. */
async function secretariatCounts(db: DbOrTx, viewer: Viewer, clock: Clock) {
  const [row] = await db
    .select({
      ...organizationCounts,
      // The bodies at work today, as the Bodies page lists them first (closed ones apart).
      bodies: sql<number>`(select count(*)::int from ${bodies}
        where ${or(isNull(bodies.activeTo), gt(bodies.activeTo, clock.today))})`,
      outboxPending: can(viewer, "outbox.read")
        ? sql<number>`(select count(*)::int from ${outbox} where ${eq(outbox.status, "pending")})`
        : sql<number>`0`,
    })
    .from(organizations)
    .where(eq(organizations.active, true));
  return {
    organizations: row?.total ?? 0,
    withoutFocalPoint: row?.withoutFocalPoint ?? 0,
    bodies: row?.bodies ?? 0,
    outboxPending: row?.outboxPending ?? 0,
  };
}
