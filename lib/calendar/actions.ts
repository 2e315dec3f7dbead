"use server";

// Every action below goes through runAction (lib/action.ts): the session is required, the
// input strictly parsed, then authorize() checks the capability in lib/auth/permissions.ts.

import { getDb } from "@/db/client";
import { runAction } from "@/lib/action-server";
import { getViewer } from "@/lib/auth/session";
import { ForbiddenError } from "@/lib/errors";
import { addClosedDay, removeClosedDay } from "./closed-days";
import {
  createCouncilMeeting,
  deleteCouncilMeeting,
  updateCouncilMeeting,
} from "./council-meetings";
import { createFeedToken, revokeFeedToken } from "./feed";
import { type ImportPreview, importProgramme, previewImport } from "./import-programme";
import { importSchema } from "./schemas";

export async function createCouncilMeetingAction(input: unknown) {
  return runAction(createCouncilMeeting, input);
}

export async function updateCouncilMeetingAction(input: unknown) {
  return runAction(updateCouncilMeeting, input);
}

export async function deleteCouncilMeetingAction(input: unknown) {
  return runAction(deleteCouncilMeeting, input);
}

export async function importProgrammeAction(input: unknown) {
  return runAction(importProgramme, input);
}

export async function addClosedDayAction(input: unknown) {
  return runAction(addClosedDay, input);
}

export async function removeClosedDayAction(input: unknown) {
  return runAction(removeClosedDay, input);
}

export async function createFeedTokenAction() {
  return runAction(createFeedToken, {});
}

export async function revokeFeedTokenAction() {
  return runAction(revokeFeedToken, {});
}

/** Reads the file and says what an import would do; writes nothing. */
export async function previewImportAction(
  input: unknown,
): Promise<{ ok: true; data: ImportPreview } | { ok: false; formError: string }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, formError: "unauthenticated" };
  const parsed = importSchema.safeParse(input);
  if (!parsed.success) {
    const tooLarge = parsed.error.issues.some((i) => i.message === "fileTooLarge");
    return { ok: false, formError: tooLarge ? "fileTooLarge" : "validation" };
  }
  try {
    return { ok: true, data: await previewImport(await getDb(), viewer, parsed.data) };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, formError: "forbidden" };
    console.error("[calendar] preview failed:", error);
    return { ok: false, formError: "internal" };
  }
}
