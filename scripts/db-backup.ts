// npm run db:backup [-- FILE]: a consistent backup of the configured database.
// PostgreSQL (DATABASE_URL): pg_dump's custom format (.dump); the embedded database: PGlite's
// own data-directory dump (.tar.gz), taken while no server holds the folder (it waits for
// the folder's lock, db/client.ts). Default file: backups/concordia-<date-time>.<ext>.
import "./load-env";
import { mkdirSync } from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import { backupPglite, backupPostgres } from "../db/backup";
import { pgliteDir } from "../db/client";

const url = process.env.DATABASE_URL;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.resolve(
  process.argv[2] ?? `backups/concordia-${stamp}.${url ? "dump" : "tar.gz"}`,
);
mkdirSync(path.dirname(file), { recursive: true });
if (url) {
  await backupPostgres(url, file);
} else {
  const dir = pgliteDir();
  const release = await lockfile.lock(dir, { lockfilePath: `${dir}.lock`, stale: 15_000 });
  try {
    await backupPglite(dir, file);
  } finally {
    await release();
  }
}
console.log(`backup written: ${file}`);
