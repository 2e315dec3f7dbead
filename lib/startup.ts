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
  if (process.env.SMTP_URL) {
    lines.push("[concordia] e-mail: sending the outbox through SMTP_URL every 30 s");
    startEmailSender();
  } else {
    lines.push("[concordia] e-mail: SMTP_URL not set; notifications stay listed in the Outbox");
  }
  console.log(lines.join("\n"));
}

// The outbox lives in PostgreSQL; any number of instances may run this loop (rows are
// claimed with SKIP LOCKED). Sending never blocks the action that queued an e-mail.
function startEmailSender() {
  const holder = globalThis as unknown as { __concordiaSender?: NodeJS.Timeout };
  if (holder.__concordiaSender) return;
  holder.__concordiaSender = setInterval(async () => {
    try {
      const [{ createTransport }, { sendDueEmails }, database] = await Promise.all([
        import("nodemailer"),
        import("./notifications/sender"),
        getDatabase(),
      ]);
      const transport = createTransport(process.env.SMTP_URL);
      const from = process.env.SMTP_FROM ?? "Concordia <no-reply@localhost>";
      const result = await sendDueEmails(database.db, transport, { from });
      if (result.sent || result.failed)
        console.log(`[concordia] e-mail: ${result.sent} sent, ${result.failed} failed`);
    } catch (error) {
      console.error("[concordia] e-mail sender:", error);
    }
  }, 30_000);
  holder.__concordiaSender.unref();
}
