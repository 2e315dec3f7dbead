import "./load-env";
import { openConfiguredDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";

// Do not run against a PGlite folder while the server uses it: PGlite does not lock its folder.
const database = await openConfiguredDatabase();
try {
  await migrateDatabase(database);
  console.log(`migrations applied (${database.kind})`);
} finally {
  await database.close();
}
