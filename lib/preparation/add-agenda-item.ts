import { eq, max } from "drizzle-orm";
import { agendaItems } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { checkDocuments, loadEditableAgenda } from "./agenda-rows";
import { addAgendaItemSchema } from "./schemas";

/** The secretariat adds an item of its own to the provisional agenda (accepted, at the end). */
export const addAgendaItem = defineAction({
  name: "agenda.addItem",
  schema: addAgendaItemSchema,
  capability: "meeting.prepare",
  async run({ tx, input, audit, clock }) {
    await loadEditableAgenda(tx, input.meetingId);
    await checkDocuments(tx, input.documents);
    const [last] = await tx
      .select({ position: max(agendaItems.position) })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, input.meetingId));
    const at = clock.stamp();
    const [row] = await tx
      .insert(agendaItems)
      .values({
        ...input,
        kind: "custom",
        status: "accepted",
        position: (last?.position ?? 0) + 1,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: agendaItems.id });
    if (!row) throw new Error("insert returned nothing");
    await audit({
      action: "agenda.addItem",
      entity: "agenda_item",
      entityId: row.id,
      after: input,
    });
    return row;
  },
  revalidate: (input) => [
    `/meetings/${input.meetingId}/agenda`,
    `/meetings/${input.meetingId}/preparation`,
  ],
});
