import { type Page, request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoPassword, type RoleKey, roles, storageStateFor } from "./global-setup";

const wrongCredentials = "The e-mail address or the password is not right.";

async function signIn(page: Page, email: string, password = demoPassword) {
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

test.describe("sign-in form", () => {
  test("a wrong password is refused and the user stays on the sign-in page", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    // The only wrong password of the suite on a real account, one no other spec signs in with.
    await signIn(page, roles.focalOsce, "not-the-password");
    await expect(page.locator(".alert.error")).toHaveText(wrongCredentials);
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel("E-mail address")).toHaveValue(roles.focalOsce);
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toHaveCount(0);
  });

  test("a forged X-Forwarded-For does not escape the lock on an account", async ({
    browser,
    baseURL,
  }) => {
    // Five wrong passwords, each request claiming to come from another address ...
    for (let i = 1; i <= 5; i++) {
      const context = await browser.newContext({
        baseURL,
        extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${i}` },
      });
      const page = await context.newPage();
      await page.goto("/login");
      await signIn(page, "focal.pif@example.org", `wrong-${i}`);
      await expect(page.locator(".alert.error")).toHaveText(wrongCredentials);
      await context.close();
    }
    // ... and the right one from a sixth: the server counts the connection's own address,
    // so this is the same address as the five failures, and it is locked.
    const context = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.250" },
    });
    const page = await context.newPage();
    await page.goto("/login");
    await signIn(page, "focal.pif@example.org");
    await expect(page.locator(".alert.error")).toContainText("Too many failed attempts");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toHaveCount(0);
    await context.close();
  });

  test("an unknown e-mail address gets the same answer", async ({ page }) => {
    await page.goto("/login");
    await signIn(page, "nobody@example.org");
    await expect(page.locator(".alert.error")).toHaveText(wrongCredentials);
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toHaveCount(0);
  });
});

const navigationByRole: {
  role: RoleKey;
  present: string[];
  absent: string[];
  own?: { link: string; heading: string };
}[] = [
  {
    role: "secretariat",
    present: [
      "Dashboard",
      "Meetings",
      "Organizations",
      "Committee and working groups",
      "Users",
      "Outbox",
      "Activity log",
    ],
    absent: ["My organization", "My working group"],
  },
  {
    role: "chairPeacekeeping",
    present: ["Dashboard", "My working group", "Meetings", "Organizations"],
    absent: ["Activity log", "Outbox", "Users", "My organization"],
    own: { link: "My working group", heading: "Working Group on Peacekeeping" },
  },
  {
    role: "focalAu",
    present: ["Dashboard", "My organization", "Meetings", "Organizations"],
    absent: ["Activity log", "Outbox", "Users", "My working group"],
    own: { link: "My organization", heading: "African Union" },
  },
];

for (const { role, present, absent, own } of navigationByRole) {
  test.describe(`navigation of ${roles[role]}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("shows the links of the role, the dashboard and the as-of banner", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
      await expect(page.getByRole("note")).toContainText(
        /You are working as of (1 March|March 1,) 2006/,
      );
      const nav = mainNavigation(page);
      for (const name of present) {
        await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
      }
      for (const name of absent) {
        await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(0);
      }
      await expect(nav.getByRole("link", { name: "Dashboard", exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      if (own) {
        await nav.getByRole("link", { name: own.link, exact: true }).click();
        await expect(page.getByRole("heading", { name: own.heading, level: 1 })).toBeVisible();
      }
    });
  });
}

test("an unauthenticated visit is sent to sign in, then back to the page asked for", async ({
  page,
}) => {
  await page.goto("/organizations");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Forganizations$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await signIn(page, roles.secretariat);
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByRole("heading", { name: "Organizations", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "African Union" })).toBeVisible();
});

test("signing out returns to the sign-in page and closes the session", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, roles.focalOas);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/organizations");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByText("African Union")).toHaveCount(0);
});

test.describe("HTTP", () => {
  test("responses carry the security headers", async ({ request }) => {
    const response = await request.get("/login");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("forged headers and cookies do not open the data without a session", async ({ baseURL }) => {
    const forgeries: Record<string, string>[] = [
      { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
      { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
      { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware" },
      { "x-forwarded-user": roles.secretariat, "x-remote-user": roles.secretariat },
      { cookie: "authjs.session-token=garbage; __Secure-authjs.session-token=garbage" },
    ];
    const anonymous = await playwrightRequest.newContext({ baseURL });
    for (const headers of forgeries) {
      const response = await anonymous.get("/organizations", { headers, maxRedirects: 0 });
      const body = await response.text();
      expect(body, JSON.stringify(headers)).not.toContain("African Union");
      if (response.status() >= 300 && response.status() < 400) {
        expect(response.headers().location, JSON.stringify(headers)).toContain("/login");
      }
    }
    await anonymous.dispose();

    // The same request with a real session does show the data: the check above can fail.
    const signedIn = await playwrightRequest.newContext({
      baseURL,
      storageState: storageStateFor("secretariat"),
    });
    const response = await signedIn.get("/organizations", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("African Union");
    await signedIn.dispose();
  });

  test("health endpoints answer", async ({ request }) => {
    const live = await request.get("/api/health/live");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok" });
  });
});
