"use server";

import { runAction } from "@/lib/action-server";
import { recordDecision, setDecisionStatus } from "./commands";

export async function recordDecisionAction(input: unknown) {
  return runAction(recordDecision, input);
}

export async function setDecisionStatusAction(input: unknown) {
  return runAction(setDecisionStatus, input);
}
