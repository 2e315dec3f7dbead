"use server";

// Every action below goes through runAction (lib/action.ts): the session is required, the
// input strictly parsed, then authorize() checks the capability in lib/auth/permissions.ts.

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
