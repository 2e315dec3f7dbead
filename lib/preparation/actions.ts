"use server";

import { runAction } from "@/lib/action-server";
import { addAgendaItem } from "./add-agenda-item";
import { issueAgenda } from "./issue-agenda";
import { moveAgendaItem } from "./move-agenda-item";
import { prepareNextMeeting } from "./prepare-next-meeting";
import { setAgendaItemStatus } from "./set-agenda-item-status";
import { updateAgendaItem } from "./update-agenda-item";

// Server actions: one line each; authorization happens in lib/action.ts (executeAction).

export async function prepareNextMeetingAction(input: unknown, meta?: unknown) {
  return runAction(prepareNextMeeting, input, meta);
}

export async function addAgendaItemAction(input: unknown, meta?: unknown) {
  return runAction(addAgendaItem, input, meta);
}

export async function updateAgendaItemAction(input: unknown, meta?: unknown) {
  return runAction(updateAgendaItem, input, meta);
}

export async function setAgendaItemStatusAction(input: unknown, meta?: unknown) {
  return runAction(setAgendaItemStatus, input, meta);
}

export async function moveAgendaItemAction(input: unknown, meta?: unknown) {
  return runAction(moveAgendaItem, input, meta);
}

export async function issueAgendaAction(input: unknown, meta?: unknown) {
  return runAction(issueAgenda, input, meta);
}
