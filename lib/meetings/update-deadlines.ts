import { and, eq, sql } from "drizzle-orm";
import { meetingDeadlines, meetings } from "@/db/schema";
import { deadlineKinds } from "@/db/schema/enums";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { venueTimeToInstant } from "./deadlines";
import { updateDeadlinesSchema } from "./schemas";

export const updateDeadlines = defineAction({
  name: "meeting.updateDeadlines",
  schema: updateDeadlinesSchema,
  capability: "meeting.plan",
  async run({ tx, input, audit, clock }) {
    const [meeting] = await tx
      .select({ timeZone: meetings.timeZone, version: meetings.version })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    const now = clock.stamp();
    // The deadlines belong to the meeting's plan: they share its version.
    const [claimed] = await tx
      .update(meetings)
      .set({ version: sql`${meetings.version} + 1`, updatedAt: now })
      .where(and(eq(meetings.id, input.meetingId), eq(meetings.version, input.version)))
      .returning({ version: meetings.version });
    if (!claimed) throw new ConflictError({ version: meeting.version });
    const before = await tx
      .select({ kind: meetingDeadlines.kind, dueAt: meetingDeadlines.dueAt })
      .from(meetingDeadlines)
      .where(eq(meetingDeadlines.meetingId, input.meetingId));
    const rows = deadlineKinds.map((kind) => ({
      meetingId: input.meetingId,
      kind,
      dueAt: venueTimeToInstant(input[kind], meeting.timeZone),
      createdAt: now,
      updatedAt: now,
    }));
    await tx
      .insert(meetingDeadlines)
      .values(rows)
      .onConflictDoUpdate({
        target: [meetingDeadlines.meetingId, meetingDeadlines.kind],
        set: { dueAt: sql`excluded.due_at`, updatedAt: now },
      });
    await audit({
      action: "meeting.updateDeadlines",
      entity: "meeting",
      entityId: input.meetingId,
      before: Object.fromEntries(before.map((d) => [d.kind, d.dueAt.toISOString()])),
      after: Object.fromEntries(rows.map((d) => [d.kind, d.dueAt.toISOString()])),
    });
    return { version: claimed.version };
  },
  revalidate: (input) => [`/meetings/${input.meetingId}`, "/"],
});
