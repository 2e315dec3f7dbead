import { and, eq, inArray, sql } from "drizzle-orm";
import { invitations, meetings, memberships, organizations, users } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { formatForEmail, queueEmail } from "@/lib/notifications/queue";
import { recordAttendanceSchema, sendRemindersSchema } from "./schemas";

/** One click: every organization that has not replied gets a reminder, recorded on it. */
export const sendReminders = defineAction({
  name: "invitation.remind",
  schema: sendRemindersSchema,
  capability: "invitation.manage",
  async run({ tx, input, audit }) {
    const [meeting] = await tx
      .select({ title: meetings.title, timeZone: meetings.timeZone })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    const pending = await tx
      .update(invitations)
      .set({ lastRemindedAt: new Date(), remindersSent: sql`${invitations.remindersSent} + 1` })
      .where(and(eq(invitations.meetingId, input.meetingId), eq(invitations.status, "pending")))
      .returning({
        id: invitations.id,
        organizationId: invitations.organizationId,
        replyDeadline: invitations.replyDeadline,
      });
    if (pending.length === 0)
      throw new ValidationError({ _form: ["nothingToRemind"] }, "nothingToRemind");
    const recipients = await tx
      .select({
        email: users.email,
        name: users.name,
        locale: users.locale,
        organizationId: organizations.id,
        organization: organizations.name,
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
      after: { organizations: pending.length, emails: recipients.length },
    });
    return { organizations: pending.length, emails: recipients.length };
  },
  revalidate: (input) => [`/meetings/${input.meetingId}/invitations`],
});

/** After the meeting: who actually came, and whether the head was there. */
export const recordAttendance = defineAction({
  name: "invitation.recordAttendance",
  schema: recordAttendanceSchema,
  capability: "invitation.manage",
  async run({ tx, input, audit, clock }) {
    const [meeting] = await tx
      .select({ startsOn: meetings.startsOn })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    if (!meeting.startsOn || meeting.startsOn > clock.today) {
      throw new ValidationError({ _form: ["meetingNotHeldYet"] }, "meetingNotHeldYet");
    }
    const changed: { invitationId: string; attended: boolean; headPresent: boolean }[] = [];
    for (const row of input.rows) {
      const [updated] = await tx
        .update(invitations)
        .set({
          attended: row.attended,
          headPresent: row.attended && row.headPresent,
          updatedAt: new Date(),
        })
        .where(
          and(eq(invitations.id, row.invitationId), eq(invitations.meetingId, input.meetingId)),
        )
        .returning({ id: invitations.id });
      if (!updated) throw new ValidationError({ rows: ["unknownInvitation"] });
      changed.push(row);
    }
    await audit({
      action: "invitation.recordAttendance",
      entity: "meeting",
      entityId: input.meetingId,
      after: { rows: changed },
    });
    return { recorded: changed.length };
  },
  revalidate: (input) => [`/meetings/${input.meetingId}/invitations`],
});
