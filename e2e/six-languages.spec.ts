import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import { type Messages as Catalogue, catalogueAsWritten } from "../lib/i18n/catalogues";
import type { Locale } from "../lib/i18n/locales";
import { expect, test } from "./fixtures";
import { demoPassword } from "./global-setup";
import { openInvitationsForSeventh, planSeventhMeeting } from "./support/scenarios";

// The focal points who work in the other official languages (the League of Arab States in
// Arabic, the Shanghai Cooperation Organisation in Chinese, the CIS in Russian, the OAS in
// Spanish) read their dashboard, open the seventh meeting's invitation and reply, each in their
// own language, with no English left on the screen but the names that have none.

test.describe.configure({ mode: "serial" });

const catalogue = (locale: Locale) => catalogueAsWritten(locale);
const en = catalogue("en");
const journeys = [
  { locale: "ar", email: "focal.las@example.org", messages: catalogue("ar"), dir: "rtl" },
  { locale: "zh", email: "focal.sco@example.org", messages: catalogue("zh"), dir: "ltr" },
  { locale: "ru", email: "focal.cis@example.org", messages: catalogue("ru"), dir: "ltr" },
  { locale: "es", email: "focal.oas@example.org", messages: catalogue("es"), dir: "ltr" },
] as const;

/** Every English text of the catalogues (without arguments) that the language translates. */
function englishTexts(target: Catalogue): string[] {
  const found: string[] = [];
  const walk = (english: unknown, translated: unknown) => {
    if (typeof english === "string") {
      if (
        !english.includes("{") &&
        english.length >= 6 &&
        english !== translated &&
        /[a-z]{3}/.test(english)
      )
        found.push(english);
      return;
    }
    if (english && typeof english === "object") {
      for (const [key, value] of Object.entries(english))
        walk(value, (translated as Record<string, unknown> | undefined)?.[key]);
    }
  };
  walk(en, target);
  return found;
}

/**
 * The English texts of the interface still on the screen. What is not the interface's is set
 * aside: the data (titles, venues, themes, names: `data`, as the database holds them) and what
 * is marked as another language (the language switcher names each language in itself).
 */
async function englishLeft(page: Page, target: Catalogue, data: string[]): Promise<string[]> {
  let text = await page
    .evaluate(
      (locale) => {
        const foreign = [...document.querySelectorAll<HTMLElement>("[lang]")].filter(
          (element) => element !== document.documentElement && element.lang !== locale,
        );
        for (const element of foreign) element.style.setProperty("display", "none");
        // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, hidden elements left out
        const shown = document.body.innerText;
        for (const element of foreign) element.style.removeProperty("display");
        // A select's options are in its rendered text whatever their style: set their text aside.
        return { shown, options: foreign.map((element) => element.textContent ?? "") };
      },
      await page.locator("html").getAttribute("lang"),
    )
    .then(({ shown, options }) =>
      options.reduce((all, option) => all.replaceAll(option, " "), shown),
    );
  for (const value of [...data].sort((a, b) => b.length - a.length))
    text = text.replaceAll(value, " ");
  return englishTexts(target).filter((english) =>
    new RegExp(
      `(^|[^\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`,
      "u",
    ).test(text),
  );
}

/** The data the pages show as the database holds it (English where it has no translation). */
async function dataTexts(world: Parameters<Parameters<typeof test>[2]>[0]["world"]) {
  const rows = (await world.db((db) =>
    db.execute(
      `select title as value from meetings union select venue from meetings
       union select theme from meetings union select title from sc_sessions
       union select presidency from sc_sessions union select name from organizations
       union select headquarters from organizations union select name from users
       union select name from bodies`,
    ),
  )) as unknown as { value: string | null }[];
  return rows.flatMap((r) => (r.value ? [r.value] : []));
}

test.beforeEach(async ({ world }) => {
  await world.once("seventh meeting with invitations", async () => {
    const id = await planSeventhMeeting(world);
    await openInvitationsForSeventh(world, id);
  });
});

for (const { locale, email, messages: m, dir } of journeys) {
  test(`a focal point working in ${locale} reads the dashboard and replies in ${locale}`, async ({
    browser,
    baseURL,
    world,
  }) => {
    test.slow();
    await world.db((db) => db.update(users).set({ locale }).where(eq(users.email, email)));
    const data = await dataTexts(world);
    // A browser set to the language: the sign-in page speaks it before anyone is known.
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await page.getByLabel(m.login.email).fill(email);
    await page.getByLabel(m.login.password).fill(demoPassword);
    await page.getByRole("button", { name: m.login.submit, exact: true }).click();

    // The dashboard, in the language and its direction.
    await expect(page.getByRole("heading", { level: 1, name: m.dashboard.title })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.getByRole("navigation", { name: m.shell.navigation })).toBeVisible();
    await expect(page.getByRole("heading", { name: m.dashboard.awaitingHeading })).toBeVisible();
    expect(await englishLeft(page, m, data)).toEqual([]);

    // The seventh meeting's invitation, from the dashboard's list.
    await page.locator("main").locator('a[href^="/invitations/"]').first().click();
    await expect(page.getByRole("heading", { name: m.reply.replyHeading })).toBeVisible();
    expect(await englishLeft(page, m, data)).toEqual([]);

    // The reply: attends, at the level of a senior official, with one member.
    const yes = page.getByRole("radio", { name: m.reply.yesAttending });
    await expect(async () => {
      await yes.check();
      await expect(page.getByLabel(m.reply.representationLevel)).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await page
      .getByLabel(m.reply.representationLevel)
      .selectOption({ label: m.representationLevels.senior_official });
    await page.getByRole("button", { name: m.reply.addMember }).click();
    const member = (key: "name" | "title" | "email") =>
      page.getByLabel(m.reply.member[key].replace("{number}", "1"));
    await member("name").fill("Delegate One");
    await member("title").fill("Ambassador");
    await member("email").fill("not-an-address");
    await page.getByRole("button", { name: m.reply.submit }).click();
    // The error in the language, the focus on the field.
    await expect(member("email")).toBeFocused();
    expect(await englishLeft(page, m, data)).toEqual([]);
    await member("email").fill(email);
    await page.getByRole("button", { name: m.reply.submit }).click();
    await expect(
      page.getByRole("status").filter({ hasText: m.reply.savedAttending }),
    ).toBeVisible();
    expect(await englishLeft(page, m, data)).toEqual([]);
    await context.close();
  });
}
