import { and, count, desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetings, recordComments, records, recordVersions } from "@/db/schema";
import type { RecordParagraph } from "@/db/schema/records";
import { NotFoundError } from "@/lib/errors";

// What the record commands read before they change anything. Not a queries module: commands
// run outside Next.js too (the e2e fixtures), and these reads are not scoped to a viewer.

/** The record with its meeting's status and time zone, or NotFoundError. */
export async function loadRecord(tx: Tx, recordId: string) {
  const [row] = await tx
    .select({
      id: records.id,
      meetingId: records.meetingId,
      kind: records.kind,
      title: records.title,
      symbol: records.symbol,
      issuedOn: records.issuedOn,
      originalLanguage: records.originalLanguage,
      status: records.status,
      paragraphs: records.paragraphs,
      commentDeadline: records.commentDeadline,
      version: records.version,
      meetingTitle: meetings.title,
      meetingStatus: meetings.status,
      meetingTimeZone: meetings.timeZone,
    })
    .from(records)
    .innerJoin(meetings, eq(meetings.id, records.meetingId))
    .where(eq(records.id, recordId));
  if (!row) throw new NotFoundError();
  return row;
}

/** The record's latest frozen version (circulated or final), or null when it has none. */
export async function latestFrozenVersion(tx: Tx, recordId: string) {
  const [row] = await tx
    .select({
      version: recordVersions.version,
      stage: recordVersions.stage,
      commentDeadline: recordVersions.commentDeadline,
      recipientOrganizationIds: recordVersions.recipientOrganizationIds,
    })
    .from(recordVersions)
    .where(eq(recordVersions.recordId, recordId))
    .orderBy(desc(recordVersions.version))
    .limit(1);
  return row ?? null;
}

/** Comments of the record still waiting for the secretariat's answer, on any version. */
export async function pendingCommentCount(tx: Tx, recordId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(recordComments)
    .where(and(eq(recordComments.recordId, recordId), eq(recordComments.disposition, "pending")));
  return row?.n ?? 0;
}

/** Paragraphs numbered in the order given: the numbers always follow the order. */
export function numbered(paragraphs: readonly { text: string }[]): RecordParagraph[] {
  return paragraphs.map((p, index) => ({ number: index + 1, text: p.text }));
}
