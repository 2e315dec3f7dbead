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

/**
 * What a roll-up needs from a decision's tasks, counted over the implementing ones (not
 * cancelled): read in SQL for lists (lib/decisions/tally-sql.ts), so a decision with hundreds
 * of tasks sends five numbers rather than its tasks.
 */
export type TaskTally = {
  counted: number;
  done: number;
  overdue: number;
  progressSum: number;
  /** Tasks whose status is past "not started". */
  started: number;
};

/** The tally of a list of tasks, as the SQL twin counts it. */
export function tallyTasks(tasks: readonly RollupTask[], today: string): TaskTally {
  const counted = implementingTasks(tasks);
  return {
    counted: counted.length,
    done: counted.filter((t) => t.status === "done").length,
    overdue: counted.filter((t) => t.status !== "done" && t.dueOn !== null && t.dueOn < today)
      .length,
    progressSum: counted.reduce((sum, t) => sum + t.progress, 0),
    started: counted.filter((t) => t.status !== "not_started").length,
  };
}

export function rollUp(
  tasks: readonly RollupTask[],
  { override, today }: { override: DecisionStatus | null; today: string },
): Rollup {
  return rollUpTally(tallyTasks(tasks, today), { override });
}

export function rollUpTally(
  tally: TaskTally,
  { override }: { override: DecisionStatus | null },
): Rollup {
  // No task implements it: the status is the secretariat's (mayStateDecisionStatus).
  if (tally.counted === 0) {
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
  const progress = Math.round(tally.progressSum / tally.counted);
  const status: DecisionStatus =
    tally.done === tally.counted
      ? "implemented"
      : progress > 0 || tally.started > 0
        ? "in_progress"
        : "not_started";
  return {
    status,
    progress,
    tasks: tally.counted,
    done: tally.done,
    overdue: tally.overdue,
    explicit: false,
  };
}
