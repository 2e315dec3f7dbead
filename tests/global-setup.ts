import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openPglite } from "../db/client";
import { migrateDatabase, migratePostgresUrl } from "../db/migrate";
import { seedDemo } from "../db/seed";

// Integration tests run on a fresh database per test file. Migrating costs seconds, so it
// happens once here: PGlite databases are dumped and reloaded (figures in ../shared/STACK-NOTES.md);
// PostgreSQL ones are cloned from template databases.

export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (url) return setupPostgres(url);
  return setupPglite();
}

async function setupPglite() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "concordia-test-"));
  for (const seeded of [false, true]) {
    const database = await openPglite();
    await migrateDatabase(database);
    if (seeded) await seedDemo(database.db);
    const client = (
      database.db as unknown as { $client: { dumpDataDir: (c: "none") => Promise<Blob> } }
    ).$client;
    const dump = await client.dumpDataDir("none");
    writeFileSync(
      path.join(dir, seeded ? "seeded.tar" : "empty.tar"),
      Buffer.from(await dump.arrayBuffer()),
    );
    await database.close();
  }
  process.env.CONCORDIA_TEST_DUMPS = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(url: string) {
  const suffix = `${process.pid}_${Date.now()}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const templates = {
    empty: `concordia_tpl_empty_${suffix}`,
    seeded: `concordia_tpl_seeded_${suffix}`,
  };
  for (const [kind, name] of Object.entries(templates)) {
    await admin.unsafe(`create database ${name}`);
    const templateUrl = withDatabase(url, name);
    await migratePostgresUrl(templateUrl);
    if (kind === "seeded") {
      const { openPostgres } = await import("../db/client");
      const database = openPostgres(templateUrl, 2);
      await seedDemo(database.db);
      await database.close();
    }
  }
  process.env.CONCORDIA_TEST_TEMPLATES = JSON.stringify(templates);
  return async () => {
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`concordia_t%_${suffix}%`}`;
    for (const { datname } of leftovers)
      await admin.unsafe(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
