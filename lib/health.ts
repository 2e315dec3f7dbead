import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { migrationsFolder } from "@/db/migrate";
import { isDraining } from "./lifecycle";

// Readiness means the instance can serve: the database answers, every migration this build
// ships is applied, the database takes writes, and the process is not shutting down.

export type Readiness =
  | { ready: true }
  | { ready: false; reason: "draining" | "database" | "migrationsPending" | "readOnly" };

function shippedMigrations(): number {
  const journal = JSON.parse(
    readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

export async function readiness(db: Db, timeoutMs = 2_000): Promise<Readiness> {
  if (isDraining()) return { ready: false, reason: "draining" };
  const check = async (): Promise<Readiness> => {
    const rows = (await db.execute(sql`select
        (select count(*)::int from drizzle.__drizzle_migrations) as applied,
        (pg_is_in_recovery() or current_setting('transaction_read_only') = 'on') as read_only`)) as unknown as
      | { applied: number; read_only: boolean }[]
      | { rows: { applied: number; read_only: boolean }[] };
    const row = Array.isArray(rows) ? rows[0] : rows.rows[0];
    if (!row) return { ready: false, reason: "database" };
    if (row.read_only) return { ready: false, reason: "readOnly" };
    if (row.applied < shippedMigrations()) return { ready: false, reason: "migrationsPending" };
    return { ready: true };
  };
  try {
    return await Promise.race([
      check(),
      new Promise<Readiness>((resolve) =>
        setTimeout(() => resolve({ ready: false, reason: "database" }), timeoutMs),
      ),
    ]);
  } catch {
    return { ready: false, reason: "database" };
  }
}

/** Which build is running: the package version and the commit it was built from. */
export const buildVersion = process.env.CONCORDIA_VERSION ?? "development";
