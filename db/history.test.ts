import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/tests/database";
import type { Database, Db } from "./client";
import { historyVolumes, loadHistory } from "./history";
import {
  auditLog,
  meetings,
  organizations,
  outbox,
  recordComments,
  reportRevisions,
  reports,
  tasks,
  taskUpdates,
} from "./schema";

// The history generator on a small scale (the benchmark's decade is 10 years at scale 1):
// it loads the volumes it promises, on top of the demo data, the same way every time.

const options = { years: 2, scale: 0.02, seed: "test" };

async function counts(db: Db) {
  const c = async (
    table:
      | typeof tasks
      | typeof taskUpdates
      | typeof reports
      | typeof reportRevisions
      | typeof recordComments
      | typeof auditLog
      | typeof outbox
      | typeof meetings
      | typeof organizations,
  ) => {
    const [row] = await db.select({ n: count() }).from(table);
    return row?.n ?? 0;
  };
  return {
    organizations: await c(organizations),
    meetings: await c(meetings),
    tasks: await c(tasks),
    taskUpdates: await c(taskUpdates),
    reports: await c(reports),
    reportRevisions: await c(reportRevisions),
    recordComments: await c(recordComments),
    auditRows: await c(auditLog),
    outbox: await c(outbox),
  };
}

async function fingerprint(db: Db): Promise<string> {
  const rows = (await db.execute(
    sql`select md5(string_agg(id::text || title || status || progress, ',' order by id)) as f from tasks`,
  )) as unknown as { f: string }[] | { rows: { f: string }[] };
  return (Array.isArray(rows) ? rows[0]?.f : rows.rows[0]?.f) ?? "";
}

describe("the history generator", () => {
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it("adds the promised volumes on top of the demo data, deterministically", async () => {
    const before = await counts(first.db);
    const volumes = await loadHistory(first.db, options);
    expect(volumes).toEqual(historyVolumes(options));
    const after = await counts(first.db);
    expect(after.organizations - before.organizations).toBe(volumes.organizations);
    expect(after.meetings - before.meetings).toBe(volumes.meetings);
    expect(after.tasks - before.tasks).toBe(volumes.tasks);
    expect(after.taskUpdates - before.taskUpdates).toBe(volumes.taskUpdates);
    expect(after.reports - before.reports).toBe(volumes.reports);
    expect(after.reportRevisions - before.reportRevisions).toBeGreaterThanOrEqual(volumes.reports);
    expect(after.recordComments - before.recordComments).toBe(volumes.recordComments);
    expect(after.auditRows - before.auditRows).toBe(volumes.auditRows);
    expect(after.outbox - before.outbox).toBe(volumes.outbox);

    await loadHistory(second.db, options);
    expect(await fingerprint(second.db)).toBe(await fingerprint(first.db));
  });
});
