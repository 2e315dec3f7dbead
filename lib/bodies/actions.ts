"use server";

import { runAction } from "@/lib/action-server";
import { appointChair } from "./appoint-chair";
import { createBody } from "./create-body";
import { removeChair } from "./remove-chair";
import { setMembers } from "./set-members";
import { updateBody } from "./update-body";

export async function createBodyAction(input: unknown, meta?: unknown) {
  return runAction(createBody, input, meta);
}

export async function updateBodyAction(input: unknown, meta?: unknown) {
  return runAction(updateBody, input, meta);
}

export async function appointChairAction(input: unknown, meta?: unknown) {
  return runAction(appointChair, input, meta);
}

export async function removeChairAction(input: unknown, meta?: unknown) {
  return runAction(removeChair, input, meta);
}

export async function setMembersAction(input: unknown, meta?: unknown) {
  return runAction(setMembers, input, meta);
}
