import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { bodies, tasks } from "@/db/schema";
import { type TaskStatus, taskStatuses } from "@/db/schema/enums";
import { executeAction } from "@/lib/action";
import type { Viewer } from "@/lib/auth/permissions";
import { readClock } from "@/lib/clock";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { assignTask } from "./assign-task";
import { editTask } from "./edit-task";
import { progressReport } from "./progress-rights";
import { getTask } from "./queries";
import { taskStatusChoices } from "./transitions";
import { updateTaskProgress } from "./update-task-progress";

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
const dayIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);

/** A progress consistent with the status, so that only the status rule can refuse. */
const progressFor = (status: TaskStatus) =>
  status === "done" ? 100 : status === "not_started" ? 0 : 50;

describe("what the task page offers is what the progress command accepts", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let chairPeacekeeping: Viewer;
  let chairDisarmament: Viewer;
  let peacekeepingId = "";
  let taskId = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    chairPeacekeeping = await viewerFor(db, "chairPeacekeeping");
    chairDisarmament = await viewerFor(db, "chairDisarmament");
    const [body] = await db.select().from(bodies).where(eq(bodies.slug, "wg-peacekeeping"));
    peacekeepingId = body?.id ?? "";
    const [task] = await db
      .insert(tasks)
      .values({ title: "Compile the members' comments", bodyId: peacekeepingId })
      .returning();
    taskId = task?.id ?? "";
  });
  afterAll(async () => database.close());

  it("offers the form to the body's chair and the secretariat, never to another chair", async () => {
    const task = await getTask(db, secretariat, taskId, await readClock(db));
    expect(progressReport(chairPeacekeeping, task)?.statuses).toEqual([...taskStatuses]);
    expect(progressReport(secretariat, task)).not.toBeNull();
    expect(progressReport(chairDisarmament, task)).toBeNull();
    const refused = await executeAction(updateTaskProgress, {
      db,
      viewer: chairDisarmament,
      input: { taskId, version: task.version, status: "in_progress", progress: 10, note: "Mine?" },
    });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("closes the form on a done or cancelled task for a chair, and offers only a reopening to the secretariat", async () => {
    for (const status of ["done", "cancelled"] as const) {
      const task = { bodyId: peacekeepingId, status };
      expect(progressReport(chairPeacekeeping, task)).toBeNull();
      expect(progressReport(secretariat, task)).toEqual({ statuses: ["in_progress"] });
    }
  });

  for (const role of ["chairPeacekeeping", "secretariat"] as const) {
    it(`accepts exactly the statuses offered, from every status (${role})`, async () => {
      const viewer = role === "secretariat" ? secretariat : chairPeacekeeping;
      for (const from of taskStatuses) {
        const offered = taskStatusChoices(from, viewer);
        for (const to of taskStatuses) {
          const [row] = await db
            .update(tasks)
            .set({ status: from, progress: progressFor(from) })
            .where(eq(tasks.id, taskId))
            .returning({ version: tasks.version });
          const result = await executeAction(updateTaskProgress, {
            db,
            viewer,
            input: {
              taskId,
              version: row?.version,
              status: to,
              progress: progressFor(to),
              note: `From ${from} to ${to}`,
            },
          });
          expect({ from, to, ok: result.ok }).toEqual({ from, to, ok: offered.includes(to) });
          if (!result.ok) expect(result.fieldErrors).toEqual({ status: ["transitionRefused"] });
        }
      }
    });
  }

  it("dates a progress note and the task's update on the demo's day, 1 March 2006", async () => {
    const [row] = await db
      .update(tasks)
      .set({ status: "in_progress", progress: 20 })
      .where(eq(tasks.id, taskId))
      .returning({ version: tasks.version });
    const note = "Comments from the African Union received.";
    const result = await executeAction(updateTaskProgress, {
      db,
      viewer: chairPeacekeeping,
      input: { taskId, version: row?.version, status: "in_progress", progress: 30, note },
    });
    expect(result).toMatchObject({ ok: true });
    const task = await getTask(db, chairPeacekeeping, taskId, await readClock(db));
    const update = task.updates.find((u) => u.note === note);
    if (!update) throw new Error("the note is missing from the history");
    expect(dayIn(update.createdAt, chairPeacekeeping.timeZone)).toBe("2006-03-01");
    expect(dayIn(task.updatedAt, chairPeacekeeping.timeZone)).toBe("2006-03-01");
    // The newest note heads the history.
    expect(task.updates[0]?.note).toBe(note);
  });
});

describe("a closed committee or working group takes no new task", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let closedId = "";
  let openId = "";

  const input = (bodyId: string) => ({
    title: "Draft the closing report",
    detail: "",
    bodyId,
    leadOrganizationId: null,
    dueOn: null,
    decisionId: null,
    meetingId: null,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    const [closed] = await db
      .update(bodies)
      .set({ activeTo: "2006-02-28" })
      .where(eq(bodies.slug, "wg-peacekeeping"))
      .returning({ id: bodies.id });
    closedId = closed?.id ?? "";
    const [open] = await db.select().from(bodies).where(eq(bodies.slug, "wg-disarmament"));
    openId = open?.id ?? "";
  });
  afterAll(async () => database.close());

  it("refuses a task for a closed body, and writes nothing", async () => {
    const before = await db.select({ id: tasks.id }).from(tasks);
    expect(
      await executeAction(assignTask, { db, viewer: secretariat, input: input(closedId) }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { bodyId: ["bodyClosed"] },
    });
    expect(await db.select({ id: tasks.id }).from(tasks)).toHaveLength(before.length);
  });

  it("lets a task keep its closed body when edited, but not move to one", async () => {
    const [kept] = await db
      .insert(tasks)
      .values({ title: "Earlier task", bodyId: closedId })
      .returning();
    const edited = await executeAction(editTask, {
      db,
      viewer: secretariat,
      input: { ...input(closedId), id: kept?.id, version: kept?.version, title: "Renamed" },
    });
    expect(edited).toMatchObject({ ok: true });

    const assigned = await executeAction(assignTask, {
      db,
      viewer: secretariat,
      input: input(openId),
    });
    if (!assigned.ok) throw new Error(JSON.stringify(assigned));
    const moved = await executeAction(editTask, {
      db,
      viewer: secretariat,
      input: { ...input(closedId), id: assigned.data.id, version: 1 },
    });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { bodyId: ["bodyClosed"] } });
  });
});
