"use server";

import { runAction } from "@/lib/action-server";
import { assignTask } from "./assign-task";
import { editTask } from "./edit-task";
import { updateTaskProgress } from "./update-task-progress";

export async function assignTaskAction(input: unknown, meta?: unknown) {
  return runAction(assignTask, input, meta);
}

export async function editTaskAction(input: unknown, meta?: unknown) {
  return runAction(editTask, input, meta);
}

export async function updateTaskProgressAction(input: unknown, meta?: unknown) {
  return runAction(updateTaskProgress, input, meta);
}
