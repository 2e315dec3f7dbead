import { mkdirSync } from "node:fs";
import { chromium, type FullConfig } from "@playwright/test";

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

/** Signs in once per demo role through the real form and keeps the session cookies. */
export default async function globalSetup(config: FullConfig) {
  const project = config.projects[0];
  const baseURL = project?.use.baseURL;
  mkdirSync("e2e/.auth", { recursive: true });
  const browser = await chromium.launch(project?.use.launchOptions);
  for (const [role, email] of Object.entries(roles) as [RoleKey, string][]) {
    const page = await browser.newPage({ baseURL });
    await page.goto("/login");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    await page.context().storageState({ path: storageStateFor(role) });
    await page.close();
  }
  await browser.close();
}
