"use server";

// Every action below goes through runAction (lib/action.ts): the session is required, the
// input strictly parsed, then authorize() checks the capability in lib/auth/permissions.ts.

import { runAction } from "@/lib/action-server";
import { recordDecision, setDecisionStatus } from "./commands";

export async function recordDecisionAction(input: unknown) {
  return runAction(recordDecision, input);
}

export async function setDecisionStatusAction(input: unknown) {
  return runAction(setDecisionStatus, input);
}
