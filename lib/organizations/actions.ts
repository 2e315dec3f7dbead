"use server";

import { runAction } from "@/lib/action-server";
import { designateFocalPoint } from "./designate-focal-point";
import { removeFocalPoint } from "./remove-focal-point";
import { updateOrganization } from "./update-organization";

export async function updateOrganizationAction(input: unknown, meta?: unknown) {
  return runAction(updateOrganization, input, meta);
}

export async function designateFocalPointAction(input: unknown, meta?: unknown) {
  return runAction(designateFocalPoint, input, meta);
}

export async function removeFocalPointAction(input: unknown, meta?: unknown) {
  return runAction(removeFocalPoint, input, meta);
}
