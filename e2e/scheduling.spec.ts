import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Page, request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures";
import { storageStateFor } from "./global-setup";

// Scheduling the seventh high-level meeting, from the Council's programme of work to the
// calendar feed. Serial on purpose: each step builds on the one before (the import makes the
// clash the planning page warns about; the planned meeting is what later steps download,
// restrict, move forward and subscribe to), on the file's own database.

const fixture = (name: string) => fileURLToPath(new URL(`./files/${name}`, import.meta.url));
const programme = fixture("programme-2006-09.csv");
const badProgramme = fixture("programme-bad.csv");

const seventh = "Seventh high-level meeting";
const briefing = "Briefing on the situation in the Great Lakes region";
const consultations = "Consultations on the situation in the Middle East";
const regionalDebate =
  "Cooperation between the United Nations and regional organizations in maintaining international peace and security";

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });
/** Follows a link of the main navigation and waits for its page (its heading has the same name). */
async function goTo(page: Page, link: string) {
  await mainNavigation(page).getByRole("link", { name: link, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: link, exact: true })).toBeVisible();
}

async function openImport(page: Page) {
  await page.goto("/");
  await goTo(page, "Council calendar");
  await page.getByRole("link", { name: "Import programme of work" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Import the programme of work" }),
  ).toBeVisible();
}

/** Chooses a file and waits for the preview of what it would change. */
async function preview(page: Page, file: string, fileName: string) {
  await page.getByLabel("File (.csv or .ics)").setInputFiles(file);
  await expect(page.getByRole("heading", { name: `What ${fileName} would change` })).toBeVisible();
}

/** The preview's "Change" column (line, date, number, agenda item, change, in the calendar now). */
const changeColumn = 4;
const previewRow = (page: Page, text: string) =>
  page.getByRole("table", { name: "Council meetings in the file" }).getByRole("row").filter({
    hasText: text,
  });

/** The Council calendar of one month, filtered through the form as a user would. */
async function calendarOfMonth(page: Page, month: string) {
  await page.goto("/");
  await goTo(page, "Council calendar");
  await page.getByLabel("Month").fill(month);
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]month=${month}`));
  return page.getByRole("table", { name: "Council calendar" });
}

async function openSeventhMeeting(page: Page) {
  await page.goto("/");
  await goTo(page, "Meetings");
  await page.getByRole("link", { name: seventh, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: seventh })).toBeVisible();
}

async function openPlanning(page: Page) {
  await page.goto("/");
  await goTo(page, "Meetings");
  await page.getByRole("link", { name: "Plan the next meeting" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Plan the next meeting" }),
  ).toBeVisible();
}

/** A meeting's status badge, next to its title; it reads "Status: …" to a screen reader. */
const statusBadge = (page: Page) => page.locator(".page-header .badge");

test.describe("scheduling the seventh meeting", () => {
  // Serial: the tests are steps of one story on the file's own database; a
  // failed step skips the rest instead of letting them fail for a reason not their own.
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: storageStateFor("secretariat") });

  test("the secretariat imports the programme of work; the same file again adds nothing", async ({
    page,
  }) => {
    await openImport(page);
    await preview(page, programme, "programme-2006-09.csv");
    await expect(
      page.getByText("3 new, 0 to update, 1 already in the calendar, 0 with errors."),
    ).toBeVisible();
    await expect(previewRow(page, briefing).getByRole("cell").nth(changeColumn)).toHaveText("New");
    await expect(previewRow(page, consultations).getByRole("cell").nth(changeColumn)).toHaveText(
      "New",
    );
    await expect(previewRow(page, "5546").getByRole("cell").nth(changeColumn)).toHaveText("New");
    // Already in the demo data, exactly as in the file.
    const existing = previewRow(page, "5529");
    await expect(existing).toContainText(regionalDebate);
    await expect(existing.getByRole("cell").nth(changeColumn)).toHaveText("Unchanged");
    await expect(page.getByRole("table", { name: "Problems in the file" })).toHaveCount(0);

    await page.getByRole("button", { name: "Import 3 Council meetings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported:" })).toHaveText(
      "Imported: 3 added, 0 updated, 1 unchanged. See the calendar",
    );
    await expect(page.getByText("Reading the file…")).toHaveCount(0);

    const september = await calendarOfMonth(page, "2006-09");
    await expect(page.getByText("3 Council meetings", { exact: true })).toBeVisible();
    const briefingRow = september.getByRole("row").filter({ hasText: briefing });
    await expect(briefingRow).toHaveCount(1);
    await expect(briefingRow).toContainText("5527");
    await expect(briefingRow).toContainText("Briefing");
    await expect(briefingRow).toContainText("Greece");
    await expect(september.getByRole("row").filter({ hasText: consultations })).toHaveCount(1);
    await expect(september.getByRole("row").filter({ hasText: "5529" })).toHaveCount(1);

    // The same file again: nothing new, and nothing to confirm.
    await openImport(page);
    await preview(page, programme, "programme-2006-09.csv");
    await expect(
      page.getByText("0 new, 0 to update, 4 already in the calendar, 0 with errors."),
    ).toBeVisible();
    const rows = page.getByRole("table", { name: "Council meetings in the file" }).getByRole("row");
    await expect(rows).toHaveCount(5); // the header and four meetings
    await expect(rows.filter({ hasText: "Unchanged" })).toHaveCount(4);
    await expect(page.getByRole("button", { name: "Nothing to import" })).toBeDisabled();
    await expect(
      page.getByText("Everything in this file is already in the calendar."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import \d+ Council meeting/ })).toHaveCount(0);
  });

  test("a file with bad rows shows each problem with its line, and imports nothing", async ({
    page,
  }) => {
    await openImport(page);
    await preview(page, badProgramme, "programme-bad.csv");
    await expect(
      page.getByText("2 problems must be fixed in the file before anything is imported:"),
    ).toBeVisible();
    const problems = page.getByRole("table", { name: "Problems in the file" });
    await expect(problems.getByRole("columnheader")).toHaveText(["Line", "Field", "Problem"]);
    const problemRows = problems.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(problemRows).toHaveCount(2);
    await expect(problemRows.nth(0).getByRole("cell")).toHaveText([
      "2",
      "Date",
      "Enter a valid date.",
    ]);
    await expect(problemRows.nth(1).getByRole("cell")).toHaveText([
      "3",
      "Time (New York)",
      "Enter a time as HH:MM, e.g. 10:00.",
    ]);
    await expect(
      page.getByText("1 new, 0 to update, 0 already in the calendar, 2 with errors."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Import 1 Council meeting" })).toBeDisabled();
    await expect(page.getByText("Fix the file and choose it again.")).toBeVisible();

    // The valid row of the file was not imported either.
    const october = await calendarOfMonth(page, "2006-10");
    await expect(page.getByText("1 Council meeting", { exact: true })).toBeVisible();
    await expect(october.getByRole("row").filter({ hasText: "5546" })).toHaveCount(1);
    await expect(page.getByText("Timor-Leste")).toHaveCount(0);
    await expect(page.getByText("Briefing at an hour that does not exist")).toHaveCount(0);
  });

  test("the secretariat plans the seventh meeting from a proposed date", async ({ page }) => {
    await openPlanning(page);
    await expect(page.getByText("Meeting no. 7:", { exact: false })).toBeVisible();
    const proposals = page.getByRole("table", { name: "Proposed dates" });
    const candidate = (dates: string) => proposals.getByRole("row").filter({ hasText: dates });
    for (const day of [
      "Monday, September 18, 2006",
      "Tuesday, September 19, 2006",
      "Thursday, September 21, 2006",
      "Friday, September 22, 2006",
    ]) {
      await expect(candidate(day)).toHaveCount(1);
    }
    await expect(proposals).not.toContainText("Saturday");
    await expect(proposals).not.toContainText("Sunday");
    // The imported briefing and consultations clash with the 19th and the 21st ...
    await expect(candidate("Tuesday, September 19, 2006")).toContainText(
      `the Council's 5527th meeting (“${briefing}”)`,
    );
    await expect(candidate("Thursday, September 21, 2006")).toContainText(
      `the Council also meets (“${consultations}”)`,
    );
    await expect(candidate("Tuesday, September 19, 2006")).not.toContainText("No problem found");
    // ... and not with the 18th and the 22nd.
    await expect(candidate("Monday, September 18, 2006")).toContainText("No problem found");
    await expect(candidate("Friday, September 22, 2006")).toContainText("No problem found");
    await expect(candidate("Friday, September 22, 2006")).toContainText("5529th meeting");
    // Ranked: the two days without a problem first (before the import, the 19th and the
    // 21st, next to the Council meeting, came first).
    const ranked = proposals.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(ranked).toHaveCount(4);
    await expect(ranked.nth(0)).toContainText("Monday, September 18, 2006");
    await expect(ranked.nth(1)).toContainText("Friday, September 22, 2006");
    await expect(ranked.nth(2)).toContainText("Tuesday, September 19, 2006");
    await expect(ranked.nth(3)).toContainText("Thursday, September 21, 2006");

    await candidate("Friday, September 22, 2006")
      .getByRole("link", { name: "Use these dates Friday, September 22, 2006" })
      .click();
    const form = page.getByRole("region", { name: "Meeting no. 7" });
    await expect(form.getByLabel("First day")).toHaveValue("2006-09-22");
    await expect(form.getByLabel("Last day")).toHaveValue("2006-09-22");
    await expect(form.getByLabel("Number in the series")).toHaveValue("7");
    await expect(form.getByLabel("Title", { exact: true })).toHaveValue(seventh);
    await expect(
      form.getByLabel("Held next to the Council meeting").locator("option:checked"),
    ).toContainText(`(5529) · ${regionalDebate}`);
    await expect(form.getByText("No problem found")).toBeVisible();
    await form
      .getByLabel("Theme")
      .fill("The United Nations and regional organizations: a partnership for peace");
    await form.getByRole("button", { name: "Plan this meeting" }).click();

    await expect(page.getByRole("heading", { level: 1, name: seventh })).toBeVisible();
    await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    await expect(statusBadge(page)).toHaveText("Status: Planned");
    await expect(
      page.getByText("“The United Nations and regional organizations: a partnership for peace”"),
    ).toBeVisible();
    const deadlines = page.getByRole("region", { name: "Preparation deadlines" });
    const deadline = (kind: string) =>
      deadlines.getByRole("listitem").filter({ has: page.getByText(kind, { exact: true }) });
    await expect(deadline("Replies to invitations")).toContainText("Aug 25, 2006");
    await expect(deadline("Working-group reports")).toContainText("Sep 1, 2006");
    await expect(deadline("Comments on the detailed record")).toContainText("Oct 13, 2006");

    await goTo(page, "Dashboard");
    const dashboard = page.getByRole("region", { name: "Preparation deadlines" });
    const upcoming = dashboard.getByRole("listitem").filter({ hasText: seventh });
    await expect(upcoming).toHaveCount(3);
    await expect(upcoming.filter({ hasText: "Replies to invitations" })).toContainText(
      "Aug 25, 2006",
    );
    await expect(upcoming.filter({ hasText: "Working-group reports" })).toContainText(
      "Sep 1, 2006",
    );
    await expect(upcoming.filter({ hasText: "Comments on the detailed record" })).toContainText(
      "Oct 13, 2006",
    );
    await expect(page.getByRole("region", { name: "Next high-level meeting" })).toContainText(
      seventh,
    );
  });

  test("the meeting's calendar file holds the meeting", async ({ page }) => {
    await openSeventhMeeting(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download calendar file (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = await readFile(await download.path(), "utf8");
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain("DTSTART;VALUE=DATE:20060922");
    expect(text).toContain(`SUMMARY:${seventh}`);
  });

  test("bad input on the planning form is explained and creates nothing", async ({ page }) => {
    await openPlanning(page);
    const form = page.getByRole("region", { name: "Meeting no. 8" });
    const number = form.getByLabel("Number in the series");
    await expect(number).toHaveValue("8");
    await expect(form.getByLabel("Title", { exact: true })).toHaveValue(
      "Eighth high-level meeting",
    );

    await number.fill("7");
    await form.getByLabel("First day").fill("2006-10-02");
    await form.getByLabel("Last day").fill("2006-10-02");
    await form.getByRole("button", { name: "Plan this meeting" }).click();
    await expect(number).toHaveAccessibleDescription("A meeting with this number already exists.");
    await expect(number).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/meetings\/plan/);

    await number.fill("8");
    await form.getByLabel("Last day").fill("2006-09-29");
    await form.getByRole("button", { name: "Plan this meeting" }).click();
    await expect(form.getByLabel("Last day")).toHaveAccessibleDescription(
      "The last day cannot be before the first day.",
    );
    await expect(page).toHaveURL(/\/meetings\/plan/);

    await goTo(page, "Meetings");
    const upcoming = page.getByRole("region", { name: "Upcoming" });
    await expect(upcoming.getByRole("listitem")).toHaveCount(1);
    await expect(upcoming.getByRole("listitem")).toContainText(seventh);
    await expect(page.getByRole("link", { name: "Eighth high-level meeting" })).toHaveCount(0);
  });

  test.describe("as a focal point", () => {
    test.use({ storageState: storageStateFor("focalAu") });

    test("reads the calendar and the meeting but cannot plan or change them", async ({ page }) => {
      const september = await calendarOfMonth(page, "2006-09");
      await expect(september.getByRole("row").filter({ hasText: briefing })).toHaveCount(1);
      await expect(page.getByRole("link", { name: "Import programme of work" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Add a Council meeting" })).toHaveCount(0);
      await expect(september.getByRole("link", { name: /^Edit/ })).toHaveCount(0);

      await goTo(page, "Meetings");
      await expect(page.getByRole("link", { name: "Plan the next meeting" })).toHaveCount(0);
      await openSeventhMeeting(page);
      const deadlines = page.getByRole("region", { name: "Preparation deadlines" });
      await expect(deadlines.getByText("Replies to invitations")).toBeVisible();
      await expect(deadlines).toContainText("Aug 25, 2006");
      await expect(page.getByRole("link", { name: "Download calendar file (.ics)" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Edit meeting" })).toHaveCount(0);
      await expect(page.getByRole("heading", { name: "Status" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Mark as/ })).toHaveCount(0);
      await expect(page.getByText("Change the deadlines")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Save the deadlines" })).toHaveCount(0);

      await page.goto("/meetings/plan");
      await expect(page.getByText("Only the secretariat plans meetings.")).toBeVisible();
      await expect(page.getByRole("table", { name: "Proposed dates" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Plan this meeting" })).toHaveCount(0);
      await page.goto("/calendar/import");
      await expect(
        page.getByText("Only the secretariat keeps the Council calendar."),
      ).toBeVisible();
      await expect(page.getByLabel("File (.csv or .ics)")).toHaveCount(0);
    });
  });

  test("the status moves forward only when it can", async ({ page }) => {
    await openSeventhMeeting(page);
    await expect(statusBadge(page)).toHaveText("Status: Planned");
    const status = page.getByRole("region", { name: "Status" });

    await status.getByRole("button", { name: "Mark as Held" }).click();
    await expect(
      status.getByText("Mark the meeting as “Held”? This cannot be undone."),
    ).toBeVisible();
    await status.getByRole("button", { name: "Yes, change the status" }).click();
    await expect(status.getByRole("alert")).toHaveText("The meeting has not started yet.");
    await page.reload();
    await expect(statusBadge(page)).toHaveText("Status: Planned");

    await status.getByRole("button", { name: "Mark as Invitations open" }).click();
    await status.getByRole("button", { name: "Yes, change the status" }).click();
    await expect(statusBadge(page)).toHaveText("Status: Invitations open");
    await expect(status.getByRole("button", { name: "Mark as Invitations open" })).toHaveCount(0);
    await expect(status.getByRole("button", { name: "Mark as Held" })).toBeVisible();
    await page.reload();
    await expect(statusBadge(page)).toHaveText("Status: Invitations open");
  });

  test("a private calendar address works without a session until it is revoked", async ({
    page,
    baseURL,
  }) => {
    await openSeventhMeeting(page);
    const icsPath = await page
      .getByRole("link", { name: "Download calendar file (.ics)" })
      .getAttribute("href");
    await page.getByRole("link", { name: "Sam Okafor" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    const feed = page.getByRole("region", { name: "Calendar feed" });
    await expect(feed.getByText("You have no calendar address.")).toBeVisible();
    await feed.getByRole("button", { name: "Create a calendar address" }).click();
    const address = feed.getByLabel("Your calendar address");
    await expect(address).toHaveValue(/^http:\/\/.+\/api\/calendar\/[^/]+\.ics$/);
    const url = await address.inputValue();

    // A client with no cookies at all, like a calendar program. Inside a test,
    // request.newContext() takes the options of test.use(), the secretariat's cookies
    // included: the empty storage state is what keeps the session out.
    const calendarProgram = await playwrightRequest.newContext({
      storageState: { cookies: [], origins: [] },
    });
    expect((await calendarProgram.storageState()).cookies).toEqual([]);
    const response = await calendarProgram.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const body = await response.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain(`SUMMARY:${seventh}`);
    expect(body).toContain("DTSTART;VALUE=DATE:20060922");
    // The same client has no session: the meeting's own download, for signed-in users, is
    // refused to it.
    const signedInOnly = await calendarProgram.get(`${baseURL}${icsPath}`);
    expect(signedInOnly.status()).toBe(401);

    await feed.getByRole("button", { name: "Revoke" }).click();
    await feed.getByRole("button", { name: "Yes, revoke it" }).click();
    await expect(feed.getByText("You have no calendar address.")).toBeVisible();
    await expect(feed.getByLabel("Your calendar address")).toHaveCount(0);
    const revoked = await calendarProgram.get(url);
    expect(revoked.status()).toBe(404);
    expect(await revoked.text()).not.toContain(seventh);
    await calendarProgram.dispose();
  });
});
