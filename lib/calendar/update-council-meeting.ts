import { and, eq, sql } from "drizzle-orm";
import { scSessions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  councilMeetingColumns,
  findSameCouncilMeeting,
  normalizeTime,
} from "./council-meeting-rows";
import { updateCouncilMeetingSchema } from "./schemas";

export const updateCouncilMeeting = defineAction({
  name: "calendar.updateCouncilMeeting",
  schema: updateCouncilMeetingSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit, clock }) {
    const { id, version, ...changes } = input;
    const [before] = await tx
      .select(councilMeetingColumns)
      .from(scSessions)
      .where(eq(scSessions.id, id));
    if (!before) throw new NotFoundError();
    if (await findSameCouncilMeeting(tx, changes, id)) {
      throw new ValidationError(
        changes.meetingNumber ? { meetingNumber: ["taken"] } : { title: ["taken"] },
      );
    }
    const [after] = await tx
      .update(scSessions)
      .set({
        ...changes,
        version: sql`${scSessions.version} + 1`,
        updatedAt: clock.stamp(),
        // Edited by hand: a later import that would change it asks first (match-programme.ts).
        editedAt: new Date(),
      })
      .where(and(eq(scSessions.id, id), eq(scSessions.version, version)))
      .returning(councilMeetingColumns);
    if (!after) throw new ConflictError(normalizeTime(before));
    await audit({
      action: "calendar.updateCouncilMeeting",
      entity: "sc_session",
      entityId: id,
      before: normalizeTime(before),
      after: normalizeTime(after),
    });
    return { id, version: after.version };
  },
  revalidate: () => ["/calendar"],
});
