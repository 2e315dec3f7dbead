import { eq, inArray, sql } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import type { Db } from "./client";
import { demoOrganizationNames } from "./demo/organization-names";
import { seedDemoOutcome } from "./demo/outcome";
import { seedDemoReports } from "./demo/reports";
import {
  DEMO_AS_OF_DATE,
  DEMO_PASSWORD,
  demoBodies,
  demoClosedDays,
  demoMeetings,
  demoOrganizations,
  demoScSessions,
  demoSixthMeetingDecisions,
  demoUsers,
} from "./demo-data";
import {
  appSettings,
  bodies,
  bodyMandateVersions,
  bodyMembers,
  closedDays,
  decisions,
  meetings,
  memberships,
  organizations,
  scSessions,
  users,
} from "./schema";

// Working-group membership in the demo world (our illustration, not from the source document).
const demoBodyMembers: Record<string, string[]> = {
  "wg-peacekeeping": ["AU", "EU", "NATO", "OSCE", "ECCAS", "SADC", "OAS"],
  "wg-protection-of-civilians": ["AU", "CoE", "EU", "OAS", "OSCE"],
  "wg-human-rights-counter-terrorism": ["CoE", "OSCE", "INTERPOL", "OAS", "LAS"],
  "wg-dialogue-among-civilizations": ["LAS", "OIC", "OIF", "CoE", "CPLP"],
  "wg-disarmament": ["OPCW", "OSCE", "NATO", "CSTO", "OAS"],
  "wg-un-reform": ["AU", "EU", "LAS", "OAS", "PIF", "CARICOM"],
};

const SEED_LOCK = 7_310_563;

/**
 * Loads the demo world. Idempotent: every row is matched by its natural key and left
 * alone when it exists, so running it twice changes nothing.
 */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const before = await tx.select({ n: sql<number>`count(*)::int` }).from(organizations);

    await tx
      .insert(appSettings)
      .values({ key: "as_of_date", value: DEMO_AS_OF_DATE })
      .onConflictDoNothing();

    await tx
      .insert(organizations)
      .values(demoOrganizations.map((o) => ({ ...o, names: demoOrganizationNames[o.name] ?? {} })))
      .onConflictDoNothing();
    const orgs = await tx
      .select({
        id: organizations.id,
        shortName: organizations.shortName,
        name: organizations.name,
      })
      .from(organizations);
    // By short name, or by name for an organization that has none (Commonwealth Secretariat).
    const orgByShort = new Map(orgs.map((o) => [o.shortName ?? o.name, o.id]));

    await tx.insert(bodies).values(demoBodies).onConflictDoNothing();
    const bodyRows = await tx
      .select({ id: bodies.id, slug: bodies.slug, mandate: bodies.mandate })
      .from(bodies)
      .where(
        inArray(
          bodies.slug,
          demoBodies.map((b) => b.slug),
        ),
      );
    const bodyBySlug = new Map(bodyRows.map((b) => [b.slug, b.id]));
    await tx
      .insert(bodyMandateVersions)
      .values(
        bodyRows.map((b) => ({
          bodyId: b.id,
          version: 1,
          text: b.mandate,
          agreedOn: "2005-07-26",
        })),
      )
      .onConflictDoNothing();

    const memberRows: { bodyId: string; organizationId: string }[] = [];
    const standingCommittee = bodyBySlug.get("standing-committee");
    for (const org of orgs) {
      if (standingCommittee) memberRows.push({ bodyId: standingCommittee, organizationId: org.id });
    }
    for (const [slug, shorts] of Object.entries(demoBodyMembers)) {
      const bodyId = bodyBySlug.get(slug);
      for (const short of shorts) {
        const organizationId = orgByShort.get(short);
        if (bodyId && organizationId) memberRows.push({ bodyId, organizationId });
      }
    }
    await tx.insert(bodyMembers).values(memberRows).onConflictDoNothing();

    await tx
      .insert(scSessions)
      .values(
        demoScSessions.map((s) => ({
          ...s,
          withRegionalOrganizations: true,
          source: "demo data",
        })),
      )
      .onConflictDoNothing();

    await tx.insert(closedDays).values(demoClosedDays).onConflictDoNothing();
    await tx.insert(meetings).values(demoMeetings).onConflictDoNothing();
    const [sixth] = await tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.sequenceNumber, 6));
    if (sixth) {
      await tx
        .insert(decisions)
        .values(
          demoSixthMeetingDecisions.map((d, index) => ({
            meetingId: sixth.id,
            position: index + 1,
            title: d.title,
            text: d.text,
            responsibleBodyId: d.bodySlug ? (bodyBySlug.get(d.bodySlug) ?? null) : null,
          })),
        )
        .onConflictDoNothing();
    }

    await tx
      .insert(users)
      .values(
        demoUsers.map((u) => ({
          email: u.email,
          name: u.name,
          jobTitle: u.jobTitle,
          locale: u.locale ?? "en",
          passwordHash,
        })),
      )
      .onConflictDoNothing();
    const userRows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          demoUsers.map((u) => u.email),
        ),
      );
    const userByEmail = new Map(userRows.map((u) => [u.email, u.id]));
    const grants = demoUsers.flatMap((u) => {
      const userId = userByEmail.get(u.email);
      if (!userId) return [];
      return [
        {
          userId,
          role: u.role,
          organizationId: u.organization ? (orgByShort.get(u.organization) ?? null) : null,
          bodyId: u.body ? (bodyBySlug.get(u.body) ?? null) : null,
        },
      ];
    });
    await tx.insert(memberships).values(grants).onConflictDoNothing();

    await seedDemoReports(tx);
    await seedDemoOutcome(tx);

    return { created: (before[0]?.n ?? 0) === 0 };
  });
}

/** True when the database holds no organizations yet (a fresh database). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
  return (row?.n ?? 0) === 0;
}

/** True when the demo accounts are present (the start-up banner lists them only then). */
export async function hasDemoAccounts(db: Db): Promise<boolean> {
  const first = demoUsers[0];
  if (!first) return false;
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, first.email));
  return rows.length > 0;
}
