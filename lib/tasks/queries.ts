import "server-only";
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  ilike,
  inArray,
  isNull,
  lt,
  notInArray,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { bodies, decisions, meetings, organizations, tasks, taskUpdates, users } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Clock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { containsPattern } from "@/lib/lists/contains";
import type { TaskFilter } from "./schemas";

export const TASK_PAGE_SIZE = 25;

const open = notInArray(tasks.status, ["done", "cancelled"]);

function overdue(today: string): SQL {
  return and(open, lt(tasks.dueOn, today)) as SQL;
}

const listColumns = (today: string) => ({
  id: tasks.id,
  title: tasks.title,
  status: tasks.status,
  progress: tasks.progress,
  dueOn: tasks.dueOn,
  updatedAt: tasks.updatedAt,
  bodyId: bodies.id,
  bodyName: bodies.name,
  leadName: organizations.name,
  leadShortName: organizations.shortName,
  decisionTitle: decisions.title,
  overdue: sql<boolean>`(${tasks.status} not in ('done', 'cancelled') and ${tasks.dueOn} < ${today})`,
});

/** All tasks, filtered and sorted, a page at a time (indexed filters: fast at ten thousand). */
export async function listTasks(db: DbOrTx, viewer: Viewer, filter: TaskFilter, clock: Clock) {
  if (!can(viewer, "task.read")) throw new ForbiddenError();
  const conditions: SQL[] = [];
  if (filter.body) conditions.push(eq(tasks.bodyId, filter.body));
  if (filter.bodyName)
    conditions.push(
      inArray(
        tasks.bodyId,
        db
          .select({ id: bodies.id })
          .from(bodies)
          .where(ilike(bodies.name, containsPattern(filter.bodyName))),
      ),
    );
  if (filter.status) conditions.push(eq(tasks.status, filter.status));
  if (filter.meeting) conditions.push(eq(tasks.meetingId, filter.meeting));
  if (filter.lead) conditions.push(eq(tasks.leadOrganizationId, filter.lead));
  if (filter.decision) conditions.push(eq(tasks.decisionId, filter.decision));
  if (filter.overdue) conditions.push(overdue(clock.today));
  const where = conditions.length ? and(...conditions) : undefined;
  const order = {
    due: [sql`${tasks.dueOn} asc nulls last`, asc(tasks.id)],
    "-due": [sql`${tasks.dueOn} desc nulls last`, asc(tasks.id)],
    updated: [desc(tasks.updatedAt), asc(tasks.id)],
    title: [asc(tasks.title), asc(tasks.id)],
    progress: [asc(tasks.progress), asc(tasks.id)],
  }[filter.sort ?? "due"];
  const page = filter.page ?? 1;
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns(clock.today))
      .from(tasks)
      .innerJoin(bodies, eq(bodies.id, tasks.bodyId))
      .leftJoin(organizations, eq(organizations.id, tasks.leadOrganizationId))
      .leftJoin(decisions, eq(decisions.id, tasks.decisionId))
      .where(where)
      .orderBy(...order)
      .limit(TASK_PAGE_SIZE)
      .offset((page - 1) * TASK_PAGE_SIZE),
    db.select({ n: count() }).from(tasks).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: TASK_PAGE_SIZE };
}

/** "My tasks": a chair's bodies' open tasks, and those led by a focal point's organization. */
export async function myTasks(db: DbOrTx, viewer: Viewer, clock: Clock, limit = 8) {
  const bodyIds = viewer.grants.flatMap((g) => (g.role === "chair" && g.bodyId ? [g.bodyId] : []));
  const organizationIds = viewer.grants.flatMap((g) =>
    g.role === "focal_point" && g.organizationId ? [g.organizationId] : [],
  );
  const mine = [
    ...(bodyIds.length ? [inArray(tasks.bodyId, bodyIds)] : []),
    ...(organizationIds.length ? [inArray(tasks.leadOrganizationId, organizationIds)] : []),
  ];
  if (mine.length === 0) return [];
  return db
    .select(listColumns(clock.today))
    .from(tasks)
    .innerJoin(bodies, eq(bodies.id, tasks.bodyId))
    .leftJoin(organizations, eq(organizations.id, tasks.leadOrganizationId))
    .leftJoin(decisions, eq(decisions.id, tasks.decisionId))
    .where(and(open, or(...mine)))
    .orderBy(sql`${tasks.dueOn} asc nulls last`)
    .limit(limit);
}

