"use server";

import { runAction } from "@/lib/action-server";
import { openInvitations } from "./open-invitations";
import { recordAttendance } from "./record-attendance";
import { replyToInvitation } from "./reply-to-invitation";
import { sendReminders } from "./send-reminders";

export async function openInvitationsAction(input: unknown, meta?: unknown) {
  return runAction(openInvitations, input, meta);
}

export async function replyToInvitationAction(input: unknown, meta?: unknown) {
  return runAction(replyToInvitation, input, meta);
}

export async function sendRemindersAction(input: unknown, meta?: unknown) {
  return runAction(sendReminders, input, meta);
}

export async function recordAttendanceAction(input: unknown, meta?: unknown) {
  return runAction(recordAttendance, input, meta);
}
