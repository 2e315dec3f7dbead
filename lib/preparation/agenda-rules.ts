import type { AgendaItemStatus, MeetingStatus } from "@/db/schema/enums";

// When the next meeting may be prepared and its agenda changed. The pages ask these and the
// commands refuse with the same answers. Client-safe.

/** A concluded meeting's outcome goes into the preparation of the next one. */
export function preparationBlocker(
  meeting: { status: MeetingStatus },
  next: { status: MeetingStatus } | null,
): "meetingNotConcluded" | "nextMeetingAlreadyHeld" | null {
  if (meeting.status !== "concluded") return "meetingNotConcluded";
  if (next && (next.status === "held" || next.status === "concluded"))
    return "nextMeetingAlreadyHeld";
  return null;
}

/** The provisional agenda changes until it is issued; the issued agenda is what participants read. */
export function agendaEditBlocker(meeting: { agendaIssuedAt: Date | null }): "agendaIssued" | null {
  return meeting.agendaIssuedAt ? "agendaIssued" : null;
}

/** Issued once every proposed item is accepted or dropped, with at least one accepted. */
export function issueBlocker(
  meeting: { agendaIssuedAt: Date | null },
  items: readonly { status: AgendaItemStatus }[],
): "agendaIssued" | "agendaEmpty" | "agendaHasProposedItems" | null {
  if (meeting.agendaIssuedAt) return "agendaIssued";
  if (!items.some((i) => i.status === "accepted")) return "agendaEmpty";
  if (items.some((i) => i.status === "proposed")) return "agendaHasProposedItems";
  return null;
}
