import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { bodies } from "@/db/schema";
import { readClock } from "@/lib/clock";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { listTasks, taskFormOptions } from "./queries";

// The task form and the Tasks filter offer the bodies open today (a decade of task forces,
// most closed, made the filter 3,000 options long), and the one to keep.

describe("the bodies the task form and the Tasks filter offer", () => {
  let database: Database;
  const today = "2006-03-01";
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const rows = await database.db.select({ id: bodies.id, slug: bodies.slug }).from(bodies);
    for (const r of rows) ids[r.slug] = r.id;
    // Closed yesterday, and closing tomorrow.
    await database.db
      .update(bodies)
      .set({ activeTo: "2006-02-28" })
      .where(eq(bodies.slug, "wg-peacekeeping"));
    await database.db
      .update(bodies)
      .set({ activeTo: "2006-03-02" })
      .where(eq(bodies.slug, "wg-disarmament"));
  });
  afterAll(async () => database.close());

  it("leaves out a closed body, keeps one that closes later, and keeps the chosen one", async () => {
    const open = (await taskFormOptions(database.db, { today })).bodies.map((b) => b.id);
    expect(open).not.toContain(ids["wg-peacekeeping"]);
    expect(open).toContain(ids["wg-disarmament"]);
    expect(open.length).toBe(Object.keys(ids).length - 1);

    const kept = (
      await taskFormOptions(database.db, { today, keepBodyId: ids["wg-peacekeeping"] })
    ).bodies.map((b) => b.id);
    expect(kept).toContain(ids["wg-peacekeeping"]);
    expect(kept.length).toBe(Object.keys(ids).length);
  });

  it("cuts the list at the limit asked, and still names the kept body", async () => {
    const options = await taskFormOptions(database.db, {
      today,
      keepBodyId: ids["wg-peacekeeping"],
      bodyLimit: 2,
    });
    expect(options.bodies).toHaveLength(2);
    expect(options.keptBody).toEqual({
      id: ids["wg-peacekeeping"],
      name: "Working Group on Peacekeeping",
    });
  });

  it("filters the Tasks list by part of a body's name, wildcards taken literally", async () => {
    const secretariat = await viewerFor(database.db, "secretariat");
    const clock = await readClock(database.db);
    const all = await listTasks(database.db, secretariat, {}, clock);
    // Part of the name of the first task's body, in other letter case.
    const name = all.rows[0]?.bodyName ?? "";
    const part = name.slice(3, 12).toUpperCase();
    const found = await listTasks(database.db, secretariat, { bodyName: part }, clock);
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThanOrEqual(all.total);
    for (const row of found.rows) expect(row.bodyName.toUpperCase()).toContain(part);
    const other = await listTasks(database.db, secretariat, { bodyName: "no such body" }, clock);
    expect(other.total).toBe(0);
    for (const wildcard of ["%", "_", "\\"])
      expect((await listTasks(database.db, secretariat, { bodyName: wildcard }, clock)).total).toBe(
        0,
      );
  });

  it("ignores a kept id that is not an id", async () => {
    const result = await taskFormOptions(database.db, { today, keepBodyId: "x' or 1=1" });
    expect(result.bodies.map((b) => b.id)).not.toContain(ids["wg-peacekeeping"]);
  });
});
