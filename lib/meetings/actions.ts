"use server";

// Every action below goes through runAction (lib/action.ts): the session is required, the
// input strictly parsed, then authorize() checks the capability in lib/auth/permissions.ts.

import { z } from "zod";
import { getDb } from "@/db/client";
import { runAction } from "@/lib/action-server";
import { getViewer } from "@/lib/auth/session";
import type { Assessment } from "@/lib/calendar/scheduling";
import { isoDate } from "@/lib/calendar/schemas";
import { ForbiddenError } from "@/lib/errors";
import { advanceMeetingStatus } from "./advance-status";
import { planMeeting, updateMeeting } from "./plan-meeting";
import { assessMeetingDates } from "./planning";
import { updateDeadlines } from "./update-deadlines";

export async function planMeetingAction(input: unknown) {
  return runAction(planMeeting, input);
}

export async function updateMeetingAction(input: unknown) {
  return runAction(updateMeeting, input);
}

export async function advanceMeetingStatusAction(input: unknown) {
  return runAction(advanceMeetingStatus, input);
}

export async function updateDeadlinesAction(input: unknown) {
  return runAction(updateDeadlines, input);
}

const assessSchema = z.strictObject({
  startsOn: isoDate,
  endsOn: isoDate,
  meetingId: z.uuid().optional(),
});

/** The warnings for dates typed by hand, as the planning form changes (reads only). */
export async function assessDatesAction(input: unknown): Promise<Assessment | null> {
  const viewer = await getViewer();
  const parsed = assessSchema.safeParse(input);
  if (!viewer || !parsed.success || parsed.data.endsOn < parsed.data.startsOn) return null;
  try {
    return await assessMeetingDates(await getDb(), viewer, parsed.data);
  } catch (error) {
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}
