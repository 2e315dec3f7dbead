import "server-only";
import { and, asc, count, desc, eq, gte, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { closedDays, scSessions } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { normalizeTime } from "./council-meeting-rows";
import { addMonths } from "./days";

export const CALENDAR_PAGE_SIZE = 50;

const columns = {
  id: scSessions.id,
  meetingDate: scSessions.meetingDate,
  meetingTime: scSessions.meetingTime,
  meetingNumber: scSessions.meetingNumber,
  format: scSessions.format,
  title: scSessions.title,
  presidency: scSessions.presidency,
  withRegionalOrganizations: scSessions.withRegionalOrganizations,
  outcomeSymbol: scSessions.outcomeSymbol,
  recordSymbol: scSessions.recordSymbol,
  source: scSessions.source,
  version: scSessions.version,
};

/** The Council calendar, newest first, by month and "with regional organizations". */
export async function listCouncilMeetings(
  db: DbOrTx,
  viewer: Viewer,
  filter: { month?: string; regional?: boolean; page?: number } = {},
) {
  if (!can(viewer, "calendar.read")) throw new ForbiddenError();
  const conditions = [];
  if (filter.month) {
    const first = `${filter.month}-01`;
    conditions.push(
      gte(scSessions.meetingDate, first),
      lt(scSessions.meetingDate, addMonths(first, 1)),
    );
  }
  if (filter.regional) conditions.push(eq(scSessions.withRegionalOrganizations, true));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = Math.max(1, filter.page ?? 1);
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(scSessions)
      .where(where)
      .orderBy(desc(scSessions.meetingDate), desc(scSessions.meetingTime))
      .limit(CALENDAR_PAGE_SIZE)
      .offset((page - 1) * CALENDAR_PAGE_SIZE),
    db.select({ n: count() }).from(scSessions).where(where),
  ]);
  return {
    rows: rows.map(normalizeTime),
    total: total?.n ?? 0,
    page,
    pageSize: CALENDAR_PAGE_SIZE,
  };
}

export async function getCouncilMeeting(db: DbOrTx, viewer: Viewer, id: string) {
  if (!can(viewer, "calendar.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const [row] = await db.select(columns).from(scSessions).where(eq(scSessions.id, id));
  if (!row) throw new NotFoundError();
  return normalizeTime(row);
}

/** Council meetings with regional organizations, for linking a high-level meeting to one. */
export async function listRegionalCouncilMeetings(db: DbOrTx, viewer: Viewer) {
  if (!can(viewer, "calendar.read")) throw new ForbiddenError();
  return db
    .select({
      id: scSessions.id,
      meetingDate: scSessions.meetingDate,
      meetingNumber: scSessions.meetingNumber,
      title: scSessions.title,
    })
    .from(scSessions)
    .where(eq(scSessions.withRegionalOrganizations, true))
    .orderBy(desc(scSessions.meetingDate));
}

export async function listClosedDays(db: DbOrTx, viewer: Viewer) {
  if (!can(viewer, "calendar.read")) throw new ForbiddenError();
  return db.select().from(closedDays).orderBy(asc(closedDays.day));
}
