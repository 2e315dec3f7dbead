import type { Viewer } from "@/lib/auth/permissions";

/** The meeting's reports: the documentation (accepted reports) and, for those who may, the rest. */
export async function MeetingReports(_props: { meetingId: string; viewer: Viewer }) {
  return null;
}
