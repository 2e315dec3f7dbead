import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetings, scSessions } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  type CouncilMeetingInput,
  createCouncilMeetingSchema,
  deleteCouncilMeetingSchema,
  updateCouncilMeetingSchema,
} from "./schemas";

const editable = {
  meetingDate: scSessions.meetingDate,
  meetingTime: scSessions.meetingTime,
  meetingNumber: scSessions.meetingNumber,
  format: scSessions.format,
  title: scSessions.title,
  presidency: scSessions.presidency,
  withRegionalOrganizations: scSessions.withRegionalOrganizations,
  outcomeSymbol: scSessions.outcomeSymbol,
  version: scSessions.version,
};

/** Postgres returns "10:00:00" for a time column; the forms and the import use "10:00". */
export function normalizeTime<T extends { meetingTime: string | null }>(row: T): T {
  return { ...row, meetingTime: row.meetingTime ? row.meetingTime.slice(0, 5) : null };
}

/** A Council meeting is one per meeting number, or per date, time and title without one. */
export async function findSameCouncilMeeting(tx: Tx, data: CouncilMeetingInput, exceptId?: string) {
  const sameKey = data.meetingNumber
    ? eq(scSessions.meetingNumber, data.meetingNumber)
    : and(
        eq(scSessions.meetingDate, data.meetingDate),
        data.meetingTime
          ? eq(scSessions.meetingTime, data.meetingTime)
          : isNull(scSessions.meetingTime),
        sql`lower(${scSessions.title}) = lower(${data.title})`,
      );
  const [row] = await tx
    .select({ id: scSessions.id, ...editable })
    .from(scSessions)
    .where(exceptId ? and(sameKey, ne(scSessions.id, exceptId)) : sameKey);
  return row ? normalizeTime(row) : undefined;
}

export const createCouncilMeeting = defineAction({
  name: "calendar.createCouncilMeeting",
  schema: createCouncilMeetingSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit }) {
    if (await findSameCouncilMeeting(tx, input)) {
      throw new ValidationError(
        input.meetingNumber ? { meetingNumber: ["taken"] } : { title: ["taken"] },
      );
    }
    const [row] = await tx
      .insert(scSessions)
      .values({ ...input, source: "entered by hand" })
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

export const updateCouncilMeeting = defineAction({
  name: "calendar.updateCouncilMeeting",
  schema: updateCouncilMeetingSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit }) {
    const { id, version, ...changes } = input;
    const [before] = await tx.select(editable).from(scSessions).where(eq(scSessions.id, id));
    if (!before) throw new NotFoundError();
    if (await findSameCouncilMeeting(tx, changes, id)) {
      throw new ValidationError(
        changes.meetingNumber ? { meetingNumber: ["taken"] } : { title: ["taken"] },
      );
    }
    const [after] = await tx
      .update(scSessions)
      .set({ ...changes, version: sql`${scSessions.version} + 1`, updatedAt: new Date() })
      .where(and(eq(scSessions.id, id), eq(scSessions.version, version)))
      .returning(editable);
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

export const deleteCouncilMeeting = defineAction({
  name: "calendar.deleteCouncilMeeting",
  schema: deleteCouncilMeetingSchema,
  capability: "calendar.manage",
  async run({ tx, input, audit }) {
    const [before] = await tx.select(editable).from(scSessions).where(eq(scSessions.id, input.id));
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
