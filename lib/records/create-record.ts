import { and, eq, max } from "drizzle-orm";
import { meetings, records } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { numbered } from "./record-rows";
import { createRecordSchema } from "./schemas";
import { singleRecordKinds } from "./stages";

/** The secretariat drafts one of a meeting's records: visible to the secretariat alone until circulated. */
export const createRecord = defineAction({
  name: "record.create",
  schema: createRecordSchema,
  capability: "record.manage",
  async run({ tx, input, audit, clock }) {
    const [meeting] = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new NotFoundError();
    if (singleRecordKinds.includes(input.kind)) {
      const [existing] = await tx
        .select({ id: records.id })
        .from(records)
        .where(and(eq(records.meetingId, input.meetingId), eq(records.kind, input.kind)));
      if (existing) throw new ValidationError({ kind: ["recordKindTaken"] });
    }
    const [last] = await tx
      .select({ position: max(records.position) })
      .from(records)
      .where(eq(records.meetingId, input.meetingId));
    const at = clock.stamp();
    const { paragraphs, ...fields } = input;
    const [row] = await tx
      .insert(records)
      .values({
        ...fields,
        paragraphs: numbered(paragraphs),
        position: (last?.position ?? 0) + 1,
        status: "draft",
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: records.id, version: records.version });
    if (!row) throw new Error("insert returned nothing");
    await audit({
      action: "record.create",
      entity: "record",
      entityId: row.id,
      after: { ...fields, paragraphs: paragraphs.length },
    });
    return row;
  },
  revalidate: (input) => [`/meetings/${input.meetingId}`, "/records"],
});
