import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import lockfile from "proper-lockfile";
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
  // A database that does not answer fails fast (readiness says 503 within seconds) and the
  // pool reconnects by itself once it is back.
  const client = postgres(url, { max, onnotice: () => {}, connect_timeout: 5 });
  return {
    db: drizzlePostgres({ client, schema }),
    kind: "postgres",
    close: () => client.end({ timeout: 5 }),
  };
}

/** Another process holds the embedded database's folder (PGlite does not lock it itself). */
export class DatabaseInUseError extends Error {
  constructor(readonly dir: string) {
    super(
      `The embedded database in ${dir} is in use by another process (a server, or a db: script). ` +
        "Stop that process first; a second one on the same folder would corrupt it. " +
        "To run several processes, use PostgreSQL (DATABASE_URL).",
    );
  }
}

export async function openPglite(
  options: { dir?: string; loadDataDir?: Blob; waitForLock?: boolean } = {},
): Promise<Database> {
  let unlock: (() => Promise<void>) | undefined;
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    // The folder is locked by this process while it is open (a lock directory beside it,
    // refreshed every few seconds; a crashed process's lock goes stale after 15 s, so a
    // restarted server waits up to ~20 s for it rather than failing at once).
    try {
      unlock = await lockfile.lock(options.dir, {
        lockfilePath: `${options.dir}.lock`,
        stale: 15_000,
        update: 5_000,
        retries:
          options.waitForLock === false
            ? 0
            : { retries: 10, factor: 1.5, minTimeout: 300, maxTimeout: 3_000 },
        onCompromised: (error) => console.error("[concordia] database lock lost:", error),
      });
    } catch (error) {
      if ((error as { code?: string }).code === "ELOCKED")
        throw new DatabaseInUseError(options.dir);
      throw error;
    }
  }
  try {
    const client = await PGlite.create({ dataDir: options.dir, loadDataDir: options.loadDataDir });
    return {
      db: drizzlePglite({ client, schema }) as unknown as Db,
      kind: "pglite",
      close: async () => {
        await client.close();
        await unlock?.();
      },
    };
  } catch (error) {
    await unlock?.();
    throw error;
  }
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
