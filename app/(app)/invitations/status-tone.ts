import type { Tone } from "@/app/_components/status-badge";
import type { InvitationStatus } from "@/db/schema/enums";

/** How an invitation's status is coloured wherever it is shown. */
export const invitationStatusTone: Record<InvitationStatus, Tone> = {
  pending: "warning",
  confirmed: "success",
  declined: "neutral",
};
