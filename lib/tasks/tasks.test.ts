import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { auditLog, bodies, decisions, meetings, memberships, taskUpdates } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { readClock } from "@/lib/clock";
import { implementationMatrix } from "@/lib/decisions/queries";
import { setDecisionStatus } from "@/lib/decisions/set-decision-status";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import type { Viewer } from "../auth/permissions";
import { assignTask } from "./assign-task";
import { getTask, listTasks, myTasks } from "./queries";
import { updateTaskProgress } from "./update-task-progress";

describe("tasks and the implementation of decisions", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let chairPeacekeeping: Viewer;
  let chairDisarmament: Viewer;
  let taskId = "";
  let decisionId = "";
  let sixthId = "";
  let peacekeepingId = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    chairPeacekeeping = await viewerFor(db, "chairPeacekeeping");
    chairDisarmament = await viewerFor(db, "chairDisarmament");
    const [sixth] = await db.select().from(meetings).where(eq(meetings.sequenceNumber, 6));
    sixthId = sixth?.id ?? "";
    const [body] = await db.select().from(bodies).where(eq(bodies.slug, "wg-peacekeeping"));
    peacekeepingId = body?.id ?? "";
    const [decision] = await db
      .select()
      .from(decisions)
      .where(
        and(eq(decisions.meetingId, sixthId), eq(decisions.title, "Peacekeeping recommendations")),
      );
    decisionId = decision?.id ?? "";
  });
  afterAll(async () => database.close());

  it("the secretariat assigns the peacekeeping group a task due before the seventh meeting, for a decision of the sixth", async () => {
    const result = await executeAction(assignTask, {
      db,
      viewer: secretariat,
      input: {
        title: "Report on regional peacekeeping capacity",
        detail: "",
        bodyId: peacekeepingId,
        leadOrganizationId: null,
        dueOn: "2006-08-31",
        decisionId,
        meetingId: null,
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    taskId = result.data.id;
    const matrix = await implementationMatrix(db, secretariat, sixthId, await readClock(db));
    const row = matrix.decisions.find((d) => d.id === decisionId);
    expect(row?.rollup).toEqual({
      status: "not_started",
      progress: 0,
      tasks: 1,
      done: 0,
      overdue: 0,
      explicit: false,
    });
  });

  it("refuses a task for a body that does not exist, writing nothing", async () => {
    const result = await executeAction(assignTask, {
      db,
      viewer: secretariat,
      input: {
        title: "Nowhere",
        detail: "",
        bodyId: "00000000-0000-4000-8000-000000000000",
        leadOrganizationId: null,
        dueOn: null,
        decisionId: null,
        meetingId: null,
      },
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { bodyId: ["chooseOne"] } });
  });

  it("its chair marks it 50% with a note; the decision's progress and the history show it", async () => {
    const result = await executeAction(updateTaskProgress, {
      db,
      viewer: chairPeacekeeping,
      input: {
        taskId,
        version: 1,
        status: "in_progress",
        progress: 50,
        note: "Questionnaire sent to the regional organizations",
      },
    });
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    const task = await getTask(db, chairPeacekeeping, taskId, await readClock(db));
    expect(task).toMatchObject({ status: "in_progress", progress: 50 });
    expect(task.updates).toEqual([
      expect.objectContaining({
        status: "in_progress",
        progress: 50,
        note: "Questionnaire sent to the regional organizations",
        authorName: "Ana Ribeiro",
      }),
    ]);
    const matrix = await implementationMatrix(db, chairDisarmament, sixthId, await readClock(db));
    expect(matrix.decisions.find((d) => d.id === decisionId)?.rollup).toMatchObject({
      status: "in_progress",
      progress: 50,
    });
    const peacekeepingGroup = matrix.groups.find((g) => g.bodyId === peacekeepingId);
    expect(peacekeepingGroup?.decisions.map((d) => d.title)).toEqual([
      "Peacekeeping recommendations",
      "Africa's needs",
    ]);
  });

  it("the disarmament chair and a focal point cannot change it: refused, nothing written", async () => {
    const updatesBefore = (await db.select({ n: count() }).from(taskUpdates))[0]?.n;
    for (const viewer of [chairDisarmament, await viewerFor(db, "focalAu")]) {
      const result = await executeAction(updateTaskProgress, {
        db,
        viewer,
        input: { taskId, version: 2, status: "done", progress: 100, note: "Not mine to close" },
      });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await db.select({ n: count() }).from(taskUpdates))[0]?.n).toBe(updatesBefore);
    expect((await getTask(db, secretariat, taskId, await readClock(db))).status).toBe(
      "in_progress",
    );
  });

  it("a removed chair loses the right at once", async () => {
    await db.delete(memberships).where(eq(memberships.userId, chairPeacekeeping.id));
    const removed = await loadViewer(db, chairPeacekeeping.id);
    const result = await executeAction(updateTaskProgress, {
      db,
      viewer: removed,
      input: { taskId, version: 2, status: "in_progress", progress: 60, note: "Still here?" },
    });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    await db
      .insert(memberships)
      .values({ userId: chairPeacekeeping.id, role: "chair", bodyId: peacekeepingId });
  });

  it("refuses a stale version and a status change that makes no sense", async () => {
    expect(
      await executeAction(updateTaskProgress, {
        db,
        viewer: chairPeacekeeping,
        input: { taskId, version: 1, status: "in_progress", progress: 70, note: "Late" },
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
    expect(
      await executeAction(updateTaskProgress, {
        db,
        viewer: chairPeacekeeping,
        input: { taskId, version: 2, status: "not_started", progress: 0, note: "Back" },
      }),
    ).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { status: ["transitionRefused"] },
    });
    expect(
      await executeAction(updateTaskProgress, {
        db,
        viewer: chairPeacekeeping,
        input: { taskId, version: 2, status: "done", progress: 80, note: "Done?" },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { progress: ["doneMeansHundred"] } });
    const done = await executeAction(updateTaskProgress, {
      db,
      viewer: chairPeacekeeping,
      input: { taskId, version: 2, status: "done", progress: 100, note: "Report adopted" },
    });
    expect(done).toMatchObject({ ok: true });
    expect(
      await executeAction(updateTaskProgress, {
        db,
        viewer: chairPeacekeeping,
        input: { taskId, version: 3, status: "in_progress", progress: 90, note: "Reopen" },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { status: ["transitionRefused"] } });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, taskId), eq(auditLog.action, "task.updateProgress")));
    expect(audits).toHaveLength(2);
  });

  it("lets the secretariat state a decision's status only where no task implements it", async () => {
    const matrix = await implementationMatrix(db, secretariat, sixthId, await readClock(db));
    const tasked = matrix.decisions.find((d) => d.id === decisionId);
    expect(
      await executeAction(setDecisionStatus, {
        db,
        viewer: secretariat,
        input: { decisionId, version: tasked?.version, status: "implemented", reason: "By letter" },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { status: ["derivedFromTasks"] } });
    const untasked = matrix.decisions.find((d) => d.title === "Meet every year");
    const result = await executeAction(setDecisionStatus, {
      db,
      viewer: secretariat,
      input: {
        decisionId: untasked?.id,
        version: untasked?.version,
        status: "implemented",
        reason: "The seventh meeting is planned a year on",
      },
    });
    expect(result).toMatchObject({ ok: true });
    const after = await implementationMatrix(db, secretariat, sixthId, await readClock(db));
    expect(after.decisions.find((d) => d.title === "Meet every year")?.rollup).toMatchObject({
      status: "implemented",
      explicit: true,
    });
    expect(after.decisions.find((d) => d.id === decisionId)?.rollup).toMatchObject({
      status: "implemented",
      progress: 100,
    });
  });

  it("offers the status form on the matrix exactly where the command accepts a stated status", async () => {
    // A decision whose only task was cancelled: no task implements it any more.
    const [decision] = await db
      .insert(decisions)
      .values({ meetingId: sixthId, position: 900, title: "Dropped work", text: "x" })
      .returning();
    if (!decision) throw new Error("decision");
    const cancelled = await executeAction(assignTask, {
      db,
      viewer: secretariat,
      input: {
        title: "Abandoned study",
        detail: "",
        bodyId: peacekeepingId,
        leadOrganizationId: null,
        dueOn: null,
        decisionId: decision.id,
        meetingId: null,
      },
    });
    if (!cancelled.ok) throw new Error(JSON.stringify(cancelled));
    const withdrawn = await executeAction(updateTaskProgress, {
      db,
      viewer: secretariat,
      input: {
        taskId: cancelled.data.id,
        version: 1,
        status: "cancelled",
        progress: 0,
        note: "Withdrawn",
      },
    });
    expect(withdrawn).toMatchObject({ ok: true });
    const matrix = await implementationMatrix(db, secretariat, sixthId, await readClock(db));
    for (const row of matrix.decisions) {
      const result = await executeAction(setDecisionStatus, {
        db,
        viewer: secretariat,
        input: {
          decisionId: row.id,
          version: row.version,
          status: "superseded",
          reason: "Checked",
        },
      });
      expect({ id: row.id, accepted: result.ok }).toEqual({
        id: row.id,
        accepted: row.statusMayBeStated,
      });
    }
    expect(matrix.decisions.find((d) => d.id === decision.id)?.statusMayBeStated).toBe(true);
    expect(matrix.decisions.find((d) => d.id === decisionId)?.statusMayBeStated).toBe(false);
  });

  it("filters, sorts and pages ten thousand tasks quickly, with overdue ones flagged", async () => {
    await db.execute(sql`
      insert into tasks (title, body_id, status, progress, due_on)
      select 'Generated task ' || n, ${peacekeepingId}::uuid,
        (array['not_started','in_progress','blocked','done'])[1 + n % 4]::task_status,
        case n % 4 when 3 then 100 when 0 then 0 else 30 end,
        date '2005-06-01' + (n % 700)
      from generate_series(1, 10000) as n`);
    const clock = await readClock(db);
    const started = performance.now();
    const overdue = await listTasks(
      db,
      secretariat,
      { body: peacekeepingId, overdue: "1", sort: "due", page: 3 },
      clock,
    );
    const elapsed = performance.now() - started;
    expect(overdue.total).toBeGreaterThan(1000);
    expect(overdue.rows).toHaveLength(25);
    expect(overdue.rows.every((r) => r.overdue && r.dueOn !== null && r.dueOn < "2006-03-01")).toBe(
      true,
    );
    expect(elapsed).toBeLessThan(2000);
    const blocked = await listTasks(db, secretariat, { status: "blocked", sort: "title" }, clock);
    expect(blocked.total).toBe(2500);
    const mine = await myTasks(db, chairPeacekeeping, clock);
    expect(mine).toHaveLength(8);
    expect(await myTasks(db, chairDisarmament, clock)).toEqual([]);
  });
});
