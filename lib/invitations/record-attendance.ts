import { and, eq } from "drizzle-orm";
import { invitations, meetings } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAttendanceSchema } from "./schemas";
import { attendanceWindow } from "./windows";

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
    const recording = attendanceWindow(meeting, clock);
    if (recording.reason)
      throw new ValidationError({ _form: [recording.reason] }, recording.reason);
    const now = clock.stamp();
    const changed: { invitationId: string; attended: boolean; headPresent: boolean }[] = [];
    for (const row of input.rows) {
      const [updated] = await tx
        .update(invitations)
        .set({
          attended: row.attended,
          headPresent: row.attended && row.headPresent,
          updatedAt: now,
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
