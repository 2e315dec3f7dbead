// The value lists and limits of the reports forms, without zod: the browser needs them when a
// form renders, and loads the schemas (lib/reports/schemas.ts, which re-exports these) only when
// the form is first used (useActionForm).

/** The longest report text (characters): longer is refused, nothing stored. */
export const MAX_REPORT_TEXT = 200_000;

export const MAX_RECOMMENDATIONS = 50;

/** Attachments: at most 10 MB each and 5 per report (lib/reports/attachment-types.ts checks the content). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const MAX_ATTACHMENTS = 5;

/** The file name endings a report may carry, for the file picker and the first check. */
export const attachmentExtensions = [
  "pdf",
  "doc",
  "docx",
  "xls",
  "xlsx",
  "odt",
  "ods",
  "odp",
  "txt",
] as const;
export type AttachmentExtension = (typeof attachmentExtensions)[number];
