import { describe, expect, it } from "vitest";
import { meetingReportLists, REPORTS_SHOWN } from "./meeting-lists";

const rows = (accepted: number, inProgress: number) => [
  ...Array.from({ length: accepted }, (_, i) => ({ id: `a${i}`, status: "accepted" })),
  ...Array.from({ length: inProgress }, (_, i) => ({ id: `p${i}`, status: "draft" })),
];

describe("the meeting page's report lists", () => {
  it("shows a meeting's few reports whole, in their two parts", () => {
    const lists = meetingReportLists(rows(4, 3), false);
    expect(lists.accepted.map((r) => r.id)).toEqual(["a0", "a1", "a2", "a3"]);
    expect(lists.inProgress.map((r) => r.id)).toEqual(["p0", "p1", "p2"]);
    expect(lists.hidden).toBe(0);
  });

  it("cuts each part to its first rows and counts what is left out", () => {
    const lists = meetingReportLists(rows(250, 50), false);
    expect(lists.accepted).toHaveLength(REPORTS_SHOWN);
    expect(lists.accepted[0]?.id).toBe("a0");
    expect(lists.inProgress).toHaveLength(REPORTS_SHOWN);
    expect(lists.hidden).toBe(300 - 2 * REPORTS_SHOWN);
  });

  it("shows everything when asked", () => {
    const lists = meetingReportLists(rows(250, 50), true);
    expect(lists.accepted).toHaveLength(250);
    expect(lists.inProgress).toHaveLength(50);
    expect(lists.hidden).toBe(0);
  });
});
