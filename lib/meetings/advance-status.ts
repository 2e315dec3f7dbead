import { and, eq, sql } from "drizzle-orm";
import { meetingDeadlines, meetings } from "@/db/schema";
import { type MeetingStatus, meetingStatuses } from "@/db/schema/enums";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { advanceStatusSchema } from "./schemas";

/**
 * Why a meeting may not move to a status, or null when it may. Only forward: planned ->
 * invitations open -> held -> concluded (a step may be skipped to record an earlier meeting).
 */
export function statusBlocker(
  meeting: {
    status: MeetingStatus;
    startsOn: string | null;
    endsOn: string | null;
    hasReplyDeadline: boolean;
  },
  to: MeetingStatus,
  today: string,
): string | null {
  if (meetingStatuses.indexOf(to) <= meetingStatuses.indexOf(meeting.status))
    return "statusNotForward";
  if (!meeting.startsOn || !meeting.endsOn) return "statusNeedsDates";
  if (to === "invitations_open" && !meeting.hasReplyDeadline) return "statusNeedsReplyDeadline";
  if (to === "held" && meeting.startsOn > today) return "statusNotYetHeld";
  if (to === "concluded" && meeting.endsOn > today) return "statusNotYetEnded";
  return null;
}

export const advanceMeetingStatus = defineAction({
  name: "meeting.advanceStatus",
  schema: advanceStatusSchema,
  capability: "meeting.plan",
  async run({ tx, input, audit, clock }) {
    const [meeting] = await tx
      .select({
        status: meetings.status,
        startsOn: meetings.startsOn,
        endsOn: meetings.endsOn,
        version: meetings.version,
      })
      .from(meetings)
      .where(eq(meetings.id, input.id));
    if (!meeting) throw new NotFoundError();
    const [deadline] = await tx
      .select({ id: meetingDeadlines.id })
      .from(meetingDeadlines)
      .where(
        and(
          eq(meetingDeadlines.meetingId, input.id),
          eq(meetingDeadlines.kind, "invitation_replies"),
        ),
      );
    if (meeting.version !== input.version) throw new ConflictError(meeting);
    const blocker = statusBlocker(
      { ...meeting, hasReplyDeadline: !!deadline },
      input.to,
      clock.today,
    );
    if (blocker) throw new ValidationError({ to: [blocker] }, blocker);
    const [after] = await tx
      .update(meetings)
      .set({ status: input.to, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
      .where(and(eq(meetings.id, input.id), eq(meetings.version, input.version)))
      .returning({ status: meetings.status, version: meetings.version });
    if (!after) throw new ConflictError(meeting);
    await audit({
      action: "meeting.advanceStatus",
      entity: "meeting",
      entityId: input.id,
      before: { status: meeting.status },
      after: { status: after.status },
    });
    return { version: after.version, status: after.status };
  },
  revalidate: (input) => ["/meetings", `/meetings/${input.id}`, "/"],
});
