"use server";

// Every action below goes through runAction (lib/action.ts): the session is required, the
// input strictly parsed, then authorize() checks the capability in lib/auth/permissions.ts.

import { runAction } from "@/lib/action-server";
import { appointChair, createBody, removeChair, setMembers, updateBody } from "./commands";

export async function createBodyAction(input: unknown) {
  return runAction(createBody, input);
}

export async function updateBodyAction(input: unknown) {
  return runAction(updateBody, input);
}

export async function appointChairAction(input: unknown) {
  return runAction(appointChair, input);
}

export async function removeChairAction(input: unknown) {
  return runAction(removeChair, input);
}

export async function setMembersAction(input: unknown) {
  return runAction(setMembers, input);
}
