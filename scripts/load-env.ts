import { existsSync } from "node:fs";

// tsx scripts do not read .env.local the way Next does (see ../shared/STACK-NOTES.md, trap 8): load it here,
// so a script never migrates PGlite while the app is configured for PostgreSQL.
for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}
