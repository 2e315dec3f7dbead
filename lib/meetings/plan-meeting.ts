import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetingDeadlines, meetings, scSessions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { deriveDeadlines } from "./deadlines";
import { planMeetingSchema, updateMeetingSchema } from "./schemas";

async function assertFreeSequenceNumber(tx: Tx, sequenceNumber: number, exceptId?: string) {
  const [clash] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      exceptId
        ? and(eq(meetings.sequenceNumber, sequenceNumber), ne(meetings.id, exceptId))
        : eq(meetings.sequenceNumber, sequenceNumber),
    );
  if (clash) throw new ValidationError({ sequenceNumber: ["sequenceTaken"] });
}

async function assertCouncilMeetingExists(tx: Tx, id: string | null) {
  if (!id) return;
  const [row] = await tx
    .select({ id: scSessions.id })
    .from(scSessions)
    .where(eq(scSessions.id, id));
  if (!row) throw new ValidationError({ scSessionId: ["chooseOne"] });
}

// Dates before the application's today are allowed (earlier meetings of the series are
// recorded too); the form says so, the action does not refuse them.
export const planMeeting = defineAction({
  name: "meeting.plan",
  schema: planMeetingSchema,
  capability: "meeting.plan",
  async run({ tx, input, audit }) {
    await assertFreeSequenceNumber(tx, input.sequenceNumber);
    await assertCouncilMeetingExists(tx, input.scSessionId);
    const [meeting] = await tx
      .insert(meetings)
      .values({ ...input, status: "planned" })
      .returning({ id: meetings.id });
    if (!meeting) throw new Error("insert returned nothing");
    const deadlines = deriveDeadlines(input);
    await tx
      .insert(meetingDeadlines)
      .values(deadlines.map((d) => ({ meetingId: meeting.id, ...d })));
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
  async run({ tx, input, audit }) {
    const { id, version, ...changes } = input;
    const [before] = await tx.select(editable).from(meetings).where(eq(meetings.id, id));
    if (!before) throw new NotFoundError();
    await assertFreeSequenceNumber(tx, changes.sequenceNumber, id);
    await assertCouncilMeetingExists(tx, changes.scSessionId);
    const [after] = await tx
      .update(meetings)
      .set({ ...changes, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
      .where(and(eq(meetings.id, id), eq(meetings.version, version)))
      .returning(editable);
    if (!after) throw new ConflictError(before);
    await audit({ action: "meeting.update", entity: "meeting", entityId: id, before, after });
    return { id, version: after.version };
  },
  revalidate: (input) => ["/meetings", `/meetings/${input.id}`, "/"],
});
