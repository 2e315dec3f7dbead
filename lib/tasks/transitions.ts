import { type TaskStatus, taskStatuses } from "@/db/schema/enums";
import { hasRole, type Viewer } from "@/lib/auth/permissions";

// Which status changes make sense. Done and cancelled are final for a body's chair; the
// secretariat may reopen a task (a decision revisited), never silently.
const allowed: Record<TaskStatus, TaskStatus[]> = {
  not_started: ["not_started", "in_progress", "blocked", "done", "cancelled"],
  in_progress: ["in_progress", "blocked", "done", "cancelled"],
  blocked: ["blocked", "in_progress", "cancelled"],
  done: [],
  cancelled: [],
};
const reopen: TaskStatus[] = ["in_progress"];

export function canMoveTask(
  from: TaskStatus,
  to: TaskStatus,
  { secretariat }: { secretariat: boolean },
): boolean {
  if (allowed[from].includes(to)) return true;
  return secretariat && (from === "done" || from === "cancelled") && reopen.includes(to);
}

/**
 * The statuses this viewer may give a task that is now `from`, in the usual order: what the
 * progress form offers and what the progress command accepts. Empty: nothing to report on.
 */
export function taskStatusChoices(from: TaskStatus, viewer: Viewer): TaskStatus[] {
  const secretariat = hasRole(viewer, "secretariat");
  return taskStatuses.filter((to) => canMoveTask(from, to, { secretariat }));
}
