import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetings, scSessions } from "@/db/schema";
import { ValidationError } from "@/lib/errors";

// Checks shared by planning a meeting and editing it.

/** One meeting per number in the series (the meeting being edited aside). */
export async function assertFreeSequenceNumber(
  tx: Tx,
  sequenceNumber: number,
  exceptId?: string,
): Promise<void> {
  const [clash] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      exceptId
        ? and(eq(meetings.sequenceNumber, sequenceNumber), ne(meetings.id, exceptId))
        : eq(meetings.sequenceNumber, sequenceNumber),
    );
  if (clash) throw new ValidationError({ sequenceNumber: ["sequenceTaken"] });
}

/** The Council meeting it is held next to, when one is named, must exist. */
export async function assertCouncilMeetingExists(tx: Tx, id: string | null): Promise<void> {
  if (!id) return;
  const [row] = await tx
    .select({ id: scSessions.id })
    .from(scSessions)
    .where(eq(scSessions.id, id));
  if (!row) throw new ValidationError({ scSessionId: ["chooseOne"] });
}
