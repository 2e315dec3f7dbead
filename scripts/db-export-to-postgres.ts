// npm run db:export-to-postgres: moves the embedded database (PGLITE_DIR, default .data/pglite)
// into an empty PostgreSQL database (DATABASE_URL), so a team that started with the default
// keeps its data. Stop the server first (the folder's lock makes sure). Then run the server
// with DATABASE_URL set.
import "./load-env";
import { exportToPostgres } from "../db/backup";
import { openPglite, pgliteDir } from "../db/client";

const target = process.env.DATABASE_URL;
if (!target) {
  console.error("Set DATABASE_URL to the (empty) PostgreSQL database to export into.");
  process.exit(2);
}
const source = await openPglite({ dir: pgliteDir() });
try {
  const copied = await exportToPostgres(source.db, target);
  const rows = Object.values(copied).reduce((a, b) => a + b, 0);
  console.log(`exported ${rows} rows in ${Object.keys(copied).length} tables to PostgreSQL`);
} catch (error) {
  console.error(`export refused: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await source.close();
}
