import type { TaskStatus } from "@/db/schema/enums";

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
