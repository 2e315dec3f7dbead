// What the session check costs per request, measured in-process: decoding the JWT
// cookie (Auth.js) and reading the user's roles from the database (lib/auth/viewer.ts).
//   npx tsx scripts/bench-session.ts   (DATABASE_URL set: PostgreSQL; else in-memory PGlite)

import { eq } from "drizzle-orm";
import { decode, encode } from "next-auth/jwt";
import { openPglite, openPostgres } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { loadViewer } from "../lib/auth/viewer";

const iterations = 2000;
const secret = "bench-secret-bench-secret-bench-secret";
const salt = "authjs.session-token";
const database = process.env.DATABASE_URL
  ? openPostgres(process.env.DATABASE_URL)
  : await openPglite();
await migrateDatabase(database);
await seedDemo(database.db);
const [user] = await database.db
  .select({ id: users.id })
  .from(users)
  .where(eq(users.email, "secretariat@example.org"));
if (!user) throw new Error("no demo user");
const token = await encode({ token: { sub: user.id }, secret, salt });

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 100; i++) await fn();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  const perCall = (performance.now() - start) / iterations;
  console.log(`${label}: ${(perCall * 1000).toFixed(0)} µs per request`);
}

await time("decode the session cookie (JWE)", () => decode({ token, secret, salt }));
await time(`read the viewer's roles (${database.kind})`, () => loadViewer(database.db, user.id));
await database.close();
