import { diffWords } from "diff";
import type { ReportRecommendation } from "@/db/schema/reports";

// The differences between two revisions of a report, word by word (the `diff` library), for
// the compare page to show inline: removed words struck through (<del>), added ones underlined
// (<ins>). The texts are compared as typed (Markdown), not as rendered: a change of emphasis or
// of a link's address is a change the reader must see.

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export type FieldDiff = { changed: boolean; parts: DiffPart[] };

export type ReportSnapshot = {
  title: string;
  summary: string;
  body: string;
  recommendations: ReportRecommendation[];
};

export function diffText(before: string, after: string): FieldDiff {
  if (before === after) return { changed: false, parts: [{ kind: "same", text: after }] };
  const parts = diffWords(before, after).map(
    (change): DiffPart => ({
      kind: change.added ? "added" : change.removed ? "removed" : "same",
      text: change.value,
    }),
  );
  return { changed: true, parts };
}

export type RecommendationDiff = FieldDiff & {
  id: string;
  /** Position in the later revision (null: removed in it). */
  position: number | null;
  status: "same" | "changed" | "added" | "removed";
};

/**
 * Recommendations are matched by their id (it stays when the text is revised), so a reworded
 * item shows its word changes and a new or dropped item shows whole.
 */
export function diffRecommendations(
  before: ReportRecommendation[],
  after: ReportRecommendation[],
): RecommendationDiff[] {
  const earlier = new Map(before.map((r) => [r.id, r]));
  const later = new Set(after.map((r) => r.id));
  const rows: RecommendationDiff[] = after.map((item, index) => {
    const old = earlier.get(item.id);
    if (!old)
      return {
        id: item.id,
        position: index + 1,
        status: "added",
        changed: true,
        parts: [{ kind: "added", text: item.text }],
      };
    const text = diffText(old.text, item.text);
    return { id: item.id, position: index + 1, status: text.changed ? "changed" : "same", ...text };
  });
  for (const item of before) {
    if (later.has(item.id)) continue;
    rows.push({
      id: item.id,
      position: null,
      status: "removed",
      changed: true,
      parts: [{ kind: "removed", text: item.text }],
    });
  }
  return rows;
}

export function diffReports(before: ReportSnapshot, after: ReportSnapshot) {
  const recommendations = diffRecommendations(before.recommendations, after.recommendations);
  const title = diffText(before.title, after.title);
  const summary = diffText(before.summary, after.summary);
  const body = diffText(before.body, after.body);
  const orderChanged =
    before.recommendations
      .map((r) => r.id)
      .filter((id) => after.recommendations.some((a) => a.id === id))
      .join() !==
    after.recommendations
      .map((r) => r.id)
      .filter((id) => before.recommendations.some((b) => b.id === id))
      .join();
  return {
    title,
    summary,
    body,
    recommendations,
    recommendationsReordered: orderChanged,
    unchanged:
      !title.changed &&
      !summary.changed &&
      !body.changed &&
      !orderChanged &&
      recommendations.every((r) => r.status === "same"),
  };
}
