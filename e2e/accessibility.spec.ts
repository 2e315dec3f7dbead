import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import { expect, test } from "./fixtures";
import { type RoleKey, roles, storageStateFor } from "./global-setup";
import { openInvitationsForSeventh, planSeventhMeeting } from "./support/scenarios";

// Accessibility (WCAG 2.1 AA): every main page, in English and in Arabic (right to left),
// has no serious or critical violation that axe finds; the reply to an invitation can be
// done with the keyboard alone, and on a phone's screen.

test.describe.configure({ mode: "serial" });

const languages = ["en", "ar"] as const;

async function setLanguage(
  world: Parameters<Parameters<typeof test>[2]>[0]["world"],
  locale: string,
) {
  await world.db((db) =>
    db.update(users).set({ locale }).where(eq(users.email, roles.secretariat)),
  );
  await world.db((db) => db.update(users).set({ locale }).where(eq(users.email, roles.focalAu)));
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/** The main pages, as the secretariat and as a focal point reach them. */
async function mainPages(world: Parameters<Parameters<typeof test>[2]>[0]["world"]) {
  const [meeting] = (await world.db((db) =>
    db.execute<{ id: string; invitation: string }>(
      `select m.id, (select i.id from invitations i join organizations o on o.id = i.organization_id
         where i.meeting_id = m.id and o.short_name = 'AU') as invitation
       from meetings m where m.sequence_number = 7`,
    ),
  )) as unknown as { id: string; invitation: string }[];
  const [body] = (await world.db((db) =>
    db.execute<{ id: string }>("select id from bodies where slug = 'wg-peacekeeping'"),
  )) as unknown as { id: string }[];
  const pages: [RoleKey, string][] = [
    ["secretariat", "/"],
    ["secretariat", "/meetings"],
    ["secretariat", `/meetings/${meeting?.id}`],
    ["secretariat", `/meetings/${meeting?.id}/invitations`],
    ["secretariat", "/meetings/plan"],
    ["secretariat", "/calendar"],
    ["secretariat", "/organizations"],
    ["secretariat", "/bodies"],
    ["secretariat", `/bodies/${body?.id}`],
    ["secretariat", "/tasks"],
    ["secretariat", "/users"],
    ["secretariat", "/outbox"],
    ["secretariat", "/activity"],
    ["secretariat", "/profile"],
    ["focalAu", "/"],
    ["focalAu", "/invitations"],
    ["focalAu", `/invitations/${meeting?.invitation}`],
  ];
  return pages;
}

test.beforeEach(async ({ world }) => {
  await world.once("seventh meeting with invitations", async () => {
    const id = await planSeventhMeeting(world);
    await openInvitationsForSeventh(world, id);
  });
});

for (const locale of languages) {
  test(`the main pages have no serious accessibility problem (${locale})`, async ({
    browser,
    baseURL,
    world,
  }) => {
    test.slow();
    await setLanguage(world, locale);
    const problems: string[] = [];
    for (const [role, path] of await mainPages(world)) {
      const context = await browser.newContext({ baseURL, storageState: storageStateFor(role) });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      for (const v of await seriousViolations(page)) problems.push(`${role} ${path}: ${v}`);
      await context.close();
    }
    for (const path of ["/login", "/forgot-password"]) {
      const context = await browser.newContext({
        baseURL,
        locale: locale === "ar" ? "ar" : "en-GB",
      });
      const page = await context.newPage();
      await page.goto(path);
      for (const v of await seriousViolations(page)) problems.push(`(signed out) ${path}: ${v}`);
      await context.close();
    }
    await setLanguage(world, "en");
    expect(problems).toEqual([]);
  });
}

test("a focal point replies with the keyboard alone, on a phone's screen", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    storageState: storageStateFor("focalAu"),
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto("/");
  // The navigation waits behind the menu button.
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "true");

  // To the invitation by keyboard: the link in the dashboard's list.
  const link = page.getByRole("link", { name: /^Reply for African Union/ });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: /Invitation of African Union/ }),
  ).toBeVisible();

  // The form with the keyboard: the first radio, the level, one member, the reply.
  const yes = page.getByRole("radio", { name: "Yes, it attends" });
  await expect(async () => {
    await yes.focus();
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Level of representation")).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Level of representation").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.getByLabel("Level of representation").selectOption({ label: "Senior official" });
  await page.getByRole("button", { name: "Add a member" }).focus();
  await page.keyboard.press("Enter");
  const name = page.getByLabel("Member 1: name");
  await expect(name)
    .toBeFocused({ timeout: 2_000 })
    .catch(() => name.focus());
  await page.keyboard.type("Amina Tesfaye");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Senior official");
  await page.keyboard.press("Tab");
  await page.keyboard.type("not-an-address");
  // A failed submit moves the focus to the first field in error.
  await page.getByRole("button", { name: "Send the reply" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Member 1: e-mail")).toBeFocused();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("focal.au@example.org");
  await page.getByRole("button", { name: "Send the reply" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(
    "Your reply is recorded: your organization attends.",
  );
  // Nothing is wider than the screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
