// The benchmark (issue 13): the application's signed-in pages against the framework's own
// ceiling, on ten years of generated history, on PostgreSQL and on the embedded database.
//
//   npm run bench -- [--db postgres|pglite|both] [--scales 1,10] [--seconds 5] [--connections 10]
//
// For each database and scale: a fresh database with the demo data and the generated decade
// (db/history.ts), the production server on it, and the reference (the smallest dynamic page
// of the same Next.js, scripts/bench/reference-app). Each page is measured with autocannon
// right after the reference, alternately, so both see the same machine; the table gives req/s,
// p50, p99 and the ratio to the reference. Then the first-load JavaScript (gzip) of each page.
// A benchmark, not a test: it never fails on a timing. Needs the local PostgreSQL.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import postgres from "postgres";
import { freePort } from "../e2e/support/servers";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "both" },
    scales: { type: "string", default: "1,10" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    years: { type: "string", default: "10" },
  },
});
const root = path.resolve(import.meta.dirname, "..");
const referenceDir = path.join(root, "scripts/bench/reference-app");
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const kinds = values.db === "both" ? ["postgres", "pglite"] : [values.db ?? "postgres"];
const scales = (values.scales ?? "1").split(",").map(Number);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function build(dir: string, label: string) {
  if (existsSync(path.join(dir, ".next", "BUILD_ID")) && !process.env.BENCH_REBUILD) return;
  console.log(`building ${label}…`);
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "build"],
    {
      stdio: "inherit",
      env,
      cwd: dir,
    },
  );
  if (result.status !== 0) throw new Error(`building ${label} failed`);
}

async function startNext(dir: string, extra: Record<string, string | undefined>) {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(root, "node_modules/next/dist/bin/next"),
      "start",
      dir,
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: root,
      env: {
        ...env,
        NODE_ENV: "production",
        AUTH_SECRET: "bench-only-secret-not-for-production-0123456789",
        AUTH_TRUST_HOST: "true",
        LOG_LEVEL: "warn",
        ...extra,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`${url}/`);
      if (r.status < 500) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: () => child.kill("SIGTERM") };
}

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({
      csrfToken,
      email,
      password: "concordia-demo",
      callbackUrl: `${base}/`,
    }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session.split(";")[0] ?? "";
}

type Measured = { rps: number; p50: number; p99: number; errors: number };

async function load(url: string, cookie?: string, duration = seconds): Promise<Measured> {
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * The JavaScript a first visit loads, gzip-compressed: every script Chromium fetches until the
 * network is idle (so the language's catalogue, loaded after the page, counts, and the
 * `nomodule` polyfills a current browser skips do not).
 */
async function firstLoadJs(base: string, pagePath: string, cookie: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath:
      process.env.CHROMIUM_PATH ??
      (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox"],
  });
  try {
    const context = await browser.newContext();
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
      }),
    );
    const page = await context.newPage();
    const bodies: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script")
        bodies.push(
          response.body().then(
            (body) => gzipSync(body).length,
            () => 0,
          ),
        );
    });
    await page.goto(`${base}${pagePath}`, { waitUntil: "networkidle" });
    return (await Promise.all(bodies)).reduce((sum, size) => sum + size, 0);
  } finally {
    await browser.close();
  }
}

/** Ids for the pages that need one, from the database itself. */
async function pageIds(databaseUrl: string | null, pgliteDir: string | null) {
  const query = `select
    (select id from meetings where status = 'concluded' order by sequence_number desc limit 1) as meeting,
    (select id from bodies where slug = 'wg-peacekeeping') as body,
    (select id from reports where status = 'accepted' order by updated_at desc limit 1) as report,
    (select id from records order by updated_at desc limit 1) as record`;
  if (databaseUrl) {
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const [row] = await sql.unsafe(query);
    await sql.end();
    return row as Record<string, string | null>;
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const client = await PGlite.create({ dataDir: pgliteDir ?? undefined });
  const result = await client.query<Record<string, string | null>>(query);
  await client.close();
  return result.rows[0] ?? {};
}

async function prepare(kind: string, scale: number) {
  const name = `concordia_bench_${process.pid}_${scale}`;
  if (kind === "postgres") {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { databaseUrl: url.toString(), pgliteDir: null, name };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "concordia-bench-"));
  return { databaseUrl: null, pgliteDir: path.join(dir, "pglite"), name: dir };
}

