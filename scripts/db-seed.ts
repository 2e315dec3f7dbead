import "./load-env";
import { openConfiguredDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDemo } from "../db/seed";

const database = await openConfiguredDatabase();
try {
  await migrateDatabase(database);
  const { created } = await seedDemo(database.db);
  console.log(created ? "demo data loaded" : "demo data already present: nothing changed");
} finally {
  await database.close();
}
