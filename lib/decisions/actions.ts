"use server";

import { runAction } from "@/lib/action-server";
import { recordDecision } from "./record-decision";
import { setDecisionStatus } from "./set-decision-status";
import { updateDecision } from "./update-decision";
import { withdrawDecision } from "./withdraw-decision";

// Server actions: one line each; authorization happens in lib/action.ts (executeAction).

export async function recordDecisionAction(input: unknown, meta?: unknown) {
  return runAction(recordDecision, input, meta);
}

export async function setDecisionStatusAction(input: unknown, meta?: unknown) {
  return runAction(setDecisionStatus, input, meta);
}

export async function updateDecisionAction(input: unknown, meta?: unknown) {
  return runAction(updateDecision, input, meta);
}

export async function withdrawDecisionAction(input: unknown, meta?: unknown) {
  return runAction(withdrawDecision, input, meta);
}
