// Runs the integration tests again on a real PostgreSQL server. Each test file gets its own
// database, cloned from a migrated template (tests/global-setup.ts), so nothing is shared.
// TEST_DATABASE_URL picks the server (default: the local one, trust auth).
import { spawnSync } from "node:child_process";
import postgres from "postgres";

const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const probe = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
try {
  await probe`select 1`;
} catch (error) {
  console.error(
    `PostgreSQL is not reachable at ${url.replace(/:[^:@/]*@/, ":***@")}: ${error instanceof Error ? error.message : error}\n` +
      "Start it (see README, 'Running against PostgreSQL') or set TEST_DATABASE_URL.",
  );
  process.exit(1);
} finally {
  await probe.end();
}

const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url },
});
process.exit(result.status ?? 1);
