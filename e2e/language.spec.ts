import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoPassword, roles } from "./global-setup";

// chair.disarmament is used by no other spec: its saved language cannot disturb them.

const labels = {
  en: { email: "E-mail address", password: "Password", submit: "Sign in", dashboard: "Dashboard" },
  fr: {
    email: "Adresse électronique",
    password: "Mot de passe",
    submit: "Se connecter",
    dashboard: "Tableau de bord",
  },
} as const;

async function signIn(page: Page, language: keyof typeof labels) {
  const l = labels[language];
  await page.getByLabel(l.email).fill(roles.chairDisarmament);
  await page.getByLabel(l.password).fill(demoPassword);
  await page.getByRole("button", { name: l.submit }).click();
}

const dashboardHeading = (page: Page, language: keyof typeof labels) =>
  page.getByRole("heading", { level: 1, name: labels[language].dashboard });

test("the interface language is chosen by each user and follows them", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/login");
  await signIn(page, "en");
  await expect(dashboardHeading(page, "en")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByLabel("Language").selectOption({ label: "Français" });
  await expect(dashboardHeading(page, "fr")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav.getByRole("link", { name: "Mon groupe de travail" })).toBeVisible();
  await expect(page.getByLabel("Langue")).toHaveValue("fr");

  // Signed out and back in: still French.
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  await signIn(page, "fr");
  await expect(dashboardHeading(page, "fr")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");

  // Remembered on the user, not only in this browser's cookie: another browser, in English
  // until the user signs in, gets French too.
  const elsewhere = await browser.newContext({ baseURL, locale: "en-GB" });
  const other = await elsewhere.newPage();
  await other.goto("/login");
  await expect(other.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await signIn(other, "en");
  await expect(dashboardHeading(other, "fr")).toBeVisible();
  await expect(other.locator("html")).toHaveAttribute("lang", "fr");

  // Back to English; the user's choice wins over the first browser's French cookie.
  await other.getByLabel("Langue").selectOption({ label: "English" });
  await expect(dashboardHeading(other, "en")).toBeVisible();
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await elsewhere.close();

  await page.reload();
  await expect(dashboardHeading(page, "en")).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("en");
});
