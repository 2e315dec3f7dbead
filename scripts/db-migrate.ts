import "./load-env";
import { openConfiguredDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";

// Against the embedded database, this waits for the folder's lock (db/client.ts): it refuses to run
// while a server holds it.
const database = await openConfiguredDatabase();
try {
  await migrateDatabase(database);
  console.log(`migrations applied (${database.kind})`);
} finally {
  await database.close();
}
