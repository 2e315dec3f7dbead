"use server";

import { runAction, runQuery } from "@/lib/action-server";
import { acceptReport } from "./accept-report";
import { addAttachment } from "./add-attachment";
import { previewReport } from "./preview-report";
import { removeAttachment } from "./remove-attachment";
import { requestReports } from "./request-reports";
import { returnReport } from "./return-report";
import { saveReport } from "./save-report";
import { submitReport } from "./submit-report";

// Authorization happens in runAction / runQuery (lib/action.ts), against lib/auth/permissions.ts.
// `meta` is what a form sends beside its values (the idempotency key of a submit).

export async function requestReportsAction(input: unknown, meta?: unknown) {
  return runAction(requestReports, input, meta);
}

export async function saveReportAction(input: unknown, meta?: unknown) {
  return runAction(saveReport, input, meta);
}

export async function submitReportAction(input: unknown, meta?: unknown) {
  return runAction(submitReport, input, meta);
}

export async function acceptReportAction(input: unknown, meta?: unknown) {
  return runAction(acceptReport, input, meta);
}

export async function returnReportAction(input: unknown, meta?: unknown) {
  return runAction(returnReport, input, meta);
}

/** The upload form sends FormData (it carries the file): its two entries are the input. */
export async function addAttachmentAction(form: FormData) {
  return runAction(addAttachment, { reportId: form.get("reportId"), file: form.get("file") });
}

export async function removeAttachmentAction(input: unknown, meta?: unknown) {
  return runAction(removeAttachment, input, meta);
}

export async function previewReportAction(input: unknown) {
  return runQuery(previewReport, input);
}
