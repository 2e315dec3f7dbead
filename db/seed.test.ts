import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../tests/database";
import type { Database } from "./client";
import { demoOrganizations, demoSixthMeetingDecisions } from "./demo-data";
import { hasDemoAccounts, isEmpty, seedDemo } from "./seed";

const tables = [
  "organizations",
  "users",
  "memberships",
  "meetings",
  "sc_sessions",
  "bodies",
  "body_members",
  "body_mandate_versions",
  "decisions",
  "app_settings",
  "closed_days",
  "audit_log",
  "outbox",
];

async function counts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const result = await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      n: number;
    }[];
    out[table] = rows[0]?.n ?? -1;
  }
  return out;
}

describe("demo data", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: false });
  });
  afterAll(async () => database.close());

  it("loads the sixth meeting's world into an empty database", async () => {
    expect(await isEmpty(database.db)).toBe(true);
    expect(await hasDemoAccounts(database.db)).toBe(false);
    const { created } = await seedDemo(database.db);
    expect(created).toBe(true);
    const n = await counts(database);
    expect(n.organizations).toBe(20);
    expect(n.meetings).toBe(6);
    expect(n.decisions).toBe(demoSixthMeetingDecisions.length);
    expect(n.bodies).toBe(7);
    expect(n.sc_sessions).toBe(4);
    expect(n.users).toBe(6);
    expect(n.memberships).toBe(6);
    expect(n.closed_days).toBe(9);
    expect(await hasDemoAccounts(database.db)).toBe(true);
    const kinds = await database.db.execute(
      sql`select kind, count(*)::int as n from organizations group by kind order by kind`,
    );
    const rows = (Array.isArray(kinds) ? kinds : (kinds as { rows: unknown[] }).rows) as {
      kind: string;
      n: number;
    }[];
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.n]))).toEqual({
      chapter_viii_regional: 5,
      chapter_viii_subregional: 4,
      other_intergovernmental: 11,
    });
    expect(demoOrganizations.map((o) => o.shortName)).toContain("OSCE");
  });

  it("changes nothing when run a second time", async () => {
    const before = await counts(database);
    const { created } = await seedDemo(database.db);
    expect(created).toBe(false);
    expect(await counts(database)).toEqual(before);
  });

  it("pins the demo's today to 1 March 2006", async () => {
    const result = await database.db.execute(
      sql`select value from app_settings where key = 'as_of_date'`,
    );
    expect(JSON.stringify(result)).toContain("2006-03-01");
  });
});
