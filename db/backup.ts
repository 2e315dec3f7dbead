import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { getTableName, is, sql, Table } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import postgres from "postgres";
import type { Db } from "./client";
import { migratePostgresUrl } from "./migrate";
import * as schema from "./schema";

// Backups, restores and the move from the embedded database to PostgreSQL. PostgreSQL is
// dumped with its own tool in its custom format (pg_dump -Fc: consistent, one snapshot) and
// restored with pg_restore; the embedded database with PGlite's own data-directory dump.

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${errors.trim()}`)),
    );
  });
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  await run("pg_dump", ["--format=custom", "--no-owner", "--file", file, url]);
}

/** Restores a pg_dump custom-format file into an empty database (refuses a non-empty one). */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client<{ n: number }[]>`
      select count(*)::int as n from information_schema.tables
      where table_schema in ('public', 'drizzle')`;
    if ((row?.n ?? 0) > 0)
      throw new Error("The target database is not empty: restore into a new, empty database.");
  } finally {
    await client.end();
  }
  await run("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", url, file]);
}

export async function backupPglite(dir: string, file: string): Promise<void> {
  const client = await PGlite.create({ dataDir: dir });
  try {
    const dump = await client.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}

/** Restores a PGlite data-directory dump into a folder that does not exist yet (or is empty). */
export async function restorePglite(file: string, dir: string): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: restore into a new folder (PGLITE_DIR).`);
  const client = await PGlite.create({
    dataDir: dir,
    loadDataDir: new Blob([readFileSync(file)]),
  });
  await client.close();
}

/** Every table of the schema, parents before the tables that refer to them. */
export function tablesInDependencyOrder(): PgTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, Table));
  const byName = new Map(tables.map((t) => [getTableName(t), t]));
  const ordered: PgTable[] = [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (table: PgTable) => {
    const name = getTableName(table);
    if (done.has(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const fk of getTableConfig(table).foreignKeys) {
      const parent = getTableName(fk.reference().foreignTable);
      const parentTable = byName.get(parent);
      if (parentTable && parent !== name) visit(parentTable);
    }
    visiting.delete(name);
    done.add(name);
    ordered.push(table);
  };
  for (const t of tables) visit(t);
  return ordered;
}

/**
 * Copies an embedded database into an empty PostgreSQL one, table by table in the order of
 * their references, then moves the sequences past the copied ids. The target is migrated
 * first, so it has exactly this version's schema. Returns the rows copied per table.
 */
export async function exportToPostgres(
  source: Db,
  targetUrl: string,
): Promise<Record<string, number>> {
  const probe = postgres(targetUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await probe<{ n: number }[]>`
      select count(*)::int as n from information_schema.tables where table_schema = 'public'`;
    if ((row?.n ?? 0) > 0)
      throw new Error("The target PostgreSQL database is not empty: export into a new one.");
  } finally {
    await probe.end();
  }
  await migratePostgresUrl(targetUrl);
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(targetUrl, { max: 1, onnotice: () => {} });
  const target = drizzle({ client, schema });
  const copied: Record<string, number> = {};
  try {
    await target.transaction(async (tx) => {
      for (const table of tablesInDependencyOrder()) {
        const name = getTableName(table);
        const rows = (await source.select().from(table)) as Record<string, unknown>[];
        for (let i = 0; i < rows.length; i += 500) {
          await tx.insert(table).values(rows.slice(i, i + 500) as never);
        }
        copied[name] = rows.length;
      }
      // Identity and serial columns continue after the copied rows (e.g. the audit log's ids).
      const serials = await tx.execute<{ table_name: string; column_name: string }>(sql`
        select table_name, column_name from information_schema.columns
        where table_schema = 'public' and column_default like 'nextval(%'`);
      for (const s of serials as unknown as { table_name: string; column_name: string }[]) {
        await tx.execute(
          sql.raw(
            `select setval(pg_get_serial_sequence('"${s.table_name}"', '${s.column_name}'), coalesce((select max("${s.column_name}") from "${s.table_name}"), 0) + 1, false)`,
          ),
        );
      }
    });
  } finally {
    await client.end();
  }
  return copied;
}
