import { type MeetingStatus, meetingStatuses } from "@/db/schema/enums";

// A meeting moves only forward: planned -> invitations open -> held -> concluded (a step may
// be skipped to record an earlier meeting). The status control offers what nextStatuses
// returns; advanceMeetingStatus refuses what statusBlocker names. Client-safe.

/** The statuses a meeting may still move to, in order. */
export function nextStatuses(status: MeetingStatus): MeetingStatus[] {
  return meetingStatuses.slice(meetingStatuses.indexOf(status) + 1);
}

/** Why a meeting may not move to a status (a key under "validation"), or null when it may. */
export function statusBlocker(
  meeting: {
    status: MeetingStatus;
    startsOn: string | null;
    endsOn: string | null;
    hasReplyDeadline: boolean;
  },
  to: MeetingStatus,
  today: string,
): string | null {
  if (!nextStatuses(meeting.status).includes(to)) return "statusNotForward";
  if (!meeting.startsOn || !meeting.endsOn) return "statusNeedsDates";
  if (to === "invitations_open" && !meeting.hasReplyDeadline) return "statusNeedsReplyDeadline";
  if (to === "held" && meeting.startsOn > today) return "statusNotYetHeld";
  if (to === "concluded" && meeting.endsOn > today) return "statusNotYetEnded";
  return null;
}
