import type { ReportStatus } from "@/db/schema/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Clock } from "@/lib/clock";

// Where a report stands and what may happen to it next. The report's pages ask these
// functions what to offer, and the commands refuse with the same answers.
// Pure: no database, no Next.js (commands run outside Next.js in the e2e fixtures).
//
//   requested ──save──▶ draft ──submit──▶ submitted ──accept──▶ accepted (final)
//                         ▲                   │
//                         └──save── returned ◀┘ return (with remarks)
//
// A returned report stays "returned" while its chairs revise it (the remarks still apply),
// and goes back to "submitted" when they submit it again.

export type ReportRefusal =
  | "reportSubmitted"
  | "reportAccepted"
  | "reportNotSaved"
  | "reportEmpty"
  | "reportNotSubmitted";

/** Why the text may not be changed now (null: it may). Also for attachments. */
export function editRefusal(status: ReportStatus): ReportRefusal | null {
  if (status === "submitted") return "reportSubmitted";
  if (status === "accepted") return "reportAccepted";
  return null;
}

/** Why the report may not be submitted now (null: it may). */
export function submitRefusal(report: {
  status: ReportStatus;
  body: string;
}): ReportRefusal | null {
  const refusal = editRefusal(report.status);
  if (refusal) return refusal;
  if (report.status === "requested") return "reportNotSaved";
  if (!report.body.trim()) return "reportEmpty";
  return null;
}

/** Why the secretariat may not accept or return the report now (null: it may). */
export function reviewRefusal(status: ReportStatus): ReportRefusal | null {
  if (status === "accepted") return "reportAccepted";
  if (status !== "submitted") return "reportNotSubmitted";
  return null;
}

export type ReportRights = {
  /** Change the text and the attachments. */
  edit: boolean;
  submit: boolean;
  /** Accept or return. */
  review: boolean;
};

/** What this viewer may do with this report now. */
export function reportRights(
  viewer: Viewer,
  report: { bodyId: string; status: ReportStatus; body: string },
): ReportRights {
  const writer = can(viewer, "report.write", { bodyId: report.bodyId });
  return {
    edit: writer && editRefusal(report.status) === null,
    submit: writer && submitRefusal(report) === null,
    review: can(viewer, "report.review") && reviewRefusal(report.status) === null,
  };
}

/** Statuses in which the report still waits for its chairs. */
export const awaitingChairStatuses = [
  "requested",
  "draft",
  "returned",
] as const satisfies readonly ReportStatus[];

/** Overdue: the due date has passed and the chairs have not (re)submitted the report. */
export function isOverdue(
  report: { status: ReportStatus; dueAt: Date | null },
  clock: Pick<Clock, "now">,
): boolean {
  return (
    !!report.dueAt &&
    report.dueAt < clock.now &&
    (awaitingChairStatuses as readonly ReportStatus[]).includes(report.status)
  );
}
