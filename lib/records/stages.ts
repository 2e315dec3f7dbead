import type { MeetingStatus, RecordKind, RecordStatus } from "@/db/schema/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { Clock } from "@/lib/clock";

// The life of a record, one rule per step, asked by the pages (what to offer) and enforced by
// the commands (what to refuse), so that the screen and the server agree. Client-safe.
//
//   draft --circulate--> circulated --revise--> draft (the next version) ... --finalize--> final
//
// Paragraphs change only in a draft; a circulated version is frozen (record_versions) and
// commented on until its deadline; a final version is read only for good.

/** One Chair's conclusions and one detailed record per meeting; statements and declarations may be several. */
export const singleRecordKinds: readonly RecordKind[] = ["chairs_conclusions", "detailed_record"];

/** Why a record's text may not be edited now (a key under "errors"), or null. */
export function editBlocker(status: RecordStatus): "recordNotDraft" | null {
  return status === "draft" ? null : "recordNotDraft";
}

const meetingTookPlace = (status: MeetingStatus) => status === "held" || status === "concluded";

/** Why a record may not be circulated for comments now, or null. */
export function circulationBlocker(
  record: { status: RecordStatus; paragraphs: number },
  meeting: { status: MeetingStatus },
): "recordNotDraft" | "recordEmpty" | "recordMeetingNotHeld" | null {
  if (record.status !== "draft") return "recordNotDraft";
  if (record.paragraphs === 0) return "recordEmpty";
  // Comments come from those who took part: the meeting must have been held.
  if (!meetingTookPlace(meeting.status)) return "recordMeetingNotHeld";
  return null;
}

/** A circulated record goes back to editing only through "revise": the next version's draft. */
export function reviseBlocker(status: RecordStatus): "recordNotCirculated" | null {
  return status === "circulated" ? null : "recordNotCirculated";
}

/** Why a record may not be finalized now, or null. */
export function finalizeBlocker(
  record: { status: RecordStatus; paragraphs: number; commentDeadline: Date | null },
  pendingComments: number,
  clock: Pick<Clock, "now">,
): "recordFinal" | "recordEmpty" | "commentsStillOpen" | "commentsAwaitAnswer" | null {
  if (record.status === "final") return "recordFinal";
  if (record.paragraphs === 0) return "recordEmpty";
  // Finalizing a circulated version would cut the participants off before their deadline.
  if (
    record.status === "circulated" &&
    record.commentDeadline !== null &&
    clock.now <= record.commentDeadline
  )
    return "commentsStillOpen";
  if (pendingComments > 0) return "commentsAwaitAnswer";
  return null;
}

/** A comment is answered (or its answer changed) until the record is final. */
export function dispositionBlocker(status: RecordStatus): "recordFinal" | null {
  return status === "final" ? "recordFinal" : null;
}

/** A draft never circulated may be deleted; once circulated, its versions are the history. */
export function deleteBlocker(
  status: RecordStatus,
  frozenVersions: number,
): "recordNotDraft" | "recordHasVersions" | null {
  if (status !== "draft") return "recordNotDraft";
  if (frozenVersions > 0) return "recordHasVersions";
  return null;
}

export type CirculatedVersion = {
  version: number;
  commentDeadline: Date | null;
  recipientOrganizationIds: string[];
};

export type CommentWindow = {
  /** True when the viewer may comment now, for at least one organization. */
  open: boolean;
  /** Why nobody may comment now (the record first, then the deadline); null while one may. */
  reason: "recordNotCirculated" | "commentDeadlinePassed" | null;
  deadline: Date | null;
  /** The circulated version comments go to. */
  version: number | null;
  /** The recipient organizations the viewer may comment for (their focal-point grants). */
  organizationIds: string[];
};

/**
 * Whether, and for which organizations, the viewer may comment: only on the version in
 * circulation, until its deadline (the one clock), for an organization it went to and of
 * which the viewer is the focal point.
 */
export function commentWindow(
  record: { status: RecordStatus },
  circulated: CirculatedVersion | null,
  viewer: Viewer,
  clock: Pick<Clock, "now">,
): CommentWindow {
  if (record.status !== "circulated" || !circulated) {
    return {
      open: false,
      reason: "recordNotCirculated",
      deadline: null,
      version: null,
      organizationIds: [],
    };
  }
  const deadline = circulated.commentDeadline;
  const passed = deadline !== null && clock.now > deadline;
  const organizationIds = circulated.recipientOrganizationIds.filter((organizationId) =>
    can(viewer, "record.comment", { organizationId }),
  );
  return {
    open: !passed && organizationIds.length > 0,
    reason: passed ? "commentDeadlinePassed" : null,
    deadline,
    version: circulated.version,
    organizationIds,
  };
}

/**
 * Who reads a frozen version: a final one, everyone signed in; a circulated one, the
 * secretariat, the chairs of the bodies (they are told of it) and the people of the
 * organizations it went to. Drafts are the secretariat's alone (record.manage).
 */
export function mayReadVersion(
  viewer: Viewer,
  version: { stage: RecordStatus; recipientOrganizationIds: string[] },
): boolean {
  if (version.stage === "final") return true;
  if (can(viewer, "record.manage")) return true;
  if (viewer.grants.some((g) => g.role === "chair")) return true;
  return viewer.grants.some(
    (g) => g.organizationId !== null && version.recipientOrganizationIds.includes(g.organizationId),
  );
}
