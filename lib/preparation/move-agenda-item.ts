import { asc, eq, sql } from "drizzle-orm";
import { agendaItems } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { loadEditableItem } from "./agenda-rows";
import { moveAgendaItemSchema } from "./schemas";

/**
 * Moves an item one place up or down the agenda (it swaps places with its neighbour); the
 * numbers of the items follow their order. At the top or the bottom it stays where it is.
 */
export const moveAgendaItem = defineAction({
  name: "agenda.moveItem",
  schema: moveAgendaItemSchema,
  capability: "meeting.prepare",
  async run({ tx, input, audit, clock, unchanged }) {
    const item = await loadEditableItem(tx, input.itemId);
    // The agenda in order, numbered afresh (positions may have gaps or ties).
    const order = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, item.meetingId))
      .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
    const from = order.findIndex((o) => o.id === item.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    const neighbour = order[to];
    if (from < 0 || !neighbour) {
      unchanged();
      return { meetingId: item.meetingId, position: from + 1 };
    }
    order[to] = { id: item.id };
    order[from] = neighbour;
    const at = clock.stamp();
    for (const [index, row] of order.entries()) {
      await tx
        .update(agendaItems)
        .set({
          position: index + 1,
          // The two that moved change; the others keep their version.
          ...(index === from || index === to
            ? { version: sql`${agendaItems.version} + 1`, updatedAt: at }
            : {}),
        })
        .where(eq(agendaItems.id, row.id));
    }
    await audit({
      action: "agenda.moveItem",
      entity: "agenda_item",
      entityId: item.id,
      before: { position: from + 1 },
      after: { position: to + 1 },
    });
    return { meetingId: item.meetingId, position: to + 1 };
  },
  revalidate: (_input, result) => [
    `/meetings/${result.meetingId}/agenda`,
    `/meetings/${result.meetingId}/preparation`,
  ],
});
