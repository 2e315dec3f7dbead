import { and, eq, sql } from "drizzle-orm";
import { agendaItems } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError } from "@/lib/errors";
import { checkDocuments, loadEditableItem } from "./agenda-rows";
import { documentValue, updateAgendaItemSchema } from "./schemas";

/** Edits an item of the provisional agenda: its title, lead body, time, length and documents. */
export const updateAgendaItem = defineAction({
  name: "agenda.updateItem",
  schema: updateAgendaItemSchema,
  capability: "meeting.prepare",
  async run({ tx, input, audit, clock }) {
    const item = await loadEditableItem(tx, input.itemId);
    const before = {
      title: item.title,
      leadBodyId: item.leadBodyId,
      startsAt: item.startsAt,
      durationMinutes: item.durationMinutes,
      documents: item.documents,
    };
    // What someone else saved, in the form's own shape.
    const saved = {
      title: item.title,
      leadBodyId: item.leadBodyId ?? "",
      startsAt: item.startsAt ?? "",
      durationMinutes: item.durationMinutes ?? "",
      documents: item.documents.map(documentValue),
      version: item.version,
    };
    if (item.version !== input.version) throw new ConflictError(saved);
    await checkDocuments(tx, input.documents);
    const { itemId, version, ...after } = input;
    const [written] = await tx
      .update(agendaItems)
      .set({ ...after, version: sql`${agendaItems.version} + 1`, updatedAt: clock.stamp() })
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.version, version)))
      .returning({ version: agendaItems.version });
    if (!written) throw new ConflictError(saved);
    await audit({
      action: "agenda.updateItem",
      entity: "agenda_item",
      entityId: itemId,
      before,
      after,
    });
    return { version: written.version, meetingId: item.meetingId };
  },
  revalidate: (_input, result) => [
    `/meetings/${result.meetingId}/agenda`,
    `/meetings/${result.meetingId}/preparation`,
  ],
});
