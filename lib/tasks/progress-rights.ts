import type { TaskStatus } from "@/db/schema/enums";
import { can, type Scope, type Viewer } from "@/lib/auth/permissions";
import { taskStatusChoices } from "./transitions";

// Who may report progress on a task, and to which statuses: the task page asks
// progressReport() to decide whether to show the form and what it offers; the progress
// command authorizes with the same capability and scope and checks the same choices.

export const reportProgressCapability = "task.updateProgress" as const;

/** A task is reported on by its own body's chair (and the secretariat). */
export function progressScope(task: { bodyId: string | null }): Scope {
  return { bodyId: task.bodyId };
}

/** What this viewer may report on the task, or null when they may not (or it is final). */
export function progressReport(
  viewer: Viewer,
  task: { bodyId: string; status: TaskStatus },
): { statuses: TaskStatus[] } | null {
  if (!can(viewer, reportProgressCapability, progressScope(task))) return null;
  const statuses = taskStatusChoices(task.status, viewer);
  return statuses.length > 0 ? { statuses } : null;
}
