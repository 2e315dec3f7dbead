import { loadHistory } from "../db/history";
import { expect, test } from "./fixtures";
import { storageStateFor } from "./global-setup";

// Lists that grow with the years show their first ten rows on pages that also show other
// things, with a link to all of them (lib/lists/first-rows.ts): on a year of generated history
// (db/history.ts) meeting 7 has 20 records and 300 accepted reports, each record 250 comments.

test.describe("a meeting after a year of history", () => {
  test.use({ storageState: storageStateFor("secretariat") });
  test.beforeEach(async ({ world }) => {
    await world.once("a year of history", async () => {
      await world.db((db) => loadHistory(db, { years: 1, scale: 1, seed: "e2e" }));
    });
  });

  test("the meeting page shows the first ten records and reports, and all of them on request", async ({
    page,
  }) => {
    await page.goto("/meetings");
    await page.getByRole("link", { name: "High-level meeting no. 7", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "High-level meeting no. 7" }),
    ).toBeVisible();

    const outcome = page.getByRole("table", { name: "Outcome of the meeting" });
    // A header row and ten records.
    await expect(outcome.getByRole("row")).toHaveCount(11);
    await page.getByRole("link", { name: "Show all records (20)" }).click();
    await expect(page).toHaveURL(/[?&]records=all/);
    await expect(outcome.getByRole("row")).toHaveCount(21);
    await expect(page.getByRole("link", { name: /^Show all records/ })).toHaveCount(0);

    const accepted = page.getByRole("list", { name: "Accepted reports" });
    await expect(accepted.getByRole("listitem")).toHaveCount(10);
    await page.getByRole("link", { name: "Show all reports (300)" }).click();
    await expect(page).toHaveURL(/[?&]reports=all/);
    await expect(accepted.getByRole("listitem")).toHaveCount(300);
  });

  test("with more open bodies than a list can hold, the Tasks filter finds a body by part of its name", async ({
    page,
  }) => {
    await page.goto("/tasks");
    const filters = page.getByRole("search", { name: "Filter tasks" });
    const body = filters.getByRole("searchbox", { name: "Committee or working group" });
    await expect(body).toHaveAccessibleDescription("Part of its name; empty for all.");
    await body.fill("peacekeeping");
    await filters.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(/[?&]bodyName=peacekeeping/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toContainText("Working Group on Peacekeeping");
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(1);
    for (let i = 1; i < shown; i++) await expect(rows.nth(i)).toContainText("Peacekeeping");

    // Asked for by the body's id (the link on a body's page), the field names the body.
    await page.goto("/bodies?name=peacekeeping");
    await page.getByRole("link", { name: "Working Group on Peacekeeping", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Working Group on Peacekeeping" }),
    ).toBeVisible();
    const bodyId = new URL(page.url()).pathname.split("/").pop();
    await page.goto(`/tasks?body=${bodyId}`);
    await expect(body).toHaveValue("Working Group on Peacekeeping");
    await expect(rows.nth(1)).toContainText("Working Group on Peacekeeping");
  });

  test("the Bodies page lists the open bodies fifty at a time, finds one by name, and shows the closed ones on request", async ({
    page,
  }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Committee and working groups" })
      .click();
    const table = page.getByRole("table", { name: "Committee and working groups" });
    // A header row and fifty bodies; the rest on the next page.
    await expect(table.getByRole("row")).toHaveCount(51);
    const count = page.getByText(/^\d+ committees and working groups$/);
    const open = Number(((await count.textContent()) ?? "").split(" ")[0]);
    expect(open).toBeGreaterThan(50);
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText("Page 1 of 2");
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(table.getByRole("row")).toHaveCount(open - 50 + 1);
    // An old link past the end of the list opens its last page, not an empty table.
    await page.goto("/bodies?page=9");
    await expect(page).toHaveURL(/[?&]page=2$/);
    await expect(pages).toContainText("Page 2 of 2");
    await expect(table.getByRole("row")).toHaveCount(open - 50 + 1);

    const filters = page.getByRole("search", { name: "Find a committee or working group" });
    await filters.getByRole("searchbox", { name: "Name" }).fill("peacekeeping");
    await filters.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(/[?&]name=peacekeeping/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("link", { name: "Working Group on Peacekeeping" })).toBeVisible();

    await filters.getByRole("searchbox", { name: "Name" }).fill("");
    await filters.getByLabel("Show").selectOption({ label: "Closed" });
    await filters.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(/[?&]show=closed/);
    const closedRows = table.getByRole("row");
    await expect(closedRows.nth(1)).toContainText("closed on");
    const shown = await closedRows.count();
    for (let i = 1; i < shown; i++) await expect(closedRows.nth(i)).toContainText("closed on");
  });

  test("a record's page shows its first ten comments, and all of them on request", async ({
    page,
  }) => {
    await page.goto("/meetings");
    await page.getByRole("link", { name: "High-level meeting no. 7", exact: true }).click();
    const outcome = page.getByRole("table", { name: "Outcome of the meeting" });
    await outcome.getByRole("link").first().click();
    const comments = page.getByRole("table", { name: "Comments", exact: true });
    await expect(comments.getByRole("row")).toHaveCount(11);
    const all = page.getByRole("link", { name: /^Show all comments \(\d+\)$/ });
    const label = (await all.textContent()) ?? "";
    const total = Number(label.match(/\((\d+)\)/)?.[1]);
    expect(total).toBeGreaterThan(10);
    await all.click();
    await expect(page).toHaveURL(/[?&]comments=all/);
    await expect(comments.getByRole("row")).toHaveCount(total + 1);
  });
});
