import { firstRows } from "@/lib/lists/first-rows";

// The meeting page lists its reports in two parts, the documentation (accepted) and what is
// still in progress, each cut to its first rows unless all are asked for: a meeting has a
// report per body, and ten years of bodies make lists no page should render whole.

export { ROWS_SHOWN as REPORTS_SHOWN } from "@/lib/lists/first-rows";

export function meetingReportLists<T extends { status: string }>(
  rows: readonly T[],
  showAll: boolean,
): { accepted: T[]; inProgress: T[]; hidden: number } {
  const accepted = firstRows(
    rows.filter((r) => r.status === "accepted"),
    showAll,
  );
  const inProgress = firstRows(
    rows.filter((r) => r.status !== "accepted"),
    showAll,
  );
  return {
    accepted: accepted.rows,
    inProgress: inProgress.rows,
    hidden: accepted.hidden + inProgress.hidden,
  };
}
