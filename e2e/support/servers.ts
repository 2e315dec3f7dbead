import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import postgres from "postgres";

// The e2e suite's servers: a production build (`next start`) on a PostgreSQL database of its
// own. Every spec file gets a fresh database, cloned from a template that the suite's global
// setup migrated and loaded with the demo data, and a server of its own: the specs share
// nothing, so each passes alone and in any order, and files run on several workers at once.

export const adminUrl =
  process.env.E2E_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const authSecret = "e2e-only-secret-not-for-production-0123456789";
const root = path.resolve(import.meta.dirname, "..", "..");

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function createDatabase(name: string, template?: string): Promise<void> {
  await admin(async (sql) => {
    // A template cannot be copied while a connection to it closes: retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await sql.unsafe(
          template ? `create database ${name} template ${template}` : `create database ${name}`,
        );
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  });
}

export async function dropDatabases(prefix: string): Promise<void> {
  await admin(async (sql) => {
    const rows = await sql<{ datname: string }[]>`
      select datname from pg_database where datname like ${`${prefix}%`}`;
    for (const { datname } of rows)
      await sql.unsafe(`drop database if exists ${datname} with (force)`);
  });
}

/** Databases of earlier runs whose process is gone (an interrupted run); live runs are kept. */
export async function dropAbandonedDatabases(): Promise<void> {
  await admin(async (sql) => {
    const rows = await sql<{ datname: string }[]>`
      select datname from pg_database where datname like 'concordia_e2e_%'`;
    for (const { datname } of rows) {
      const pid = Number(datname.match(/^concordia_e2e_(\d+)_/)?.[1]);
      let alive = false;
      try {
        alive = pid > 0 && process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (!alive) await sql.unsafe(`drop database if exists ${datname} with (force)`);
    }
  });
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
}

/** A port the OS says is free now (several runs may share the machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type Server = {
  url: string;
  databaseUrl: string;
  stop: () => Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash would. */
  kill: () => Promise<void>;
  /** What the server printed (the last 20 kB). */
  output: () => string;
};

/** Starts `next start` on a port against a database; resolves once it is ready. */
export async function startServer({
  port: chosenPort,
  database,
  env = {},
}: {
  port?: number;
  database: string;
  env?: Record<string, string>;
}): Promise<Server> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    throw new Error("no production build: the global setup builds it");
  const port = chosenPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const dbUrl = databaseUrl(database);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(root, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: dbUrl,
        AUTH_SECRET: authSecret,
        AUTH_TRUST_HOST: "true",
        SEED_DEMO: "true",
        PORT: String(port),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server on ${port} not ready in 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    databaseUrl: dbUrl,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
    kill: async () => {
      if (child.exitCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
    },
    output: () => output,
  };
}
