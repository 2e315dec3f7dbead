"use server";

import { runAction } from "@/lib/action-server";
import { assignTask } from "./assign-task";
import { editTask } from "./edit-task";
import { updateTaskProgress } from "./update-task-progress";

export async function assignTaskAction(input: unknown) {
  return runAction(assignTask, input);
}

export async function editTaskAction(input: unknown) {
  return runAction(editTask, input);
}

export async function updateTaskProgressAction(input: unknown) {
  return runAction(updateTaskProgress, input);
}
