"use server";

import { runAction } from "@/lib/action-server";
import { recordDecision } from "./record-decision";
import { setDecisionStatus } from "./set-decision-status";

export async function recordDecisionAction(input: unknown) {
  return runAction(recordDecision, input);
}

export async function setDecisionStatusAction(input: unknown) {
  return runAction(setDecisionStatus, input);
}
