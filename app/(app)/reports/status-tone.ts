import type { Tone } from "@/app/_components/status-badge";
import type { ReportStatus } from "@/db/schema/enums";

/** How each report status reads at a glance: waiting on the chairs, on the secretariat, done. */
export const reportStatusTone: Record<ReportStatus, Tone> = {
  requested: "neutral",
  draft: "info",
  submitted: "warning",
  returned: "danger",
  accepted: "success",
};
