import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
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

/** The rows of a raw query, on PostgreSQL (an array) and on PGlite (an object with rows). */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
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

  it("dates the records' comments within the decade and circulates them to every organization", async () => {
    const [row] = rowsOf<{
      late: number;
      early: number;
      unaddressed: number;
      organizations: number;
    }>(
      await first.db.execute(sql`select
        (select count(*)::int from record_comments c
          where c.created_at > (select (value #>> '{}')::date from app_settings where key = 'as_of_date')) as late,
        (select count(*)::int from record_comments c join record_versions v
          on v.record_id = c.record_id and v.version = c.record_version
          where c.created_at < v.circulated_at) as early,
        (select count(*)::int from record_versions where jsonb_array_length(recipient_organization_ids) = 0
          and title like 'Record % of meeting %') as unaddressed,
        (select count(*)::int from organizations) as organizations`),
    );
    expect(row).toEqual({ late: 0, early: 0, unaddressed: 0, organizations: expect.any(Number) });
  });

  it("gives every row an id the forms and actions accept (a version 4 uuid)", async () => {
    const ids = rowsOf<{ id: string }>(
      await first.db.execute(sql`select id::text as id from meetings
        union all select id::text from organizations
        union all select id::text from tasks
        union all select id::text from reports
        union all select id::text from records
        union all select id::text from bodies`),
    ).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !z.uuid().safeParse(id).success)).toEqual([]);
  });

  it("leaves the planner statistics of the loaded tables, as autovacuum would", async () => {
    const rows = rowsOf<{ relname: string; reltuples: number }>(
      await first.db.execute(
        sql`select relname, reltuples::float8 as reltuples from pg_class
          where relname in ('tasks', 'task_updates', 'record_comments', 'audit_log') order by relname`,
      ),
    );
    expect(rows.map((r) => r.relname)).toEqual([
      "audit_log",
      "record_comments",
      "task_updates",
      "tasks",
    ]);
    for (const r of rows) expect(r.reltuples, r.relname).toBeGreaterThan(0);
  });
});
