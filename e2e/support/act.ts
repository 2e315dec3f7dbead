import { eq } from "drizzle-orm";
import { type Db, openPostgres } from "../../db/client";
import { users } from "../../db/schema";
import { executeAction } from "../../lib/action";
import { allActions } from "../../lib/action-registry";
import { loadViewer } from "../../lib/auth/viewer";

/**
 * Prepares what a spec needs through the application's own commands (the same checks,
 * transaction and audit row as a click), acting as a named user, on the spec file's database.
 * For the steps a spec is not about: what it is about, it does in the browser.
 */
export async function actAs(
  databaseUrl: string,
  email: string,
  actionName: string,
  input: Record<string, unknown>,
): Promise<unknown> {
  const action = allActions.find((a) => a.name === actionName);
  if (!action) throw new Error(`no action ${actionName}`);
  return withDb(databaseUrl, async (db) => {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!user) throw new Error(`no user ${email}`);
    const viewer = await loadViewer(db, user.id);
    const result = await executeAction(action, { db, viewer, input });
    if (!result.ok) throw new Error(`${actionName} as ${email} failed: ${JSON.stringify(result)}`);
    return result.data;
  });
}

/** Reads (or, for what no command does, writes) the spec file's database directly. */
export async function withDb<T>(databaseUrl: string, work: (db: Db) => Promise<T>): Promise<T> {
  const database = openPostgres(databaseUrl, 1);
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}