async function cleanup(kind: string, prepared: { name: string }) {
  if (kind === "postgres") {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${prepared.name} with (force)`);
    await admin.end();
  } else rmSync(prepared.name, { recursive: true, force: true });
}

build(root, "the application");
build(referenceDir, "the reference page");
const results: Record<string, unknown>[] = [];
const reference = await startNext(referenceDir, {});
try {
  for (const kind of kinds) {
    for (const scale of scales) {
      const prepared = await prepare(kind, scale);
      const dbEnv = prepared.databaseUrl
        ? { DATABASE_URL: prepared.databaseUrl }
        : { DATABASE_URL: "", PGLITE_DIR: prepared.pgliteDir ?? "" };
      console.log(`\n${kind}, ${values.years} years at scale ${scale}: loading the history…`);
      const started = performance.now();
      const history = spawnSync(
        "npx",
        ["tsx", "scripts/db-history.ts", "--years", String(values.years), "--scale", String(scale)],
        { stdio: ["ignore", "ignore", "inherit"], env: { ...env, ...dbEnv }, cwd: root },
      );
      if (history.status !== 0) throw new Error("loading the history failed");
      console.log(`  loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      // Read before the server starts: the embedded database is one process's at a time.
      const ids = await pageIds(prepared.databaseUrl, prepared.pgliteDir);
      const app = await startNext(root, { ...dbEnv, SEED_DEMO: "true" });
      try {
        const cookies = {
          secretariat: await signIn(app.url, "secretariat@example.org"),
          chair: await signIn(app.url, "chair.peacekeeping@example.org"),
          focal: await signIn(app.url, "focal.au@example.org"),
        };
        const m = ids.meeting;
        const pages: [string, string, string][] = [
          ["dashboard (secretariat)", "/", cookies.secretariat],
          ["dashboard (chair)", "/", cookies.chair],
          ["dashboard (focal point)", "/", cookies.focal],
          ["meetings", "/meetings", cookies.secretariat],
          ...(m
            ? ([
                ["a meeting", `/meetings/${m}`, cookies.secretariat],
                ["invitations overview", `/meetings/${m}/invitations`, cookies.secretariat],
                ["participants list", `/meetings/${m}/participants`, cookies.secretariat],
                ["implementation matrix", `/meetings/${m}/implementation`, cookies.secretariat],
              ] as [string, string, string][])
            : []),
          ["tasks (filtered, page 40)", "/tasks?status=done&page=40", cookies.secretariat],
          ...(ids.body
            ? ([["a body", `/bodies/${ids.body}`, cookies.secretariat]] as [
                string,
                string,
                string,
              ][])
            : []),
          ["activity log", "/activity", cookies.secretariat],
          ...(ids.report
            ? ([["a report", `/reports/${ids.report}`, cookies.secretariat]] as [
                string,
                string,
                string,
              ][])
            : []),
          ...(ids.record
            ? ([["a record", `/records/${ids.record}`, cookies.secretariat]] as [
                string,
                string,
                string,
              ][])
            : []),
        ];
        for (const [label, pagePath, cookie] of pages) {
          const probe = await fetch(`${app.url}${pagePath}`, {
            headers: { cookie },
            redirect: "manual",
          });
          if (probe.status !== 200) {
            console.log(`  ${label}: answered ${probe.status}, skipped`);
            continue;
          }
          // Both warmed first (the page's route compiled and its queries planned), as a
          // server that has run a while would be; then measured one after the other.
          await load(`${reference.url}/`, undefined, 2);
          await load(`${app.url}${pagePath}`, cookie, 2);
          const ref = await load(`${reference.url}/`);
          const page = await load(`${app.url}${pagePath}`, cookie);
          const js =
            scale === scales[0] && kind === kinds[0]
              ? await firstLoadJs(app.url, pagePath, cookie)
              : null;
          const row = {
            database: kind,
            scale,
            page: label,
            "req/s": Math.round(page.rps),
            "p50 ms": page.p50,
            "p99 ms": page.p99,
            "ref req/s": Math.round(ref.rps),
            ratio: Number((page.rps / ref.rps).toFixed(2)),
            errors: page.errors,
            ...(js === null ? {} : { "first-load JS gzip kB": Number((js / 1024).toFixed(1)) }),
          };
          results.push(row);
          console.log(`  ${JSON.stringify(row)}`);
        }
      } finally {
        app.stop();
        await new Promise((r) => setTimeout(r, 1500));
        await cleanup(kind, prepared);
      }
    }
  }
} finally {
  reference.stop();
}
console.table(results);
writeFileSync(path.join(root, "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("written: bench-results.json");
