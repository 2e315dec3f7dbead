import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type FullConfig } from "@playwright/test";
import {
  createDatabase,
  dropAbandonedDatabases,
  dropDatabases,
  startServer,
} from "./support/servers";

export const demoPassword = "concordia-demo";
export const roles = {
  secretariat: "secretariat@example.org",
  chairPeacekeeping: "chair.peacekeeping@example.org",
  chairDisarmament: "chair.disarmament@example.org",
  focalAu: "focal.au@example.org",
  focalOsce: "focal.osce@example.org",
  focalOas: "focal.oas@example.org",
} as const;
export type RoleKey = keyof typeof roles;
export const storageStateFor = (role: RoleKey) => `e2e/.auth/${role}.json`;

/**
 * Builds the application once, prepares the template database every spec file's database is
 * cloned from (migrated and loaded with the demo data by a server, as in production), and
 * signs in once per demo role through the real form, keeping the session cookies. The user
 * ids are the same in every clone, so the cookies hold on every spec file's server.
 */
export default async function globalSetup(config: FullConfig) {
  if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) {
    const build = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const run = `concordia_e2e_${process.pid}_${Date.now().toString(36)}`;
  const template = `${run}_template`;
  await dropAbandonedDatabases(); // leftovers of interrupted runs, never a live run's
  await createDatabase(template);
  process.env.E2E_RUN = run;
  process.env.E2E_TEMPLATE = template;

  const server = await startServer({ database: template });
  try {
    mkdirSync("e2e/.auth", { recursive: true });
    const browser = await chromium.launch(config.projects[0]?.use.launchOptions);
    for (const [role, email] of Object.entries(roles) as [RoleKey, string][]) {
      const page = await browser.newPage({ baseURL: server.url });
      await page.goto("/login");
      await page.getByLabel("E-mail address").fill(email);
      await page.getByLabel("Password").fill(demoPassword);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { name: "Dashboard" }).waitFor();
      await page.context().storageState({ path: storageStateFor(role) });
      await page.close();
    }
    await browser.close();
  } finally {
    await server.stop();
  }
  return async () => {
    await dropDatabases(run);
  };
}
