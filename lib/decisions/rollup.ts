import type { DecisionStatus, TaskStatus } from "@/db/schema/enums";

// A decision's implementation status is derived from its tasks, never typed in twice:
// progress is the mean of its tasks' progress (each task weighs the same; cancelled tasks
// do not count); "implemented" when every counted task is done; "not started" with no task,
// unless the secretariat has set the status explicitly, with a reason, for that case.

export type RollupTask = { status: TaskStatus; progress: number; dueOn: string | null };

export type Rollup = {
  status: DecisionStatus;
  progress: number;
  tasks: number;
  done: number;
  overdue: number;
  explicit: boolean;
};

/** The tasks that implement a decision: a cancelled task no longer does. */
export function implementingTasks<T extends { status: TaskStatus }>(tasks: readonly T[]): T[] {
  return tasks.filter((t) => t.status !== "cancelled");
}

/**
 * Whether the secretariat may state a decision's status itself: only where no task implements
 * it (otherwise the status comes from the tasks). The implementation matrix offers the form
 * on this answer, and the command refuses on it.
 */
export function mayStateDecisionStatus(tasks: readonly { status: TaskStatus }[]): boolean {
  return implementingTasks(tasks).length === 0;
}

export function rollUp(
  tasks: readonly RollupTask[],
  { override, today }: { override: DecisionStatus | null; today: string },
): Rollup {
  const counted = implementingTasks(tasks);
  const overdue = counted.filter(
    (t) => t.status !== "done" && t.dueOn !== null && t.dueOn < today,
  ).length;
  const done = counted.filter((t) => t.status === "done").length;
  if (mayStateDecisionStatus(tasks)) {
    const status = override ?? "not_started";
    return {
      status,
      progress: status === "implemented" ? 100 : 0,
      tasks: 0,
      done: 0,
      overdue: 0,
      explicit: override !== null,
    };
  }
  const progress = Math.round(counted.reduce((sum, t) => sum + t.progress, 0) / counted.length);
  const status: DecisionStatus =
    done === counted.length
      ? "implemented"
      : progress > 0 || counted.some((t) => t.status !== "not_started")
        ? "in_progress"
        : "not_started";
  return { status, progress, tasks: counted.length, done, overdue, explicit: false };
}
