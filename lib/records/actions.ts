"use server";

import { runAction } from "@/lib/action-server";
import { circulateRecord } from "./circulate-record";
import { commentOnRecord } from "./comment-on-record";
import { createRecord } from "./create-record";
import { deleteRecord } from "./delete-record";
import { disposeComment } from "./dispose-comment";
import { finalizeRecord } from "./finalize-record";
import { reviseRecord } from "./revise-record";
import { updateRecord } from "./update-record";

// Server actions: one line each; authorization happens in lib/action.ts (executeAction).

export async function createRecordAction(input: unknown, meta?: unknown) {
  return runAction(createRecord, input, meta);
}

export async function updateRecordAction(input: unknown, meta?: unknown) {
  return runAction(updateRecord, input, meta);
}

export async function circulateRecordAction(input: unknown, meta?: unknown) {
  return runAction(circulateRecord, input, meta);
}

export async function commentOnRecordAction(input: unknown, meta?: unknown) {
  return runAction(commentOnRecord, input, meta);
}

export async function disposeCommentAction(input: unknown, meta?: unknown) {
  return runAction(disposeComment, input, meta);
}

export async function reviseRecordAction(input: unknown, meta?: unknown) {
  return runAction(reviseRecord, input, meta);
}

export async function finalizeRecordAction(input: unknown, meta?: unknown) {
  return runAction(finalizeRecord, input, meta);
}

export async function deleteRecordAction(input: unknown, meta?: unknown) {
  return runAction(deleteRecord, input, meta);
}
