import type { Viewer } from "@/lib/auth/permissions";

/** The meeting's outcome records and, once concluded, the way into the next one's preparation. */
export async function MeetingOutcome(_props: { meetingId: string; viewer: Viewer }) {
  return null;
}
