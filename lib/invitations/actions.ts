"use server";

// Every action below goes through runAction (lib/action.ts): the session is required, the
// input strictly parsed, then authorize() checks the capability in lib/auth/permissions.ts.

import { runAction } from "@/lib/action-server";
import { openInvitations } from "./open-invitations";
import { recordAttendance, sendReminders } from "./reminders";
import { replyToInvitation } from "./reply";

export async function openInvitationsAction(input: unknown) {
  return runAction(openInvitations, input);
}

export async function replyToInvitationAction(input: unknown) {
  return runAction(replyToInvitation, input);
}

export async function sendRemindersAction(input: unknown) {
  return runAction(sendReminders, input);
}

export async function recordAttendanceAction(input: unknown) {
  return runAction(recordAttendance, input);
}
