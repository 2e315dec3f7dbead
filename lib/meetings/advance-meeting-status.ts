import { and, eq, sql } from "drizzle-orm";
import { meetingDeadlines, meetings } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { advanceStatusSchema } from "./schemas";
import { statusBlocker } from "./status-rules";

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
      .set({ status: input.to, version: sql`${meetings.version} + 1`, updatedAt: clock.stamp() })
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
