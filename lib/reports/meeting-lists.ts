// The meeting page lists its reports in two parts, the documentation (accepted) and what is
// still in progress, each cut to its first rows unless all are asked for: a meeting has a
// report per body, and ten years of bodies make lists no page should render whole.

/** How many reports each part shows before "Show all". */
export const REPORTS_SHOWN = 10;

export function meetingReportLists<T extends { status: string }>(
  rows: readonly T[],
  showAll: boolean,
): { accepted: T[]; inProgress: T[]; hidden: number } {
  const accepted = rows.filter((r) => r.status === "accepted");
  const inProgress = rows.filter((r) => r.status !== "accepted");
  if (showAll) return { accepted, inProgress, hidden: 0 };
  const shown = {
    accepted: accepted.slice(0, REPORTS_SHOWN),
    inProgress: inProgress.slice(0, REPORTS_SHOWN),
  };
  return { ...shown, hidden: rows.length - shown.accepted.length - shown.inProgress.length };
}
