import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { reports } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { chairsConclusionsOf } from "./outcome";

/**
 * Checks where a decision says it comes from: the paragraphs exist in the meeting's Chair's
 * conclusions (when the meeting has them), and the recommendation is one of an accepted report
 * to the same meeting. Returns the columns to write.
 */
export async function checkedSources(
  tx: Tx,
  meetingId: string,
  input: {
    sourceParagraphs: number[];
    endorsement: { reportId: string; recommendationId: string } | null;
  },
) {
  if (input.sourceParagraphs.length > 0) {
    const conclusions = await chairsConclusionsOf(tx, meetingId);
    const numbers = new Set(conclusions?.paragraphs.map((p) => p.number) ?? []);
    if (conclusions && input.sourceParagraphs.some((n) => !numbers.has(n)))
      throw new ValidationError({ sourceParagraphs: ["paragraphNotInConclusions"] });
  }
  if (input.endorsement) {
    const [report] = await tx
      .select({ recommendations: reports.recommendations })
      .from(reports)
      .where(
        and(
          eq(reports.id, input.endorsement.reportId),
          eq(reports.meetingId, meetingId),
          eq(reports.status, "accepted"),
        ),
      );
    const { recommendationId } = input.endorsement;
    if (!report?.recommendations.some((r) => r.id === recommendationId))
      throw new ValidationError({ endorsement: ["chooseOne"] });
  }
  return {
    sourceParagraphs: input.sourceParagraphs,
    endorsedReportId: input.endorsement?.reportId ?? null,
    endorsedRecommendationId: input.endorsement?.recommendationId ?? null,
  };
}
