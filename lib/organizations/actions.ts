"use server";

import { runAction } from "@/lib/action-server";
import { designateFocalPoint } from "./designate-focal-point";
import { removeFocalPoint } from "./remove-focal-point";
import { updateOrganization } from "./update-organization";

export async function updateOrganizationAction(input: unknown) {
  return runAction(updateOrganization, input);
}

export async function designateFocalPointAction(input: unknown) {
  return runAction(designateFocalPoint, input);
}

export async function removeFocalPointAction(input: unknown) {
  return runAction(removeFocalPoint, input);
}
