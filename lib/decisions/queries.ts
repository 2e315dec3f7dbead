import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { bodies, decisions, meetings, tasks } from "@/db/schema";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Clock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mayStateDecisionStatus, type RollupTask, rollUp } from "./rollup";

/**
 * A meeting's decisions by responsible body, each with its implementation rolled up from its
 * tasks: what the standing committee reviews and the next meeting receives as the progress
 * report. One query: each decision's tasks come aggregated with it.
 */
export async function implementationMatrix(
  db: DbOrTx,
  viewer: Viewer,
  meetingId: string,
  clock: Clock,
) {
  if (!can(viewer, "decision.read")) throw new ForbiddenError();
  if (!/^[0-9a-f-]{36}$/i.test(meetingId)) throw new NotFoundError();
  const [meeting] = await db
    .select({ id: meetings.id, title: meetings.title, sequenceNumber: meetings.sequenceNumber })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new NotFoundError();
  const rows = await db
    .select({
      id: decisions.id,
      position: decisions.position,
      title: decisions.title,
      text: decisions.text,
      version: decisions.version,
      statusOverride: decisions.statusOverride,
      statusReason: decisions.statusReason,
      bodyId: bodies.id,
      bodyName: bodies.name,
      tasks: sql<
        RollupTask[]
      >`coalesce((select json_agg(json_build_object('status', t.status, 'progress', t.progress, 'dueOn', t.due_on))
        from ${tasks} t where t.decision_id = ${decisions}.id), '[]'::json)`,
    })
    .from(decisions)
    .leftJoin(bodies, eq(bodies.id, decisions.responsibleBodyId))
    .where(eq(decisions.meetingId, meetingId))
    .orderBy(asc(decisions.position));
  const items = rows.map((row) => ({
    ...row,
    rollup: rollUp(row.tasks, { override: row.statusOverride, today: clock.today }),
    /** No task implements it: the secretariat may state its status (lib/decisions/rollup.ts). */
    statusMayBeStated: mayStateDecisionStatus(row.tasks),
  }));
  const groups = new Map<
    string,
    { bodyId: string | null; bodyName: string | null; decisions: typeof items }
  >();
  for (const item of items) {
    const key = item.bodyId ?? "";
    const group = groups.get(key) ?? {
      bodyId: item.bodyId,
      bodyName: item.bodyName,
      decisions: [],
    };
    group.decisions.push(item);
    groups.set(key, group);
  }
  return { meeting, groups: [...groups.values()], decisions: items };
}
