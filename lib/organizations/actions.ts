"use server";

import { runAction } from "@/lib/action-server";
import { designateFocalPoint, removeFocalPoint } from "./focal-points";
import { updateOrganization } from "./update-organization";

// Thin: each action is parsed, authorized, audited and committed by runAction.

export async function updateOrganizationAction(input: unknown) {
  return runAction(updateOrganization, input);
}

export async function designateFocalPointAction(input: unknown) {
  return runAction(designateFocalPoint, input);
}

export async function removeFocalPointAction(input: unknown) {
  return runAction(removeFocalPoint, input);
}
