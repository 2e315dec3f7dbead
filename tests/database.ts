import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { type Database, openPglite, openPostgres } from "../db/client";
import { withDatabase } from "./global-setup";

let counter = 0;

/**
 * A fresh database for one test file: the demo data loaded (seeded) or only migrated.
 * PGlite in memory by default; a new PostgreSQL database when DATABASE_URL is set.
 */
export async function createTestDatabase({
  seeded = true,
}: {
  seeded?: boolean;
} = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = process.env.CONCORDIA_TEST_DUMPS;
    if (!dir) throw new Error("global setup did not run");
    const dump = readFileSync(path.join(dir, seeded ? "seeded.tar" : "empty.tar"));
    return openPglite({ loadDataDir: new Blob([dump]) });
  }
  const templates = JSON.parse(process.env.CONCORDIA_TEST_TEMPLATES ?? "{}") as Record<
    string,
    string
  >;
  const template = seeded ? templates.seeded : templates.empty;
  if (!template) throw new Error("global setup did not run");
  counter += 1;
  const name = `concordia_t${process.pid}_${counter}_${template.replace(/^concordia_tpl_(empty|seeded)_/, "")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${template}`);
  await admin.end();
  const database = openPostgres(withDatabase(url, name), 4);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
