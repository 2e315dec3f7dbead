import { getDatabase } from "@/db/client";
import { DEMO_PASSWORD, demoUsers } from "@/db/demo-data";
import { migrateDatabase } from "@/db/migrate";
import { hasDemoAccounts, isEmpty, seedDemo } from "@/db/seed";

// Demo accounts exist only in demo data: production seeds them only when asked (SEED_DEMO=true).
function demoSeedingAllowed(): boolean {
  if (process.env.SEED_DEMO === "false") return false;
  return process.env.NODE_ENV !== "production" || process.env.SEED_DEMO === "true";
}

/** Runs once per server process: apply migrations, load the demo data into an empty database. */
export async function startup(): Promise<void> {
  const database = await getDatabase();
  await migrateDatabase(database);
  const empty = await isEmpty(database.db);
  if (empty && demoSeedingAllowed()) {
    await seedDemo(database.db);
    console.log("[concordia] demo data loaded (as of 1 March 2006)");
  }
  const port = process.env.PORT ?? "3000";
  const where =
    database.kind === "pglite" ? "embedded PGlite database" : "PostgreSQL (DATABASE_URL)";
  const lines = [`[concordia] ready on http://localhost:${port} using the ${where}`];
  if (await hasDemoAccounts(database.db)) {
    lines.push(`[concordia] demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const user of demoUsers) lines.push(`    ${user.email.padEnd(34)} ${user.jobTitle}`);
  }
  console.log(lines.join("\n"));
}
