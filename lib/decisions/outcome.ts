import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { records } from "@/db/schema";
import type { RecordStatus } from "@/db/schema/enums";
import type { RecordParagraph } from "@/db/schema/records";

// A meeting's outcome is "in draft" until its Chair's conclusions are final: until then the
// secretariat may still edit or withdraw the decisions drawn from them. A meeting without
// Chair's conclusions yet is in draft too. Used by the decision commands and the screens.

/** Whether the meeting's decisions may still be edited or withdrawn. */
export function outcomeInDraft(conclusionsStatus: RecordStatus | null): boolean {
  return conclusionsStatus !== "final";
}

/** The meeting's Chair's conclusions: their status and paragraphs, or null when there are none. */
export async function chairsConclusionsOf(
  db: DbOrTx,
  meetingId: string,
): Promise<{ id: string; status: RecordStatus; paragraphs: RecordParagraph[] } | null> {
  const [row] = await db
    .select({ id: records.id, status: records.status, paragraphs: records.paragraphs })
    .from(records)
    .where(and(eq(records.meetingId, meetingId), eq(records.kind, "chairs_conclusions")));
  return row ?? null;
}
