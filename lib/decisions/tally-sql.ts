import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { decisions, tasks } from "@/db/schema";
import type { TaskTally } from "./rollup";

/**
 * The SQL twin of tallyTasks (lib/decisions/rollup.ts) for the decision of the outer query:
 * its implementing tasks counted in the database, read from the index on (decision, status,
 * progress, due date) alone.
 */
export function taskTallySql(today: string): SQL<TaskTally> {
  return sql<TaskTally>`(select json_build_object(
      'counted', count(*)::int,
      'done', (count(*) filter (where t.status = 'done'))::int,
      'overdue', (count(*) filter (where t.status <> 'done' and t.due_on < ${today}))::int,
      'progressSum', coalesce(sum(t.progress), 0)::int,
      'started', (count(*) filter (where t.status <> 'not_started'))::int)
    from ${tasks} t where t.decision_id = ${decisions}.id and t.status <> 'cancelled')`;
}
