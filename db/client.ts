import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

// Both drivers expose the same query builder; postgres.js's type is the one we name.
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
};

export function pgliteDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite"),
  );
}

export function openPostgres(url: string, max = 10): Database {
  const client = postgres(url, { max, onnotice: () => {} });
  return {
    db: drizzlePostgres({ client, schema }),
    kind: "postgres",
    close: () => client.end({ timeout: 5 }),
  };
}

export async function openPglite(
  options: { dir?: string; loadDataDir?: Blob } = {},
): Promise<Database> {
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const client = await PGlite.create({ dataDir: options.dir, loadDataDir: options.loadDataDir });
  return {
    db: drizzlePglite({ client, schema }) as unknown as Db,
    kind: "pglite",
    close: () => client.close(),
  };
}

/** Opens the database this process is configured for: PostgreSQL when DATABASE_URL is set. */
export async function openConfiguredDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(url);
  return openPglite({ dir: pgliteDir() });
}

// One client per process, kept on globalThis: Next loads modules separately for
// instrumentation, pages and route handlers (../shared/STACK-NOTES.md, trap 4).
const holder = globalThis as unknown as { __concordiaDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__concordiaDb ??= openConfiguredDatabase().catch((error: unknown) => {
    holder.__concordiaDb = undefined;
    throw error;
  });
  return holder.__concordiaDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
