import { scSessions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import { findSameCouncilMeeting } from "./council-meeting-rows";
import { createCouncilMeetingSchema } from "./schemas";

export const createCouncilMeeting = defineAction({
  name: "calendar.createCouncilMeeting",
  schema: createCouncilMeetingSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit, clock }) {
    if (await findSameCouncilMeeting(tx, input)) {
      throw new ValidationError(
        input.meetingNumber ? { meetingNumber: ["taken"] } : { title: ["taken"] },
      );
    }
    const now = clock.stamp();
    const [row] = await tx
      .insert(scSessions)
      .values({
        ...input,
        source: "entered by hand",
        createdAt: now,
        updatedAt: now,
        editedAt: new Date(),
      })
      .returning({ id: scSessions.id });
    if (!row) throw new Error("insert returned nothing");
    await audit({
      action: "calendar.createCouncilMeeting",
      entity: "sc_session",
      entityId: row.id,
      after: input,
    });
    return { id: row.id };
  },
  revalidate: () => ["/calendar"],
});
