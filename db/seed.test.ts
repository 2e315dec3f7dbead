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
  "reports",
  "report_revisions",
  "report_events",
  "records",
  "record_versions",
  "invitations",
  "tasks",
  "task_updates",
];

/** The rows of a raw query, on PGlite (`{ rows }`) and on postgres.js (an array) alike. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

async function counts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const result = await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    out[table] = rowsOf<{ n: number }>(result)[0]?.n ?? -1;
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
    // The secretariat, a chair per body (7) and a focal point per organization (20).
    expect(n.users).toBe(1 + 7 + 20);
    expect(n.memberships).toBe(1 + 7 + 20);
    expect(n.closed_days).toBe(9);
    // The sixth meeting's reports of the six working groups, accepted, each with its history.
    expect(n.reports).toBe(6);
    expect(n.report_revisions).toBe(6);
    expect(n.report_events).toBe(18);
    // The sixth meeting's outcome: its final Chair's conclusions and declaration (one frozen
    // version each), its attendance (20 organizations, 13 heads), tasks under way with notes.
    expect(n.records).toBe(2);
    expect(n.record_versions).toBe(2);
    expect(n.invitations).toBe(20);
    expect(n.tasks).toBe(8);
    expect(n.task_updates).toBe(10);
    const heads = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from invitations where head_present`),
    );
    expect(heads[0]?.n).toBe(13);
    const cited = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from decisions where jsonb_array_length(source_paragraphs) > 0`,
      ),
    );
    expect(cited[0]?.n).toBe(demoSixthMeetingDecisions.length);
    expect(await hasDemoAccounts(database.db)).toBe(true);
    const kinds = await database.db.execute(
      sql`select kind, count(*)::int as n from organizations group by kind order by kind`,
    );
    const rows = rowsOf<{ kind: string; n: number }>(kinds);
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.n]))).toEqual({
      chapter_viii_regional: 5,
      chapter_viii_subregional: 4,
      other_intergovernmental: 11,
    });
    expect(demoOrganizations.map((o) => o.shortName)).toContain("OSCE");

    // Every organization has exactly one focal point, found by its short name or, for the
    // Commonwealth Secretariat (which has none), by its name.
    const focalPoints = rowsOf<{ organization: string; email: string }>(
      await database.db.execute(sql`
        select o.name as organization, u.email
        from organizations o
        join memberships m on m.organization_id = o.id and m.role = 'focal_point'
        join users u on u.id = m.user_id
        order by o.name`),
    );
    expect(focalPoints).toHaveLength(20);
    expect(new Set(focalPoints.map((f) => f.organization)).size).toBe(20);
    expect(focalPoints).toContainEqual({
      organization: "Commonwealth Secretariat",
      email: "focal.commonwealth@example.org",
    });
    expect(focalPoints).toContainEqual({
      organization: "League of Arab States",
      email: "focal.las@example.org",
    });
    // Every body has exactly one chair.
    const chairs = rowsOf<{ slug: string; email: string }>(
      await database.db.execute(sql`
        select b.slug, u.email
        from bodies b
        join memberships m on m.body_id = b.id and m.role = 'chair'
        join users u on u.id = m.user_id
        order by b.slug`),
    );
    expect(chairs).toEqual([
      { slug: "standing-committee", email: "chair.standing-committee@example.org" },
      {
        slug: "wg-dialogue-among-civilizations",
        email: "chair.dialogue@example.org",
      },
      { slug: "wg-disarmament", email: "chair.disarmament@example.org" },
      {
        slug: "wg-human-rights-counter-terrorism",
        email: "chair.human-rights@example.org",
      },
      { slug: "wg-peacekeeping", email: "chair.peacekeeping@example.org" },
      {
        slug: "wg-protection-of-civilians",
        email: "chair.protection-of-civilians@example.org",
      },
      { slug: "wg-un-reform", email: "chair.un-reform@example.org" },
    ]);
    // Every demo account can sign in; the French-speaking focal points read French.
    const accounts = rowsOf<{ email: string; locale: string; has_password: boolean }>(
      await database.db.execute(
        sql`select email, locale, password_hash is not null as has_password from users`,
      ),
    );
    expect(accounts.every((a) => a.has_password)).toBe(true);
    expect(
      accounts
        .filter((a) => a.locale === "fr")
        .map((a) => a.email)
        .sort(),
    ).toEqual(["focal.coe@example.org", "focal.eccas@example.org", "focal.oif@example.org"]);
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
