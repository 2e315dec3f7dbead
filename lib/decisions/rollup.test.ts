import { describe, expect, it } from "vitest";
import { canMoveTask } from "../tasks/transitions";
import { mayStateDecisionStatus, rollUp } from "./rollup";

const today = "2006-03-01";

describe("rolling tasks up into a decision's implementation", () => {
  it("is not started without tasks, unless the secretariat set it explicitly", () => {
    expect(rollUp([], { override: null, today })).toEqual({
      status: "not_started",
      progress: 0,
      tasks: 0,
      done: 0,
      overdue: 0,
      explicit: false,
    });
    expect(rollUp([], { override: "implemented", today })).toMatchObject({
      status: "implemented",
      progress: 100,
      explicit: true,
    });
  });

  it("averages progress with each task weighing the same, leaving cancelled tasks out", () => {
    const r = rollUp(
      [
        { status: "in_progress", progress: 50, dueOn: "2006-09-01" },
        { status: "not_started", progress: 0, dueOn: null },
        { status: "done", progress: 100, dueOn: "2006-01-01" },
        { status: "cancelled", progress: 10, dueOn: "2005-01-01" },
      ],
      { override: null, today },
    );
    expect(r).toEqual({
      status: "in_progress",
      progress: 50,
      tasks: 3,
      done: 1,
      overdue: 0,
      explicit: false,
    });
  });

  it("is implemented only when every counted task is done, and ignores an override when tasks exist", () => {
    expect(
      rollUp(
        [
          { status: "done", progress: 100, dueOn: null },
          { status: "cancelled", progress: 0, dueOn: null },
        ],
        { override: "not_started", today },
      ),
    ).toMatchObject({ status: "implemented", progress: 100, explicit: false });
  });

  it("counts overdue tasks: due before today and neither done nor cancelled", () => {
    const r = rollUp(
      [
        { status: "blocked", progress: 20, dueOn: "2006-02-28" },
        { status: "in_progress", progress: 10, dueOn: "2006-03-01" },
        { status: "done", progress: 100, dueOn: "2006-01-01" },
      ],
      { override: null, today },
    );
    expect(r.overdue).toBe(1);
    expect(r.progress).toBe(43);
  });

  it("is not started while every task is untouched", () => {
    expect(
      rollUp([{ status: "not_started", progress: 0, dueOn: null }], { override: null, today })
        .status,
    ).toBe("not_started");
  });
});

describe("stating a decision's status explicitly", () => {
  it("is allowed only while no task implements the decision (cancelled tasks do not)", () => {
    expect(mayStateDecisionStatus([])).toBe(true);
    expect(mayStateDecisionStatus([{ status: "cancelled" }])).toBe(true);
    expect(mayStateDecisionStatus([{ status: "cancelled" }, { status: "not_started" }])).toBe(
      false,
    );
    expect(mayStateDecisionStatus([{ status: "done" }])).toBe(false);
  });
});

describe("task status changes", () => {
  it("refuses changes that make no sense", () => {
    expect(canMoveTask("done", "in_progress", { secretariat: false })).toBe(false);
    expect(canMoveTask("cancelled", "done", { secretariat: true })).toBe(false);
    expect(canMoveTask("in_progress", "not_started", { secretariat: true })).toBe(false);
    expect(canMoveTask("blocked", "done", { secretariat: false })).toBe(false);
  });
  it("allows the ordinary ones, and a reopening by the secretariat", () => {
    expect(canMoveTask("not_started", "in_progress", { secretariat: false })).toBe(true);
    expect(canMoveTask("in_progress", "done", { secretariat: false })).toBe(true);
    expect(canMoveTask("blocked", "in_progress", { secretariat: false })).toBe(true);
    expect(canMoveTask("done", "in_progress", { secretariat: true })).toBe(true);
  });
});
