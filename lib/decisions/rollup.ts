// A decision's implementation status is derived from its tasks, never typed in twice:
// progress is the mean of its tasks' progress (each task weighs the same; cancelled tasks
// do not count); "implemented" when every counted task is done; "not started" with no task,
// unless the secretariat has set the status explicitly, with a reason, for that case.

export type DecisionStatus = "not_started" | "in_progress" | "implemented" | "superseded";
export type RollupTask = { status: string; progress: number; dueOn: string | null };

export type Rollup = {
  status: DecisionStatus;
  progress: number;
  tasks: number;
  done: number;
  overdue: number;
  explicit: boolean;
};

export function rollUp(
  tasks: RollupTask[],
  { override, today }: { override: DecisionStatus | null; today: string },
): Rollup {
  const counted = tasks.filter((t) => t.status !== "cancelled");
  const overdue = counted.filter(
    (t) => t.status !== "done" && t.dueOn !== null && t.dueOn < today,
  ).length;
  const done = counted.filter((t) => t.status === "done").length;
  if (counted.length === 0) {
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
