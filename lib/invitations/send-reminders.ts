import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { invitations, meetings, memberships, organizations, users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { formatForEmail, queueEmail } from "@/lib/notifications/queue";
import { nameInLocaleOf } from "@/lib/organizations/display-name";
import { effectiveReplyDeadline } from "./reply-deadline";
import { sendRemindersSchema } from "./schemas";
import { reminderWindow } from "./windows";

/**
 * One click: every organization that has not replied gets a reminder, recorded on it, except
 * those reminded in the last 24 hours (a second click, a colleague clicking too) unless the
 * secretariat forces it.
 */
export const REMIND_AGAIN_AFTER_MS = 24 * 3_600_000;

export const sendReminders = defineAction({
  name: "invitation.remind",
  schema: sendRemindersSchema,
  capability: "invitation.manage",
  async run({ tx, input, audit, clock }) {
    const [meeting] = await tx
      .select({
        title: meetings.title,
        timeZone: meetings.timeZone,
        status: meetings.status,
        startsOn: meetings.startsOn,
      })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    const reminding = reminderWindow(meeting, clock);
    if (reminding.reason)
      throw new ValidationError({ _form: [reminding.reason] }, reminding.reason);
    const now = clock.stamp();
    const recently = new Date(now.getTime() - REMIND_AGAIN_AFTER_MS);
    const pending = await tx
      .update(invitations)
      .set({ lastRemindedAt: now, remindersSent: sql`${invitations.remindersSent} + 1` })
      .where(
        and(
          eq(invitations.meetingId, input.meetingId),
          eq(invitations.status, "pending"),
          input.force
            ? undefined
            : or(isNull(invitations.lastRemindedAt), lt(invitations.lastRemindedAt, recently)),
        ),
      )
      .returning({
        id: invitations.id,
        organizationId: invitations.organizationId,
        replyDeadline: effectiveReplyDeadline,
      });
    if (pending.length === 0) {
      const [waiting] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(invitations)
        .where(and(eq(invitations.meetingId, input.meetingId), eq(invitations.status, "pending")));
      const reason = (waiting?.n ?? 0) > 0 ? "allRemindedRecently" : "nothingToRemind";
      throw new ValidationError({ _form: [reason] }, reason);
    }
    const recipients = await tx
      .select({
        email: users.email,
        name: users.name,
        locale: users.locale,
        organizationId: organizations.id,
        organization: nameInLocaleOf(users.locale),
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(
        and(
          eq(memberships.role, "focal_point"),
          inArray(
            memberships.organizationId,
            pending.map((p) => p.organizationId),
          ),
          eq(users.active, true),
        ),
      );
    const deadlines = new Map(pending.map((p) => [p.organizationId, p.replyDeadline]));
    for (const person of recipients) {
      const deadline = deadlines.get(person.organizationId);
      await queueEmail(tx, {
        to: person.email,
        locale: person.locale,
        template: "invitationReminder",
        values: {
          name: person.name,
          organization: person.organization,
          meeting: meeting.title,
          deadline: deadline ? formatForEmail(deadline, person.locale, meeting.timeZone) : "—",
        },
        related: { entity: "meeting", id: input.meetingId },
      });
    }
    await audit({
      action: "invitation.remind",
      entity: "meeting",
      entityId: input.meetingId,
      after: { organizations: pending.length, emails: recipients.length, forced: !!input.force },
    });
    return { organizations: pending.length, emails: recipients.length };
  },
  revalidate: (input) => [`/meetings/${input.meetingId}/invitations`],
});
