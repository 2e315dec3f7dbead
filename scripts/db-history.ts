// npm run db:history -- [--years 10] [--scale 1] [--seed concordia]: loads a generated decade
// on top of the demo data into the configured database (PGlite folder or DATABASE_URL), for
// benchmarks (db/history.ts). Stop the server first when it uses the embedded database.
import "./load-env";
import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "../db/client";
import { loadHistory } from "../db/history";
import { migrateDatabase } from "../db/migrate";
import { isEmpty, seedDemo } from "../db/seed";

const { values } = parseArgs({
  options: {
    years: { type: "string", default: "10" },
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: "concordia" },
  },
});
const options = { years: Number(values.years), scale: Number(values.scale), seed: values.seed };
if (!(options.years >= 1 && options.years <= 50) || !(options.scale > 0 && options.scale <= 100)) {
  console.error("--years must be 1–50 and --scale 0–100");
  process.exit(2);
}
const started = performance.now();
const database = await openConfiguredDatabase();
try {
  await migrateDatabase(database);
  if (await isEmpty(database.db)) await seedDemo(database.db);
  const volumes = await loadHistory(database.db, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`history loaded in ${seconds} s (${database.kind}):`, volumes);
} finally {
  await database.close();
}
