import { and, eq, sql } from "drizzle-orm";
import { agendaItems } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError } from "@/lib/errors";
import { loadEditableItem } from "./agenda-rows";
import { setAgendaItemStatusSchema } from "./schemas";

/** Accepts or drops a proposed item (or puts a dropped one back), until the agenda is issued. */
export const setAgendaItemStatus = defineAction({
  name: "agenda.setItemStatus",
  schema: setAgendaItemStatusSchema,
  capability: "meeting.prepare",
  async run({ tx, input, audit, clock, unchanged }) {
    const item = await loadEditableItem(tx, input.itemId);
    if (item.version !== input.version)
      throw new ConflictError({ status: item.status, version: item.version });
    if (item.status === input.status) {
      unchanged();
      return { version: item.version, meetingId: item.meetingId };
    }
    const [written] = await tx
      .update(agendaItems)
      .set({
        status: input.status,
        version: sql`${agendaItems.version} + 1`,
        updatedAt: clock.stamp(),
      })
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.version, input.version)))
      .returning({ version: agendaItems.version });
    if (!written) throw new ConflictError({ status: item.status, version: item.version });
    await audit({
      action: "agenda.setItemStatus",
      entity: "agenda_item",
      entityId: input.itemId,
      before: { status: item.status },
      after: { status: input.status },
    });
    return { version: written.version, meetingId: item.meetingId };
  },
  revalidate: (_input, result) => [
    `/meetings/${result.meetingId}/agenda`,
    `/meetings/${result.meetingId}/preparation`,
  ],
});
