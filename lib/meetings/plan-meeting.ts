import { meetingDeadlines, meetings } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { deriveDeadlines } from "./deadlines";
import { assertCouncilMeetingExists, assertFreeSequenceNumber } from "./meeting-checks";
import { planMeetingSchema } from "./schemas";

// Dates before the application's today are allowed (earlier meetings of the series are
// recorded too); the form says so, the action does not refuse them.
export const planMeeting = defineAction({
  name: "meeting.plan",
  schema: planMeetingSchema,
  capability: "meeting.plan",
  async run({ tx, input, audit, clock }) {
    await assertFreeSequenceNumber(tx, input.sequenceNumber);
    await assertCouncilMeetingExists(tx, input.scSessionId);
    const now = clock.stamp();
    const [meeting] = await tx
      .insert(meetings)
      .values({ ...input, status: "planned", createdAt: now, updatedAt: now })
      .returning({ id: meetings.id });
    if (!meeting) throw new Error("insert returned nothing");
    const deadlines = deriveDeadlines(input);
    await tx
      .insert(meetingDeadlines)
      .values(
        deadlines.map((d) => ({ meetingId: meeting.id, ...d, createdAt: now, updatedAt: now })),
      );
    await audit({
      action: "meeting.plan",
      entity: "meeting",
      entityId: meeting.id,
      after: {
        ...input,
        deadlines: deadlines.map((d) => ({ kind: d.kind, dueAt: d.dueAt.toISOString() })),
      },
    });
    return { id: meeting.id };
  },
  revalidate: () => ["/meetings", "/"],
});
