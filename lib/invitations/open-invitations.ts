import { and, eq, inArray, sql } from "drizzle-orm";
import {
  invitations,
  meetingDeadlines,
  meetings,
  memberships,
  organizations,
  users,
} from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { venueTimeToInstant } from "@/lib/meetings/deadlines";
import { formatForEmail, queueEmail } from "@/lib/notifications/queue";
import { nameInLocaleOf } from "@/lib/organizations/display-name";
import { openInvitationsSchema } from "./schemas";
import { invitationWindow } from "./windows";

// The organization, not the individual, is invited; its focal point(s) are told by e-mail.
export const openInvitations = defineAction({
  name: "invitation.open",
  schema: openInvitationsSchema,
  capability: "invitation.manage",
  async run({ tx, input, audit, clock }) {
    const [meeting] = await tx
      .select({
        id: meetings.id,
        title: meetings.title,
        status: meetings.status,
        timeZone: meetings.timeZone,
        startsOn: meetings.startsOn,
      })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    const inviting = invitationWindow(meeting);
    if (!inviting.open || !meeting.startsOn) {
      const reason = inviting.reason ?? "statusNeedsDates";
      throw new ValidationError({ _form: [reason] }, reason);
    }
    const replyDeadline = venueTimeToInstant(input.replyDeadline, meeting.timeZone);
    if (input.replyDeadline.slice(0, 10) > meeting.startsOn) {
      throw new ValidationError({ replyDeadline: ["deadlineAfterMeeting"] });
    }
    const chosen = await tx
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(and(inArray(organizations.id, input.organizationIds), eq(organizations.active, true)));
    if (chosen.length !== new Set(input.organizationIds).size) {
      throw new ValidationError({ organizationIds: ["unknownOrganization"] });
    }
    // The time the invitations went out, on the domain's clock (lib/clock.ts).
    const now = clock.stamp();
    const created = await tx
      .insert(invitations)
      .values(
        chosen.map((o) => ({
          meetingId: meeting.id,
          organizationId: o.id,
          // No deadline of its own: the invitation follows the meeting's (reply-deadline.ts).
          replyDeadline: null,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: invitations.id, organizationId: invitations.organizationId });

    // The deadline chosen here is the meeting's: every invitation follows it.
    await tx
      .insert(meetingDeadlines)
      .values({
        meetingId: meeting.id,
        kind: "invitation_replies",
        dueAt: replyDeadline,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [meetingDeadlines.meetingId, meetingDeadlines.kind],
        set: { dueAt: replyDeadline, updatedAt: now },
      });
    if (meeting.status === "planned") {
      await tx
        .update(meetings)
        .set({
          status: "invitations_open",
          version: sql`${meetings.version} + 1`,
          updatedAt: now,
        })
        .where(eq(meetings.id, meeting.id));
    }

    const createdIds = created.map((c) => c.organizationId);
    const recipients = createdIds.length
      ? await tx
          .select({
            email: users.email,
            name: users.name,
            locale: users.locale,
            organization: nameInLocaleOf(users.locale),
            invitationId: invitations.id,
          })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
          .innerJoin(
            invitations,
            and(
              eq(invitations.organizationId, organizations.id),
              eq(invitations.meetingId, meeting.id),
            ),
          )
          .where(
            and(
              eq(memberships.role, "focal_point"),
              inArray(memberships.organizationId, createdIds),
              eq(users.active, true),
            ),
          )
      : [];
    for (const person of recipients) {
      await queueEmail(tx, {
        to: person.email,
        locale: person.locale,
        template: "invitationOpened",
        values: {
          name: person.name,
          organization: person.organization,
          meeting: meeting.title,
          deadline: formatForEmail(replyDeadline, person.locale, meeting.timeZone),
        },
        related: { entity: "invitation", id: person.invitationId },
      });
    }
    await audit({
      action: "invitation.open",
      entity: "meeting",
      entityId: meeting.id,
      after: {
        invited: created.length,
        alreadyInvited: chosen.length - created.length,
        replyDeadline: replyDeadline.toISOString(),
        notified: recipients.length,
      },
    });
    return {
      invited: created.length,
      alreadyInvited: chosen.length - created.length,
      notified: recipients.length,
    };
  },
  revalidate: (input) => [
    `/meetings/${input.meetingId}`,
    `/meetings/${input.meetingId}/invitations`,
    "/",
  ],
});
