import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq, getTableName } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { withDatabase } from "@/tests/global-setup";
import {
  backupPglite,
  backupPostgres,
  exportToPostgres,
  restorePglite,
  restorePostgres,
  tablesInDependencyOrder,
} from "./backup";
import { type Db, openPglite, openPostgres } from "./client";
import { migrateDatabase } from "./migrate";
import { auditLog, organizations } from "./schema";
import { seedDemo } from "./seed";

// Backups that restore to the same data, and the move from the embedded database to
// PostgreSQL: the demo world plus changes, compared table by table after the round trip.

const work = mkdtempSync(path.join(os.tmpdir(), "concordia-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tablesInDependencyOrder()) {
    const [row] = await db.select({ n: count() }).from(table);
    counts[getTableName(table)] = row?.n ?? 0;
  }
  return counts;
}

async function organizationsSnapshot(db: Db) {
  return db
    .select({ name: organizations.name, hq: organizations.headquarters, v: organizations.version })
    .from(organizations)
    .orderBy(organizations.name);
}

/** The demo world and a few changes on top of it, as a database in use would have. */
async function lived(db: Db) {
  await seedDemo(db);
  await db
    .update(organizations)
    .set({ headquarters: "Addis Ababa, Ethiopia", version: 2 })
    .where(eq(organizations.shortName, "AU"));
  await db.insert(auditLog).values({
    action: "organization.update",
    entity: "organization",
    entityId: "backup-test",
    after: { headquarters: "Addis Ababa, Ethiopia" },
  });
}

describe("backup and restore of the embedded database", () => {
  it("restores to the same rows, and refuses a folder that holds data", async () => {
    const dir = path.join(work, "source");
    const source = await openPglite({ dir });
    await migrateDatabase(source);
    await lived(source.db);
    const before = await rowCounts(source.db);
    const snapshot = await organizationsSnapshot(source.db);
    await source.close();

    const file = path.join(work, "embedded.tar.gz");
    await backupPglite(dir, file);
    const restoredDir = path.join(work, "restored");
    await restorePglite(file, restoredDir);
    const restored = await openPglite({ dir: restoredDir });
    expect(await rowCounts(restored.db)).toEqual(before);
    expect(await organizationsSnapshot(restored.db)).toEqual(snapshot);
    await restored.close();
    await expect(restorePglite(file, restoredDir)).rejects.toThrow(/not empty/);
  });
});

const url = process.env.DATABASE_URL;

describe.runIf(url)("backup and restore of PostgreSQL, and the move to it", () => {
  const names: string[] = [];
  const admin = () => postgres(url ?? "", { max: 1, onnotice: () => {} });
  async function freshDatabase(label: string): Promise<string> {
    const name = `concordia_backup_${label}_${process.pid}_${Date.now().toString(36)}`;
    const sql = admin();
    await sql.unsafe(`create database ${name}`);
    await sql.end();
    names.push(name);
    return withDatabase(url ?? "", name);
  }
  afterAll(async () => {
    const sql = admin();
    for (const name of names) await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.end();
  });

  it("round-trips the demo world plus changes through pg_dump and pg_restore", async () => {
    const sourceUrl = await freshDatabase("source");
    const { migratePostgresUrl } = await import("./migrate");
    await migratePostgresUrl(sourceUrl);
    const source = openPostgres(sourceUrl, 2);
    await lived(source.db);
    const before = await rowCounts(source.db);
    const snapshot = await organizationsSnapshot(source.db);
    await source.close();

    const file = path.join(work, "postgres.dump");
    await backupPostgres(sourceUrl, file);
    const targetUrl = await freshDatabase("target");
    await restorePostgres(targetUrl, file);
    const target = openPostgres(targetUrl, 2);
    expect(await rowCounts(target.db)).toEqual(before);
    expect(await organizationsSnapshot(target.db)).toEqual(snapshot);
    await target.close();
    await expect(restorePostgres(targetUrl, file)).rejects.toThrow(/not empty/);
  });

  it("moves an embedded database into an empty PostgreSQL one, sequences included", async () => {
    const source = await openPglite();
    await migrateDatabase(source);
    await lived(source.db);
    const before = await rowCounts(source.db);
    const snapshot = await organizationsSnapshot(source.db);
    const targetUrl = await freshDatabase("export");
    const copied = await exportToPostgres(source.db, targetUrl);
    await source.close();
    expect(copied).toEqual(before);
    const target = openPostgres(targetUrl, 2);
    expect(await rowCounts(target.db)).toEqual(before);
    expect(await organizationsSnapshot(target.db)).toEqual(snapshot);
    // New audit rows continue after the copied ones.
    const [maxBefore] = await target.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .orderBy(auditLog.id);
    await target.db.insert(auditLog).values({ action: "x", entity: "x", entityId: "x" });
    expect(maxBefore).toBeDefined();
    await target.close();
    await expect(exportToPostgres((await openPglite()).db, targetUrl)).rejects.toThrow(/not empty/);
  });
});
