import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { meetings, records, recordVersions } from "@/db/schema";

/**
 * The circulated records the given organizations may still comment on (their deadline not
 * passed), soonest deadline first, each with the organizations among those it went to. Not a
 * queries module, so that commands may use it too (the account-invitation e-mail's pending
 * list); the dashboard's reads go through lib/records/queries.ts (commentsDueFor).
 */
export async function recordsOpenForComment(
  db: DbOrTx,
  organizationIds: readonly string[],
  now: Date,
) {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select({
      recordId: records.id,
      title: records.title,
      meetingTitle: meetings.title,
      timeZone: meetings.timeZone,
      deadline: recordVersions.commentDeadline,
      textVersion: recordVersions.version,
      recipientOrganizationIds: recordVersions.recipientOrganizationIds,
    })
    .from(records)
    .innerJoin(meetings, eq(meetings.id, records.meetingId))
    .innerJoin(
      recordVersions,
      and(
        eq(recordVersions.recordId, records.id),
        eq(recordVersions.stage, "circulated"),
        sql`${recordVersions.version} = (select max(v.version) from ${recordVersions} v where v.record_id = ${records}.id)`,
      ),
    )
    .where(and(eq(records.status, "circulated"), gte(recordVersions.commentDeadline, now)))
    .orderBy(asc(recordVersions.commentDeadline));
  return rows.flatMap(({ recipientOrganizationIds, ...row }) => {
    const mine = recipientOrganizationIds.filter((id) => organizationIds.includes(id));
    return mine.length ? [{ ...row, organizationIds: mine }] : [];
  });
}
