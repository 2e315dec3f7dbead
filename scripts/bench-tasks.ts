// How fast the task list stays with ten thousand tasks (PGlite in memory, or DATABASE_URL).
//   npx tsx --conditions=react-server scripts/bench-tasks.ts  (queries modules are server-only)
import { eq, sql } from "drizzle-orm";
import { openPglite, openPostgres } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { bodies, users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { loadViewer } from "../lib/auth/viewer";
import { readClock } from "../lib/clock";
import { listTasks } from "../lib/tasks/queries";

const database = process.env.DATABASE_URL
  ? openPostgres(process.env.DATABASE_URL)
  : await openPglite();
await migrateDatabase(database);
await seedDemo(database.db);
const db = database.db;
const [body] = await db.select().from(bodies).where(eq(bodies.slug, "wg-peacekeeping"));
await db.execute(sql`insert into tasks (title, body_id, status, progress, due_on)
  select 'Generated task ' || n, ${body?.id}::uuid, (array['not_started','in_progress','blocked','done'])[1 + n % 4]::task_status,
  case n % 4 when 3 then 100 when 0 then 0 else 30 end, date '2005-06-01' + (n % 700) from generate_series(1, 10000) n`);
const [u] = await db.select().from(users).where(eq(users.email, "secretariat@example.org"));
const viewer = await loadViewer(db, u?.id ?? "");
if (!viewer) throw new Error("viewer");
const clock = await readClock(db);
for (const [label, filter] of [
  ["page 1, due", { sort: "due" }],
  ["page 200, due", { sort: "due", page: 200 }],
  ["overdue, peacekeeping, page 3", { overdue: "1", body: body?.id, page: 3 }],
  ["blocked, by title", { status: "blocked", sort: "title" }],
] as const) {
  await listTasks(db, viewer, filter as never, clock);
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) await listTasks(db, viewer, filter as never, clock);
  console.log(`${label}: ${((performance.now() - t0) / 20).toFixed(1)} ms`);
}
await database.close();
