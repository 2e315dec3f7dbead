"use server";

import { runAction } from "@/lib/action-server";
import { openInvitations } from "./open-invitations";
import { recordAttendance } from "./record-attendance";
import { replyToInvitation } from "./reply-to-invitation";
import { sendReminders } from "./send-reminders";

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
