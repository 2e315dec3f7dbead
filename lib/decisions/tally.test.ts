import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { bodies, decisions, tasks } from "@/db/schema";
import type { TaskStatus } from "@/db/schema/enums";
import { createTestDatabase } from "@/tests/database";
import { type RollupTask, rollUp, rollUpTally, tallyTasks } from "./rollup";
import { taskTallySql } from "./tally-sql";

// Lists roll decisions up from a tally counted in SQL; a decision's own page and the commands
// from its tasks in JavaScript. Both must agree, whatever the mix of tasks.

const today = "2006-03-01";
const mixes: Record<string, RollupTask[]> = {
  none: [],
  onlyCancelled: [{ status: "cancelled", progress: 40, dueOn: "2005-01-01" }],
  notStarted: [
    { status: "not_started", progress: 0, dueOn: null },
    { status: "not_started", progress: 0, dueOn: "2006-04-01" },
  ],
  mixed: [
    { status: "done", progress: 100, dueOn: "2005-12-01" },
    { status: "in_progress", progress: 35, dueOn: "2006-02-28" },
    { status: "not_started", progress: 0, dueOn: "2006-03-01" },
    { status: "blocked", progress: 10, dueOn: "2005-06-30" },
    { status: "cancelled", progress: 90, dueOn: "2005-06-30" },
  ],
  allDone: [
    { status: "done", progress: 100, dueOn: "2005-12-01" },
    { status: "done", progress: 100, dueOn: null },
    { status: "cancelled", progress: 0, dueOn: null },
  ],
};

describe("a decision's task tally, in SQL and in JavaScript", () => {
  let database: Database;
  const decisionOf: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const [body] = await db.select({ id: bodies.id }).from(bodies).limit(1);
    const demo = await db.select({ id: decisions.id }).from(decisions).limit(5);
    const names = Object.keys(mixes);
    // Five decisions of the demo, their tasks replaced by each mix.
    await db.delete(tasks).where(
      inArray(
        tasks.decisionId,
        demo.map((d) => d.id),
      ),
    );
    for (const [i, name] of names.entries()) {
      const id = demo[i]?.id ?? "";
      decisionOf[name] = id;
      for (const [n, t] of (mixes[name] ?? []).entries())
        await db.insert(tasks).values({
          title: `${name} ${n}`,
          bodyId: body?.id ?? "",
          decisionId: id,
          status: t.status as TaskStatus,
          progress: t.progress,
          dueOn: t.dueOn,
        });
    }
  });
  afterAll(async () => database.close());

  it("counts the same as tallyTasks and rolls up the same as rollUp", async () => {
    for (const [name, mix] of Object.entries(mixes)) {
      const [row] = await database.db
        .select({ tally: taskTallySql(today) })
        .from(decisions)
        .where(eq(decisions.id, decisionOf[name] ?? ""));
      expect(row?.tally, name).toEqual(tallyTasks(mix, today));
      for (const override of [null, "implemented"] as const)
        expect(rollUpTally(row?.tally ?? tallyTasks([], today), { override }), name).toEqual(
          rollUp(mix, { override, today }),
        );
    }
  });

  it("tallies the mixed decision as expected", () => {
    expect(tallyTasks(mixes.mixed ?? [], today)).toEqual({
      counted: 4,
      done: 1,
      overdue: 2,
      progressSum: 145,
      started: 3,
    });
  });
});
