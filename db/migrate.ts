import path from "node:path";
import { sql } from "drizzle-orm";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { type Database, openPostgres } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Arbitrary constant: serializes migrations when several app instances start at once.
const MIGRATION_LOCK = 7_310_562;

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required to migrate PostgreSQL");
  await migratePostgresUrl(url);
}

/** Migrates a PostgreSQL database on one dedicated connection holding an advisory lock. */
export async function migratePostgresUrl(url: string): Promise<void> {
  const single = openPostgres(url, 1);
  try {
    await single.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    await migratePostgres(single.db, { migrationsFolder });
    await single.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  } finally {
    await single.close();
  }
}
