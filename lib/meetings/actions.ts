"use server";

import { runAction, runQuery } from "@/lib/action-server";
import { advanceMeetingStatus } from "./advance-meeting-status";
import { planMeeting } from "./plan-meeting";
import { assessMeetingDates } from "./planning";
import { updateDeadlines } from "./update-deadlines";
import { updateMeeting } from "./update-meeting";

export async function planMeetingAction(input: unknown, meta?: unknown) {
  return runAction(planMeeting, input, meta);
}

export async function updateMeetingAction(input: unknown, meta?: unknown) {
  return runAction(updateMeeting, input, meta);
}

export async function advanceMeetingStatusAction(input: unknown, meta?: unknown) {
  return runAction(advanceMeetingStatus, input, meta);
}

export async function updateDeadlinesAction(input: unknown, meta?: unknown) {
  return runAction(updateDeadlines, input, meta);
}

/** The warnings for dates typed by hand, as the planning form changes (reads only). */
export async function assessDatesAction(input: unknown) {
  return runQuery(assessMeetingDates, input);
}
