import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoPassword, roles, storageStateFor } from "./global-setup";
import { openInvitationsForSeventh, planSeventhMeeting, seventh } from "./support/scenarios";

// Accounts that new people can use: a successor focal point for the League of Arab States
// gets an invitation e-mail, sets a password through its link, signs in and answers the
// seventh meeting's invitation; the predecessor no longer can. Then a forgotten password,
// end to end. Serial: the steps build on each other, on the file's own database.

const las = "League of Arab States";
const successor = { name: "Nadia Haddad", email: "nadia.haddad@example.org" };
const predecessor = { name: "Karim Mansour", email: "focal.las@example.org" };
const newPassword = "Nile-river-evening-2006";

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The path of the link in the newest e-mail with this subject to this address (Outbox). */
async function linkInOutbox(page: Page, recipient: string, subject: string): Promise<string> {
  await page.goto("/outbox");
  const row = page.getByRole("row").filter({ hasText: recipient }).filter({ hasText: subject });
  await expect(row.first()).toBeVisible();
  await row.first().getByText(subject).click();
  const body = (await row.first().locator("details p").textContent()) ?? "";
  const link = body.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link in ${body}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

async function freshContext(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, page: await context.newPage() };
}

test.describe("a new focal point for the League of Arab States", () => {
  test.describe.configure({ mode: "serial" });
  test.beforeEach(async ({ world }) => {
    await world.once("seventh meeting with invitations", async () => {
      const meetingId = await planSeventhMeeting(world);
      await openInvitationsForSeventh(world, meetingId);
    });
  });

  test.describe("the secretariat", () => {
    test.use({ storageState: storageStateFor("secretariat") });

    test("designates the successor, who is invited by e-mail; the predecessor is told", async ({
      page,
    }) => {
      await page.goto("/organizations");
      await page.getByRole("link", { name: las, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: las })).toBeVisible();
      const focal = page.getByRole("region", { name: "Focal point" });
      await expect(focal).toContainText(predecessor.name);
      await focal.getByText("Designate another focal point", { exact: true }).click();
      await focal.getByLabel("Full name").fill(successor.name);
      await focal.getByLabel("E-mail address").fill(successor.email);
      await focal.getByLabel("Title or position").fill("Director, Department of Political Affairs");
      // Proposed: the League's working language; she reads English.
      const language = focal.getByLabel("Language of their e-mails and screens");
      await expect(language.locator("option:checked")).toHaveText("العربية");
      await language.selectOption({ label: "English" });
      await focal.getByRole("button", { name: "Designate focal point" }).click();
      await expect(focal.getByRole("listitem").filter({ hasText: successor.name })).toBeVisible();
      await expect(focal).not.toContainText(predecessor.name);

      await page.goto("/outbox");
      const invitation = page
        .getByRole("row")
        .filter({ hasText: successor.email })
        .filter({ hasText: "Your Concordia account: set your password" });
      await expect(invitation).toHaveCount(1);
      // What is pending for the organization is in the e-mail.
      await expect(invitation.locator("details p")).toContainText(
        `Invitation of ${las} to the ${seventh}`,
      );
      const told = page
        .getByRole("row")
        .filter({ hasText: predecessor.email })
        .filter({ hasText: `${las}: a new focal point` });
      await expect(told).toHaveCount(1);

      // The Users page shows the new account as invited.
      await mainNavigation(page).getByRole("link", { name: "Users", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
      await page.getByLabel("Name or e-mail").fill("Haddad");
      await page.getByRole("button", { name: "Filter", exact: true }).click();
      const row = page.getByRole("table", { name: "Users" }).getByRole("row").filter({
        hasText: successor.email,
      });
      await expect(row).toContainText("Invited");
      await expect(row).toContainText(`Focal point of ${las}`);
      await expect(row).toContainText("Never");
    });

    test("the link sets a password (a weak one is refused) and signs the successor in", async ({
      page,
      browser,
      baseURL,
    }) => {
      const path = await linkInOutbox(page, successor.email, "set your password");
      expect(path).toMatch(/^\/account\/set-password\?token=/);

      const { context, page: newcomer } = await freshContext(browser, baseURL);
      await newcomer.goto(path);
      await expect(
        newcomer.getByRole("heading", { level: 1, name: "Choose your password" }),
      ).toBeVisible();
      await expect(newcomer.getByText(`Welcome, ${successor.name}.`)).toBeVisible();
      const password = newcomer.getByLabel("New password");
      await expect(password).toHaveAccessibleDescription(/At least 12 characters/);
      await password.fill("password1234");
      await newcomer.getByLabel("Type it again").fill("password1234");
      await newcomer.getByRole("button", { name: "Save the password and sign in" }).click();
      await expect(password).toHaveAccessibleDescription(/too easy to guess/);

      await password.fill(newPassword);
      await newcomer.getByLabel("Type it again").fill(newPassword);
      await newcomer.getByRole("button", { name: "Save the password and sign in" }).click();
      await expect(newcomer.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      await expect(newcomer.getByRole("link", { name: successor.name })).toBeVisible();

      // The dashboard lists the invitation waiting for the organization; the reply goes in.
      const awaiting = newcomer.getByRole("region", { name: "Invitations awaiting your reply" });
      await awaiting.getByRole("link", { name: `Reply for ${las}: ${seventh}` }).click();
      await expect(
        newcomer.getByRole("heading", { level: 1, name: `Invitation of ${las}` }),
      ).toBeVisible();
      await expect(async () => {
        await newcomer.getByRole("radio", { name: "No, it does not attend" }).click();
        await newcomer.getByRole("radio", { name: "Yes, it attends" }).click();
        await expect(newcomer.getByLabel("Level of representation")).toBeVisible({
          timeout: 1_000,
        });
      }).toPass();
      await newcomer
        .getByLabel("Level of representation")
        .selectOption({ label: "Senior official" });
      await newcomer.getByRole("button", { name: "Add a member" }).click();
      await newcomer.getByLabel("Member 1: name").fill(successor.name);
      await newcomer.getByLabel("Member 1: title").fill("Director");
      await newcomer.getByLabel("Member 1: e-mail").fill(successor.email);
      await newcomer.getByRole("button", { name: "Send the reply" }).click();
      await expect(newcomer.getByRole("status")).toHaveText(
        "Your reply is recorded: your organization attends.",
      );

      // The same link does not work twice.
      await newcomer.goto(path);
      await expect(
        newcomer.getByRole("heading", { level: 1, name: "This link can no longer be used" }),
      ).toBeVisible();
      await expect(newcomer.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
      await context.close();
    });
  });

  test("the predecessor signs in but can no longer answer for the League", async ({ page }) => {
    await signIn(page, predecessor.email, demoPassword);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(mainNavigation(page).getByRole("link", { name: "My organization" })).toHaveCount(
      0,
    );
    await expect(page.getByRole("region", { name: "Invitations awaiting your reply" })).toHaveCount(
      0,
    );
    await page.goto("/invitations");
    await expect(page.getByRole("link", { name: new RegExp(las) })).toHaveCount(0);
  });

  test("a forged or stale link reveals nothing and offers a new one", async ({ page }) => {
    await page.goto("/account/set-password?token=not-a-real-token-0123456789abcdef");
    await expect(
      page.getByRole("heading", { level: 1, name: "This link can no longer be used" }),
    ).toBeVisible();
    await expect(page.getByText("The link is not valid.")).toBeVisible();
    await expect(page.getByText("@")).toHaveCount(0);
    await page.getByRole("link", { name: "Ask for a new link" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Forgot your password?" }),
    ).toBeVisible();
  });
});

test.describe("a forgotten password", () => {
  test.describe.configure({ mode: "serial" });

  test("is reset through a link, which closes the other sessions", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow(); // four browser contexts and three sign-ins

    // Another session of the OSCE's focal point, open elsewhere.
    const elsewhere = await browser.newContext({
      baseURL,
      storageState: storageStateFor("focalOsce"),
    });
    const other = await elsewhere.newPage();
    await other.goto("/");
    await expect(other.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Forgot your password?" }),
    ).toBeVisible();
    await page.getByLabel("E-mail address").fill("Focal.OSCE@example.org");
    await page.getByRole("button", { name: "Send me a link" }).click();
    const sent =
      "If an account uses this address, a link is on its way to it. It works once, for one hour. Check your inbox (and the spam folder).";
    await expect(page.getByRole("status")).toHaveText(sent);
    // An unknown address gets the very same answer.
    await page.getByLabel("E-mail address").fill("nobody.at.all@example.org");
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("status")).toHaveText(sent);

    const secretariat = await browser.newContext({
      baseURL,
      storageState: storageStateFor("secretariat"),
    });
    const outbox = await secretariat.newPage();
    const path = await linkInOutbox(outbox, roles.focalOsce, "reset your password");
    expect(path).toMatch(/^\/account\/reset-password\?token=/);
    await secretariat.close();

    await page.goto(path);
    await expect(
      page.getByRole("heading", { level: 1, name: "Choose a new password" }),
    ).toBeVisible();
    await page.getByLabel("New password").fill("Danube-morning-bridges-06");
    await page.getByLabel("Type it again").fill("Danube-morning-bridges-06");
    await page.getByRole("button", { name: "Save the password and sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    // The session opened before the reset is closed.
    await other.goto("/organizations");
    await expect(other).toHaveURL(/\/login/);
    await elsewhere.close();

    // The old password no longer works; the new one does.
    const again = await browser.newContext({ baseURL });
    const next = await again.newPage();
    await signIn(next, roles.focalOsce, demoPassword);
    await expect(next.locator(".alert.error")).toHaveText(
      "The e-mail address or the password is not right.",
    );
    await signIn(next, roles.focalOsce, "Danube-morning-bridges-06");
    await expect(next.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await again.close();
  });
});
