"use server";

import { runAction } from "@/lib/action-server";
import { assignTask, editTask, updateTaskProgress } from "./commands";

export async function assignTaskAction(input: unknown) {
  return runAction(assignTask, input);
}

export async function editTaskAction(input: unknown) {
  return runAction(editTask, input);
}

export async function updateTaskProgressAction(input: unknown) {
  return runAction(updateTaskProgress, input);
}
