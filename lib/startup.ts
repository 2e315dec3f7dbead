import { type Database, DatabaseInUseError, getDatabase } from "@/db/client";
import { DEMO_PASSWORD, demoUsers, mainDemoEmails } from "@/db/demo-data";
import { migrateDatabase } from "@/db/migrate";
import { hasDemoAccounts, isEmpty, seedDemo } from "@/db/seed";
import { appHost, appUrl } from "./app-url";
import { pruneSignInAttempts } from "./auth/throttle";
import { beginWork, isDraining, shutdown } from "./lifecycle";

// Demo accounts exist only in demo data: production seeds them only when asked (SEED_DEMO=true).
function demoSeedingAllowed(): boolean {
  if (process.env.SEED_DEMO === "false") return false;
  return process.env.NODE_ENV !== "production" || process.env.SEED_DEMO === "true";
}

/**
 * Production refuses to start without a real secret: better a clear message now than a
 * failure on the first request. (Development generates one into .data/, lib/auth/secret.ts.)
 */
export function checkProductionSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  const secret = env.AUTH_SECRET ?? "";
  if (secret.length < 32)
    problems.push(
      secret
        ? "AUTH_SECRET is shorter than 32 characters: use e.g. `openssl rand -base64 32`."
        : "AUTH_SECRET is not set: the server cannot sign sessions. Set it, e.g. `openssl rand -base64 32`.",
    );
  if (env.APP_URL) {
    try {
      new URL(env.APP_URL);
    } catch {
      problems.push(`APP_URL is not a valid address: ${env.APP_URL}`);
    }
  }
  return problems;
}

/** Runs once per server process: apply migrations, load the demo data into an empty database. */
export async function startup(): Promise<void> {
  const problems = checkProductionSettings();
  if (problems.length > 0) {
    for (const problem of problems) console.error(`[concordia] cannot start: ${problem}`);
    process.exit(1);
  }
  let database: Database;
  try {
    database = await getDatabase();
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      console.error(`[concordia] cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (database.kind === "pglite" && process.env.NODE_ENV === "production")
    console.warn(
      "[concordia] warning: running in production on the embedded database (PGlite): fine for one instance; for several instances, backups and upgrades use PostgreSQL (DATABASE_URL).",
    );
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
  if (process.env.APP_URL) lines.push(`[concordia] public address (links in e-mails): ${appUrl()}`);
  if (await hasDemoAccounts(database.db)) {
    lines.push(`[concordia] demo sign-ins (password "${DEMO_PASSWORD}"):`);
    const main = demoUsers.filter((u) => mainDemoEmails.includes(u.email));
    const others = demoUsers.filter((u) => !mainDemoEmails.includes(u.email));
    for (const user of main) lines.push(`    ${user.email.padEnd(42)} ${user.jobTitle}`);
    lines.push("  and, with the same password, every other chair and focal point:");
    for (const user of others) lines.push(`    ${user.email.padEnd(42)} ${user.jobTitle}`);
  }
  startHousekeeping();
  // With NEXT_MANUAL_SIG_HANDLE=true (npm start, the Docker image) the shutdown is ours:
  // requests in flight and an outbox round finish before the process exits (lib/lifecycle.ts).
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    for (const signal of ["SIGTERM", "SIGINT"] as const)
      process.on(signal, () => void shutdown(signal, () => database.close()));
  }
  if (process.env.SMTP_URL) {
    lines.push("[concordia] e-mail: sending the outbox through SMTP_URL");
    startEmailSender();
  } else {
    lines.push("[concordia] e-mail: SMTP_URL not set; notifications stay listed in the Outbox");
  }
  console.log(lines.join("\n"));
}

// Old sign-in attempts are deleted every hour (the throttle looks back 15 minutes).
function startHousekeeping() {
  const holder = globalThis as unknown as { __concordiaHousekeeping?: NodeJS.Timeout };
  if (holder.__concordiaHousekeeping) return;
  const prune = async () => {
    try {
      const database = await getDatabase();
      await pruneSignInAttempts(database.db);
    } catch (error) {
      console.error("[concordia] housekeeping:", error);
    }
  };
  void prune();
  holder.__concordiaHousekeeping = setInterval(prune, 3_600_000);
  holder.__concordiaHousekeeping.unref();
}

// The outbox lives in PostgreSQL; any number of instances may run this loop (rows are
// claimed with SKIP LOCKED and a lease, lib/notifications/sender.ts). One round at a time per
// process: a slow SMTP server never stacks rounds up. Sending never blocks an action.
function startEmailSender() {
  const holder = globalThis as unknown as {
    __concordiaSender?: NodeJS.Timeout;
    __concordiaSending?: boolean;
  };
  if (holder.__concordiaSender) return;
  const round = async () => {
    if (holder.__concordiaSending || isDraining()) return;
    holder.__concordiaSending = true;
    const done = beginWork("outbox");
    try {
      const [{ createTransport }, { sendDueEmails }, database] = await Promise.all([
        import("nodemailer"),
        import("./notifications/sender"),
        getDatabase(),
      ]);
      const transport = createTransport({
        url: process.env.SMTP_URL,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      const from = process.env.SMTP_FROM ?? `Concordia <no-reply@${appHost()}>`;
      const result = await sendDueEmails(database.db, transport, { from });
      if (result.sent || result.failed)
        console.log(`[concordia] e-mail: ${result.sent} sent, ${result.failed} not sent yet`);
    } catch (error) {
      console.error("[concordia] e-mail sender:", error);
    } finally {
      holder.__concordiaSending = false;
      done();
    }
  };
  holder.__concordiaSender = setInterval(round, Number(process.env.SMTP_INTERVAL_MS ?? 30_000));
  holder.__concordiaSender.unref();
}
