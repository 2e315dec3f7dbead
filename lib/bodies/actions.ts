"use server";

import { runAction } from "@/lib/action-server";
import { appointChair } from "./appoint-chair";
import { createBody } from "./create-body";
import { removeChair } from "./remove-chair";
import { setMembers } from "./set-members";
import { updateBody } from "./update-body";

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
