import { defineConfig } from "drizzle-kit";

// Only `generate` is used: migrations are applied by db/migrate.ts (the app's own client),
// so drizzle-kit never opens the PGlite folder a running server holds (../shared/STACK-NOTES.md, trap 4).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
