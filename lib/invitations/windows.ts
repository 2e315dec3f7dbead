import type { MeetingStatus } from "@/db/schema/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Clock } from "@/lib/clock";
import { deriveDeadlines, instantToVenueTime } from "@/lib/meetings/deadlines";

// When each step of the invitation workflow is open. The pages ask these functions what to
// offer and the commands refuse with the same answers, so the screen and the server agree.
// Pure: no database, no Next.js (commands run outside Next.js in the e2e fixtures).

/** Once the meeting is held or concluded, its invitations are history. */
const meetingTookPlace = (status: MeetingStatus) => status === "held" || status === "concluded";

export type ReplyClosedReason = "meetingAlreadyHeld" | "deadlinePassed";

export type ReplyWindow = {
  /** Whether this viewer may reply (or change the reply) now. */
  open: boolean;
  /** Why focal points may no longer reply (the meeting first, then the deadline); null while they may. */
  reason: ReplyClosedReason | null;
  deadline: Date | null;
  deadlinePassed: boolean;
  /**
   * The secretariat records replies on the organization's behalf (received by letter, or
   * late), so the window stays open to it after it has closed for the focal point.
   */
  onBehalf: boolean;
};

export function replyWindow(
  invitation: { replyDeadline: Date | null; meetingStatus: MeetingStatus },
  viewer: Viewer,
  clock: Pick<Clock, "now">,
): ReplyWindow {
  const deadline = invitation.replyDeadline;
  const deadlinePassed = !!deadline && clock.now > deadline;
  const reason: ReplyClosedReason | null = meetingTookPlace(invitation.meetingStatus)
    ? "meetingAlreadyHeld"
    : deadlinePassed
      ? "deadlinePassed"
      : null;
  const onBehalf = can(viewer, "invitation.manage");
  return { open: onBehalf || reason === null, reason, deadline, deadlinePassed, onBehalf };
}

type MeetingDates = { status: MeetingStatus; startsOn: string | null };

/** Whether the secretariat may (still) invite organizations: a dated meeting not yet held. */
export function invitationWindow(meeting: MeetingDates): {
  open: boolean;
  reason: "meetingAlreadyHeld" | "statusNeedsDates" | null;
} {
  const reason = meetingTookPlace(meeting.status)
    ? "meetingAlreadyHeld"
    : !meeting.startsOn
      ? "statusNeedsDates"
      : null;
  return { open: reason === null, reason };
}

/** Reminders to reply make sense until the meeting begins. */
export function reminderWindow(
  meeting: MeetingDates,
  clock: Pick<Clock, "today">,
): { open: boolean; reason: "meetingAlreadyHeld" | null } {
  const begun =
    meetingTookPlace(meeting.status) || (!!meeting.startsOn && meeting.startsOn <= clock.today);
  return { open: !begun, reason: begun ? "meetingAlreadyHeld" : null };
}

/** Actual attendance is recorded once the meeting has begun. */
export function attendanceWindow(
  meeting: { startsOn: string | null },
  clock: Pick<Clock, "today">,
): { open: boolean; reason: "meetingNotHeldYet" | null } {
  const begun = !!meeting.startsOn && meeting.startsOn <= clock.today;
  return { open: begun, reason: begun ? null : "meetingNotHeldYet" };
}

/**
 * The reply deadline the invitation form proposes, as venue time ("YYYY-MM-DDTHH:mm"): the
 * meeting's own, else the default (four weeks before, lib/meetings/deadlines.ts), else none.
 */
export function proposedReplyDeadline(meeting: {
  startsOn: string | null;
  endsOn: string | null;
  timeZone: string;
  replyDeadline: Date | null;
}): string {
  if (meeting.replyDeadline) return instantToVenueTime(meeting.replyDeadline, meeting.timeZone);
  if (!meeting.startsOn) return "";
  const derived = deriveDeadlines({
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn ?? meeting.startsOn,
    timeZone: meeting.timeZone,
  }).find((d) => d.kind === "invitation_replies");
  return derived ? instantToVenueTime(derived.dueAt, meeting.timeZone) : "";
}
