import { expect, type Page } from "@playwright/test";

// Helpers shared by the specs; they find things the way a user would, as far as possible.

/** Opens an organization from the list, as a user would; returns its path. */
export async function openOrganization(page: Page, name: string): Promise<string> {
  await page.goto("/organizations");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The value shown for a term in the organization page's "Details" card. */
export const fact = (page: Page, term: string) =>
  page
    .getByRole("region", { name: "Details" })
    .locator("dt", { hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");

/** A server action's return value, from the React Server Components stream it answers with. */
export function actionResult(body: string): unknown {
  const line = body.split("\n").find((l) => /^[0-9a-f]+:\{"ok":/.test(l));
  return line
    ? JSON.parse(line.slice(line.indexOf(":") + 1))
    : `no action result in ${body.slice(0, 300)}`;
}

/**
 * Opens the edit form and waits until it shows the organization's current values: the
 * inputs are filled in by the browser (the form store), so typing earlier could be lost.
 */
export async function openEditForm(page: Page, path: string, name: string) {
  await page.goto(`${path}/edit`);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
}
