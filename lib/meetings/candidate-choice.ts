import { isIsoDate } from "@/lib/calendar/days";

// "Use these dates" on a proposed candidate is a link, so it works without scripts: its query
// names the dates and the Council meeting. Choosing it changes those fields of the planning
// form and nothing else: a title or a theme already typed stays.

export type CandidateChoice = { startsOn: string; endsOn: string; scSessionId: string };
type SearchParams = Record<string, string | string[] | undefined>;

const choiceParams = ["start", "end", "sc"];

/** The candidate chosen in the page's query, or null; an unknown Council meeting is dropped. */
export function candidateChoiceFrom(
  params: SearchParams,
  councilMeetingIds: readonly string[],
): CandidateChoice | null {
  const start = typeof params.start === "string" && isIsoDate(params.start) ? params.start : null;
  if (!start) return null;
  const end = typeof params.end === "string" && isIsoDate(params.end) ? params.end : start;
  const sc =
    typeof params.sc === "string" && councilMeetingIds.includes(params.sc) ? params.sc : "";
  return { startsOn: start, endsOn: end, scSessionId: sc };
}

/** The link that chooses a candidate, keeping the proposal options (window, distance, length). */
export function candidateHref(
  params: SearchParams,
  candidate: { startsOn: string; endsOn: string; council: { id: string } },
): string {
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) =>
      typeof value === "string" && !choiceParams.includes(key) ? [[key, value]] : [],
    ),
  );
  query.set("start", candidate.startsOn);
  query.set("end", candidate.endsOn);
  query.set("sc", candidate.council.id);
  return `/meetings/plan?${query.toString()}#plan-form`;
}

/** The form's values with the chosen dates and Council meeting; every other field as it was. */
export function chooseCandidate<T extends Partial<Record<keyof CandidateChoice, unknown>>>(
  values: T,
  choice: CandidateChoice,
): T {
  return {
    ...values,
    startsOn: choice.startsOn,
    endsOn: choice.endsOn,
    scSessionId: choice.scSessionId,
  };
}