export async function getTask(db: DbOrTx, viewer: Viewer, id: string, clock: Clock) {
  if (!can(viewer, "task.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError();
  const decisionMeeting = alias(meetings, "decision_meeting");
  const [task] = await db
    .select({
      ...listColumns(clock.today),
      detail: tasks.detail,
      version: tasks.version,
      leadOrganizationId: tasks.leadOrganizationId,
      decisionId: tasks.decisionId,
      decisionPosition: decisions.position,
      decisionMeetingId: decisionMeeting.id,
      decisionMeetingNumber: decisionMeeting.sequenceNumber,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
    })
    .from(tasks)
    .innerJoin(bodies, eq(bodies.id, tasks.bodyId))
    .leftJoin(organizations, eq(organizations.id, tasks.leadOrganizationId))
    .leftJoin(decisions, eq(decisions.id, tasks.decisionId))
    .leftJoin(decisionMeeting, eq(decisionMeeting.id, decisions.meetingId))
    .leftJoin(meetings, eq(meetings.id, tasks.meetingId))
    .where(eq(tasks.id, id));
  if (!task) throw new NotFoundError();
  const updates = await db
    .select({
      id: taskUpdates.id,
      status: taskUpdates.status,
      progress: taskUpdates.progress,
      note: taskUpdates.note,
      createdAt: taskUpdates.createdAt,
      authorName: users.name,
    })
    .from(taskUpdates)
    .leftJoin(users, eq(users.id, taskUpdates.authorId))
    .where(eq(taskUpdates.taskId, id))
    .orderBy(desc(taskUpdates.createdAt));
  return { ...task, updates };
}

/**
 * What the task forms and the Tasks filter offer: the bodies open on `today` (a closed body
 * takes no new task, lib/bodies/closure.ts; over the years most task forces close) and the one
 * to keep (the task's own, the filter's current choice), organizations, decisions and meetings.
 */
export async function taskFormOptions(
  db: DbOrTx,
  { today, keepBodyId, bodyLimit }: { today: string; keepBodyId?: string; bodyLimit?: number },
) {
  const keep = keepBodyId && /^[0-9a-f-]{36}$/i.test(keepBodyId) ? keepBodyId : undefined;
  const [bodyRows, organizationRows, decisionRows, meetingRows, chosenRows] = await Promise.all([
    db
      .select({ id: bodies.id, name: bodies.name, activeTo: bodies.activeTo })
      .from(bodies)
      .where(
        or(
          isNull(bodies.activeTo),
          gt(bodies.activeTo, today),
          keep ? eq(bodies.id, keep) : undefined,
        ),
      )
      .orderBy(asc(bodies.kind), asc(bodies.name))
      .limit(bodyLimit ?? 100_000),
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.active, true))
      .orderBy(asc(organizations.name)),
    db
      .select({
        id: decisions.id,
        title: decisions.title,
        position: decisions.position,
        meetingNumber: meetings.sequenceNumber,
      })
      .from(decisions)
      .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
      .orderBy(desc(meetings.sequenceNumber), asc(decisions.position)),
    db
      .select({ id: meetings.id, title: meetings.title, sequenceNumber: meetings.sequenceNumber })
      .from(meetings)
      .orderBy(desc(meetings.sequenceNumber)),
    keep
      ? db.select({ id: bodies.id, name: bodies.name }).from(bodies).where(eq(bodies.id, keep))
      : [],
  ]);
  return {
    bodies: bodyRows,
    /** The body to keep, whether or not the limit left it in the list. */
    keptBody: chosenRows[0] ?? null,
    organizations: organizationRows,
    decisions: decisionRows,
    meetings: meetingRows,
  };
}
