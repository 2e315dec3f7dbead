import { z } from "zod";
import { reportStatuses } from "@/db/schema/enums";
import { isIsoDate } from "@/lib/calendar/days";
import { MAX_RECOMMENDATIONS, MAX_REPORT_TEXT } from "./choices";

export {
  type AttachmentExtension,
  attachmentExtensions,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  MAX_RECOMMENDATIONS,
  MAX_REPORT_TEXT,
} from "./choices";

// Client-safe: the report forms and the server actions share these (zod only).

export const MAX_SUMMARY = 5_000;
export const MAX_RECOMMENDATION = 5_000;
export const MAX_REMARKS = 5_000;

const reportId = z.uuid();
const version = z.coerce.number().int().positive();

/** Local date and time at the venue, "YYYY-MM-DDTHH:mm". */
const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "dateTime" })
  .refine((v) => isIsoDate(v.slice(0, 10)), { error: "dateTime" });

export const requestReportsSchema = z.strictObject({
  meetingId: z.uuid(),
  bodyIds: z.array(z.uuid()).min(1, { error: "chooseAtLeastOne" }).max(100),
  dueAt: localDateTime,
});

export const recommendationSchema = z.strictObject({
  // Empty for a new item: the server gives it an id, which then stays through revisions.
  id: z.union([z.uuid(), z.literal("")]).default(""),
  text: z
    .string()
    .trim()
    .min(3, { error: "recommendationRequired" })
    .max(MAX_RECOMMENDATION, { error: "tooLong" }),
});

export const saveReportSchema = z
  .strictObject({
    reportId,
    version,
    title: z.string().trim().min(3, { error: "required" }).max(300, { error: "tooLong" }),
    summary: z.string().trim().max(MAX_SUMMARY, { error: "tooLong" }).default(""),
    // Not trimmed: Markdown keeps its leading spaces (indented code, nested lists).
    body: z.string().max(MAX_REPORT_TEXT, { error: "reportTooLong" }).default(""),
    recommendations: z
      .array(recommendationSchema)
      .max(MAX_RECOMMENDATIONS, { error: "tooManyRecommendations" })
      .default([]),
  })
  .superRefine((report, ctx) => {
    const ids = report.recommendations.map((r) => r.id).filter((id) => id !== "");
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({ code: "custom", path: ["recommendations"], message: "invalid" });
    });
  });
export type SaveReportInput = z.input<typeof saveReportSchema>;

export const submitReportSchema = z.strictObject({ reportId, version });

export const acceptReportSchema = z.strictObject({ reportId, version });

export const returnReportSchema = z.strictObject({
  reportId,
  version,
  remarks: z
    .string()
    .trim()
    .min(3, { error: "remarksRequired" })
    .max(MAX_REMARKS, { error: "tooLong" }),
});

/** A file as the server action receives it (a File from the upload's FormData). */
const uploadedFile = z.custom<File>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as Blob).arrayBuffer === "function" &&
    typeof (value as Blob).size === "number" &&
    typeof (value as File).name === "string",
  { error: "chooseFile" },
);

/** An upload: the file itself, sent to the server action as it is (no base64 detour). */
export const addAttachmentSchema = z.strictObject({ reportId, file: uploadedFile });

export const removeAttachmentSchema = z.strictObject({
  reportId,
  attachmentId: z.uuid(),
});

/** The preview while the chair types: the same rendering the report page uses. */
export const previewReportSchema = z.strictObject({
  reportId,
  body: z.string().max(MAX_REPORT_TEXT, { error: "reportTooLong" }),
});

export const reportFilterSchema = z.object({
  status: z.enum(reportStatuses).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
});
export type ReportFilter = z.output<typeof reportFilterSchema>;

export const compareSchema = z.object({
  from: z.coerce.number().int().positive().optional().catch(undefined),
  to: z.coerce.number().int().positive().optional().catch(undefined),
});
