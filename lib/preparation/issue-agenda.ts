import { and, eq, sql } from "drizzle-orm";
import { agendaItems, meetings } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { issueBlocker } from "./agenda-rules";
import { issueAgendaSchema } from "./schemas";

/**
 * Issues the provisional agenda: from then on every signed-in user reads it (its accepted
 * items, in order), and it no longer changes.
 */
export const issueAgenda = defineAction({
  name: "agenda.issue",
  schema: issueAgendaSchema,
  capability: "meeting.prepare",
  async run({ tx, input, audit, clock }) {
    const [meeting] = await tx
      .select({ agendaIssuedAt: meetings.agendaIssuedAt, version: meetings.version })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    const items = await tx
      .select({ status: agendaItems.status })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, input.meetingId));
    const blocker = issueBlocker(meeting, items);
    if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
    if (meeting.version !== input.version) throw new ConflictError({ version: meeting.version });
    const at = clock.stamp();
    const [written] = await tx
      .update(meetings)
      .set({ agendaIssuedAt: at, version: sql`${meetings.version} + 1`, updatedAt: at })
      .where(and(eq(meetings.id, input.meetingId), eq(meetings.version, input.version)))
      .returning({ version: meetings.version });
    if (!written) throw new ConflictError({ version: meeting.version });
    const accepted = items.filter((i) => i.status === "accepted").length;
    await audit({
      action: "agenda.issue",
      entity: "meeting",
      entityId: input.meetingId,
      after: { agendaIssuedAt: at.toISOString(), items: accepted },
    });
    return { version: written.version, items: accepted };
  },
  revalidate: (input) => [
    `/meetings/${input.meetingId}`,
    `/meetings/${input.meetingId}/agenda`,
    `/meetings/${input.meetingId}/preparation`,
  ],
});
