import { and, eq } from "drizzle-orm";
import { meetings, scSessions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { councilMeetingColumns, normalizeTime } from "./council-meeting-rows";
import { deleteCouncilMeetingSchema } from "./schemas";

export const deleteCouncilMeeting = defineAction({
  name: "calendar.deleteCouncilMeeting",
  schema: deleteCouncilMeetingSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit }) {
    const [before] = await tx
      .select(councilMeetingColumns)
      .from(scSessions)
      .where(eq(scSessions.id, input.id));
    if (!before) throw new NotFoundError();
    // A high-level meeting linked to it keeps its dates; only the link is cleared.
    const linked = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.scSessionId, input.id));
    const [deleted] = await tx
      .delete(scSessions)
      .where(and(eq(scSessions.id, input.id), eq(scSessions.version, input.version)))
      .returning({ id: scSessions.id });
    if (!deleted) throw new ConflictError(normalizeTime(before));
    await audit({
      action: "calendar.deleteCouncilMeeting",
      entity: "sc_session",
      entityId: input.id,
      before: { ...normalizeTime(before), linkedMeetings: linked.map((m) => m.id) },
    });
    return { id: input.id };
  },
  revalidate: () => ["/calendar", "/meetings"],
});
