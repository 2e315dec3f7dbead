// npm run db:restore -- FILE: restores a backup (npm run db:backup) into an EMPTY database:
// PostgreSQL (DATABASE_URL, a new database) from a .dump, or the embedded database (a folder
// that does not exist yet: PGLITE_DIR) from a .tar.gz. Refuses a database that holds data.
import "./load-env";
import path from "node:path";
import { restorePglite, restorePostgres } from "../db/backup";
import { pgliteDir } from "../db/client";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- FILE");
  process.exit(2);
}
const url = process.env.DATABASE_URL;
try {
  if (url) await restorePostgres(url, path.resolve(file));
  else await restorePglite(path.resolve(file), pgliteDir());
  console.log(`restored ${file} into ${url ? "PostgreSQL (DATABASE_URL)" : pgliteDir()}`);
} catch (error) {
  console.error(`restore refused: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
