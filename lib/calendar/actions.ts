"use server";

import { runAction, runQuery } from "@/lib/action-server";
import { addClosedDay } from "./add-closed-day";
import { createCouncilMeeting } from "./create-council-meeting";
import { createFeedToken } from "./create-feed-token";
import { deleteCouncilMeeting } from "./delete-council-meeting";
import { importProgramme } from "./import-programme";
import { previewImport } from "./preview-import";
import { removeClosedDay } from "./remove-closed-day";
import { revokeFeedToken } from "./revoke-feed-token";
import { updateCouncilMeeting } from "./update-council-meeting";

export async function createCouncilMeetingAction(input: unknown, meta?: unknown) {
  return runAction(createCouncilMeeting, input, meta);
}

export async function updateCouncilMeetingAction(input: unknown, meta?: unknown) {
  return runAction(updateCouncilMeeting, input, meta);
}

export async function deleteCouncilMeetingAction(input: unknown, meta?: unknown) {
  return runAction(deleteCouncilMeeting, input, meta);
}

export async function importProgrammeAction(input: unknown, meta?: unknown) {
  return runAction(importProgramme, input, meta);
}

/** Reads the file and says what an import would do; writes nothing. */
export async function previewImportAction(input: unknown) {
  return runQuery(previewImport, input);
}

export async function addClosedDayAction(input: unknown, meta?: unknown) {
  return runAction(addClosedDay, input, meta);
}

export async function removeClosedDayAction(input: unknown, meta?: unknown) {
  return runAction(removeClosedDay, input, meta);
}

export async function createFeedTokenAction() {
  return runAction(createFeedToken, {});
}

export async function revokeFeedTokenAction() {
  return runAction(revokeFeedToken, {});
}
