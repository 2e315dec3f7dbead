import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { storageStateFor } from "./global-setup";
import { actionResult, fact, openEditForm, openOrganization } from "./helpers";

const saveButton = (page: Page) => page.getByRole("button", { name: "Save changes" });

test.describe("as the secretariat", () => {
  test.use({ storageState: storageStateFor("secretariat") });

  test("lists the organizations and filters them by kind", async ({ page }) => {
    await page.goto("/organizations");
    await expect(page.getByText("20 organizations", { exact: true })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "North Atlantic Treaty Organization" }),
    ).toBeVisible();

    await page.getByLabel("Kind").selectOption({ label: "Regional (Chapter VIII)" });
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(/[?&]kind=chapter_viii_regional/);
    await expect(page.getByText("5 organizations", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "African Union" })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "North Atlantic Treaty Organization" }),
    ).toHaveCount(0);
    const rows = page.getByRole("table", { name: "Organizations" }).getByRole("row");
    await expect(rows).toHaveCount(6); // the header and five organizations
    for (const row of await rows.all()) {
      if ((await row.getByRole("columnheader").count()) > 0) continue;
      await expect(row.getByRole("cell").nth(1)).toHaveText("Regional (Chapter VIII)");
    }

    // The filter lives in the address: a reload keeps it.
    await page.reload();
    await expect(page.getByLabel("Kind")).toHaveValue("chapter_viii_regional");
    await expect(page.getByText("5 organizations", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "Clear filter" }).click();
    await expect(page.getByText("20 organizations", { exact: true })).toBeVisible();
  });

  test("edits an organization: invalid values are explained and not saved", async ({ page }) => {
    const path = await openOrganization(page, "Pacific Islands Forum");
    await expect(fact(page, "Headquarters")).toHaveText("Suva");
    await page.getByRole("link", { name: "Edit organization" }).click();
    await expect(page.getByRole("heading", { name: "Edit Pacific Islands Forum" })).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Pacific Islands Forum");

    const headquarters = page.getByLabel("Headquarters");
    const website = page.getByLabel("Website");
    await headquarters.fill("");
    await website.fill("not a url");
    await saveButton(page).click();
    await expect(headquarters).toHaveAccessibleDescription("This field is required.");
    await expect(headquarters).toHaveAttribute("aria-invalid", "true");
    await expect(website).toHaveAccessibleDescription(
      "Enter a full web address starting with https://.",
    );
    await expect(page.getByText("Changes saved.")).toHaveCount(0);

    // Nothing was saved.
    const check = await page.context().newPage();
    await check.goto(path);
    await expect(fact(check, "Headquarters")).toHaveText("Suva");
    await expect(fact(check, "Website")).toHaveText("—");
    await check.close();

    await headquarters.fill("Suva, Fiji");
    await website.fill("https://www.forumsec.org");
    await page.getByLabel("Head of organization").fill("Greg Urwin");
    await page.getByLabel("Title of the head").fill("Secretary General");
    await saveButton(page).click();
    await expect(page.getByText("Changes saved.")).toBeVisible();

    await page.goto(path);
    await expect(fact(page, "Headquarters")).toHaveText("Suva, Fiji");
    await expect(fact(page, "Head of organization")).toHaveText("Greg Urwin, Secretary General");
    await expect(page.getByRole("link", { name: "https://www.forumsec.org" })).toBeVisible();

    await page.goto("/activity");
    await expect(page.getByRole("heading", { name: "Activity log" })).toBeVisible();
    const entry = page
      .getByRole("row")
      .filter({ hasText: "Edited an organization" })
      .filter({ hasText: "Suva, Fiji" });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("Sam Okafor");
    await expect(entry).toContainText("headquarters: Suva → Suva, Fiji");
  });

  test("a save that crosses another one is refused and explained", async ({ page }) => {
    const path = await openOrganization(page, "Southern African Development Community");
    const first = page;
    const second = await page.context().newPage();
    await openEditForm(first, path, "Southern African Development Community");
    await openEditForm(second, path, "Southern African Development Community");

    await first.getByLabel("Headquarters").fill("Gaborone, Botswana");
    await saveButton(first).click();
    await expect(first.getByText("Changes saved.")).toBeVisible();

    await second.getByLabel("Head of organization").fill("Someone Else");
    await saveButton(second).click();
    await expect(
      second.getByText("Someone else saved this organization while you were editing"),
    ).toBeVisible();
    await expect(second.locator(".alert.error")).toHaveText(
      "Someone else saved in the meantime; nothing was overwritten.",
    );
    await expect(second.getByText("Changes saved.")).toHaveCount(0);

    const check = await page.context().newPage();
    await check.goto(path);
    await expect(fact(check, "Headquarters")).toHaveText("Gaborone, Botswana");
    await expect(fact(check, "Head of organization")).toHaveText("Not recorded");

    // Loading their version keeps their change; saving again then works.
    await second.getByRole("button", { name: "Load their version and edit again" }).click();
    await expect(second.getByLabel("Headquarters")).toHaveValue("Gaborone, Botswana");
    await second.getByLabel("Head of organization").fill("Someone Else");
    await saveButton(second).click();
    await expect(second.getByText("Changes saved.")).toBeVisible();
    await check.reload();
    await expect(fact(check, "Headquarters")).toHaveText("Gaborone, Botswana");
    await expect(fact(check, "Head of organization")).toHaveText("Someone Else");
  });

  test("removes a focal point, designates another, and queues the invitation that lets them in", async ({
    page,
  }) => {
    const organization = "Community of Portuguese-speaking Countries";
    await openOrganization(page, organization);
    const focal = page.getByRole("region", { name: "Focal point" });
    // The demo focal point leaves: removing asks first, then takes effect.
    await focal.getByRole("button", { name: "Remove Teresa Almeida" }).click();
    await focal.getByRole("button", { name: "Yes, remove" }).click();
    await expect(focal.getByText("No focal point")).toBeVisible();
    await expect(focal.getByText("Teresa Almeida")).toHaveCount(0);

    await focal.getByText("Designate the focal point", { exact: true }).click();
    await focal.getByLabel("Full name").fill("Luís Fonseca");
    const email = focal.getByLabel("E-mail address");
    await email.fill("luis.fonseca.example.org");
    await focal.getByRole("button", { name: "Designate focal point" }).click();
    await expect(email).toHaveAccessibleDescription(
      "Enter a valid e-mail address, like name@example.org.",
    );
    await expect(focal.getByText("No focal point")).toBeVisible();

    await email.fill("luis.fonseca@example.org");
    await focal.getByLabel("Title or position").fill("Executive Secretary");
    await focal.getByRole("button", { name: "Designate focal point" }).click();
    await expect(
      focal.getByText(
        "Luís Fonseca is now the focal point. An e-mail has been queued to tell them.",
      ),
    ).toBeVisible();
    const person = focal.getByRole("listitem").filter({ hasText: "Luís Fonseca" });
    await expect(person).toContainText("Executive Secretary");
    await expect(person).toContainText("Cannot sign in yet");
    await expect(person.getByRole("link", { name: "luis.fonseca@example.org" })).toBeVisible();
    await expect(person.getByRole("button", { name: "Remove Luís Fonseca" })).toBeVisible();
    await expect(focal.getByText("No focal point")).toHaveCount(0);
    await expect(focal.getByText("Designate another focal point")).toBeVisible();

    // A new person: the e-mail is the account invitation, with its link to set a password.
    await page.goto("/outbox");
    const row = page.getByRole("row").filter({ hasText: "luis.fonseca@example.org" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Your Concordia account: set your password");
    await expect(row.locator("details p")).toContainText(`focal point of ${organization}`);
    await expect(row.locator("details p")).toContainText("/account/set-password?token=");
    await expect(row).toContainText("Waiting");
  });

  test("a focal point's direct call of the save action is refused", async ({
    page,
    browser,
    baseURL,
  }) => {
    const focalPoint = await browser.newContext({
      baseURL,
      storageState: storageStateFor("focalAu"),
    });
    const path = await openOrganization(page, "Shanghai Cooperation Organization");

    // A real, harmless save by the secretariat, to learn the action's request.
    await openEditForm(page, path, "Shanghai Cooperation Organization");
    await page.getByLabel("Head of organization").fill("Zhang Deguang");
    const [save] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
      saveButton(page).click(),
    ]);
    await expect(page.getByText("Changes saved.")).toBeVisible();
    const captured = await save.allHeaders();
    expect(captured["content-type"]).toContain("text/plain");
    const replayed = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];
    const headers = Object.fromEntries(
      replayed.filter((h) => captured[h]).map((h) => [h, captured[h] as string]),
    );
    const [input] = JSON.parse(save.postData() ?? "[]");
    expect(input.name).toBe("Shanghai Cooperation Organization");

    // The version now current, so that only the role check can stop the replay.
    await openEditForm(page, path, "Shanghai Cooperation Organization");
    await expect(page.getByLabel("Head of organization")).toHaveValue("Zhang Deguang");
    const versionField = page.locator('input[name="version"]');
    await expect
      .poll(async () => Number(await versionField.inputValue()))
      .toBeGreaterThan(input.version);
    const version = Number(await versionField.inputValue());

    const forged = { ...input, version, name: "Hacked by focal point" };
    const response = await focalPoint.request.post(save.url(), {
      headers,
      data: JSON.stringify([forged]),
    });
    expect(actionResult(await response.text())).toMatchObject({ ok: false, code: "forbidden" });

    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Shanghai Cooperation Organization",
    );
    await expect(page.getByText("Hacked by focal point")).toHaveCount(0);
    await expect(fact(page, "Head of organization")).toHaveText("Zhang Deguang");

    // Control: the same request from the secretariat is accepted, so the replay itself is sound.
    const control = await page.request.post(save.url(), {
      headers,
      data: JSON.stringify([{ ...forged, name: input.name, headName: "Rashid Alimov" }]),
    });
    expect(actionResult(await control.text())).toMatchObject({ ok: true });
    await page.reload();
    await expect(fact(page, "Head of organization")).toHaveText("Rashid Alimov");

    await focalPoint.close();
  });
});

test.describe("as a focal point", () => {
  test.use({ storageState: storageStateFor("focalAu") });

  test("cannot edit an organization, not even their own", async ({ page }) => {
    const path = await openOrganization(page, "African Union");
    await expect(page.getByRole("link", { name: "Edit organization" })).toHaveCount(0);
    await page.goto(`${path}/edit`);
    await expect(page.getByText("Only the secretariat can edit an organization.")).toBeVisible();
    await expect(page.getByLabel("Headquarters")).toHaveCount(0);
    await expect(saveButton(page)).toHaveCount(0);
  });
});
