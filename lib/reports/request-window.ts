import type { MeetingStatus } from "@/db/schema/enums";

// Reports are asked for a meeting still to come: once it is held, what was filed is its
// documentation. The request form and the request command both ask this function.

export type RequestWindow =
  | { open: true; reason: null }
  | { open: false; reason: "meetingAlreadyHeld" | "statusNeedsDates" };

export function requestWindow(meeting: {
  status: MeetingStatus;
  startsOn: string | null;
}): RequestWindow {
  if (meeting.status === "held" || meeting.status === "concluded")
    return { open: false, reason: "meetingAlreadyHeld" };
  if (!meeting.startsOn) return { open: false, reason: "statusNeedsDates" };
  return { open: true, reason: null };
}
