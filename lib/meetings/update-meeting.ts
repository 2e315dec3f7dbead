import { and, eq, sql } from "drizzle-orm";
import { meetings } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCouncilMeetingExists, assertFreeSequenceNumber } from "./meeting-checks";
import { updateMeetingSchema } from "./schemas";

const editable = {
  sequenceNumber: meetings.sequenceNumber,
  title: meetings.title,
  theme: meetings.theme,
  venue: meetings.venue,
  timeZone: meetings.timeZone,
  startsOn: meetings.startsOn,
  endsOn: meetings.endsOn,
  scSessionId: meetings.scSessionId,
  version: meetings.version,
};

export const updateMeeting = defineAction({
  name: "meeting.update",
  schema: updateMeetingSchema,
  capability: "meeting.plan",
  async run({ tx, input, audit, clock }) {
    const { id, version, ...changes } = input;
    const [before] = await tx.select(editable).from(meetings).where(eq(meetings.id, id));
    if (!before) throw new NotFoundError();
    await assertFreeSequenceNumber(tx, changes.sequenceNumber, id);
    await assertCouncilMeetingExists(tx, changes.scSessionId);
    const [after] = await tx
      .update(meetings)
      .set({ ...changes, version: sql`${meetings.version} + 1`, updatedAt: clock.stamp() })
      .where(and(eq(meetings.id, id), eq(meetings.version, version)))
      .returning(editable);
    if (!after) throw new ConflictError(before);
    await audit({ action: "meeting.update", entity: "meeting", entityId: id, before, after });
    return { id, version: after.version };
  },
  revalidate: (input) => ["/meetings", `/meetings/${input.id}`, "/"],
});
