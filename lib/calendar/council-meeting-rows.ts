import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { scSessions } from "@/db/schema";
import type { CouncilMeetingInput } from "./schemas";

// How a Council meeting row is read back and recognised, shared by the commands, the import
// and the calendar's queries.

/** The columns a person edits (and the version that guards them). */
export const councilMeetingColumns = {
  meetingDate: scSessions.meetingDate,
  meetingTime: scSessions.meetingTime,
  meetingNumber: scSessions.meetingNumber,
  format: scSessions.format,
  title: scSessions.title,
  presidency: scSessions.presidency,
  withRegionalOrganizations: scSessions.withRegionalOrganizations,
  outcomeSymbol: scSessions.outcomeSymbol,
  version: scSessions.version,
};

/** Postgres returns "10:00:00" for a time column; the forms and the import use "10:00". */
export function normalizeTime<T extends { meetingTime: string | null }>(row: T): T {
  return { ...row, meetingTime: row.meetingTime ? row.meetingTime.slice(0, 5) : null };
}

/** A Council meeting is one per meeting number, or per date, time and title without one. */
export function councilMeetingKey(
  row: Pick<CouncilMeetingInput, "meetingNumber" | "meetingDate" | "meetingTime" | "title">,
): string {
  return row.meetingNumber
    ? `n:${row.meetingNumber}`
    : `d:${row.meetingDate}|${row.meetingTime ?? ""}|${row.title.toLowerCase()}`;
}

/** The stored Council meeting with the same key (see councilMeetingKey), other than exceptId. */
export async function findSameCouncilMeeting(
  db: DbOrTx,
  data: CouncilMeetingInput,
  exceptId?: string,
) {
  const sameKey = data.meetingNumber
    ? eq(scSessions.meetingNumber, data.meetingNumber)
    : and(
        eq(scSessions.meetingDate, data.meetingDate),
        data.meetingTime
          ? eq(scSessions.meetingTime, data.meetingTime)
          : isNull(scSessions.meetingTime),
        sql`lower(${scSessions.title}) = lower(${data.title})`,
      );
  const [row] = await db
    .select({ id: scSessions.id, ...councilMeetingColumns })
    .from(scSessions)
    .where(exceptId ? and(sameKey, ne(scSessions.id, exceptId)) : sameKey);
  return row ? normalizeTime(row) : undefined;
}
