import type { Browser, Locator, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { bodies, reports } from "../db/schema";
import { expect, test } from "./fixtures";
import { type RoleKey, roles, storageStateFor } from "./global-setup";
import { planSeventhMeeting, seventh } from "./support/scenarios";

// The peacekeeping working group's report to the seventh meeting, from the secretariat's
// request to its acceptance into the meeting's documentation. Serial on purpose: each step
// builds on the one before, on the file's own database, which starts from the seventh meeting
// planned (as scheduling.spec.ts does in the browser).

const group = "Working Group on Peacekeeping";
const placeholderTitle = `Report of the ${group}`;
const title = "Peacekeeping partnerships in 2006";
const summary = "What the group did since the sixth meeting, and what it recommends.";
const text = [
  "## Work of the group",
  "",
  "The group met **three times** in New York and once in Addis Ababa.",
  "",
  "- Hand-overs between regional and United Nations missions",
  "- Standby capacities of the regions",
].join("\n");
const colleague = { name: "Kofi Boateng", email: "kofi.boateng@example.org" };
const colleagueSentence = "Members' figures are still being collected.";
const remark = "Please add the figures for 2005 and say which members took part.";
const revisedSentence = "Figures for 2005 are in the annex; seven members took part.";
const annex = "e2e/files/peacekeeping-annex.pdf";

let reportPath = "";
let attachmentPath = "";

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

/** Waits until React has taken over a form control (typed earlier, a value could be lost). */
async function hydrated(control: Locator) {
  await expect
    .poll(() => control.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))))
    .toBe(true);
}

/** Meetings → the seventh meeting, as a user finds it. */
async function openSeventh(page: Page) {
  await page.goto("/");
  await mainNavigation(page).getByRole("link", { name: "Meetings", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Meetings", exact: true }),
  ).toBeVisible();
  await page.getByRole("link", { name: seventh, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: seventh })).toBeVisible();
}

const documentation = (page: Page) =>
  page.getByRole("region", { name: "Reports of the committee and working groups" });

/** The report's status badge, next to its title; it reads "Status: …". */
const statusBadge = (page: Page) => page.locator(".page-header .badge").first();

async function signedInAs(browser: Browser, baseURL: string | undefined, role: RoleKey) {
  const context = await browser.newContext({ baseURL, storageState: storageStateFor(role) });
  return { context, page: await context.newPage() };
}

test.describe("the peacekeeping group's report to the seventh meeting", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: storageStateFor("secretariat") });
  test.beforeEach(async ({ world }) => {
    await world.once("seventh meeting planned", async () => {
      await planSeventhMeeting(world);
    });
  });

  test("the secretariat requests the reports of every body and the chairs are told", async ({
    page,
  }) => {
    await openSeventh(page);
    await expect(documentation(page)).toContainText(
      "No report has been accepted for this meeting yet.",
    );
    await documentation(page).getByRole("link", { name: "Reports overview" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Reports: ${seventh}` }),
    ).toBeVisible();
    await expect(
      page.getByText("No report has been requested for this meeting yet."),
    ).toBeVisible();

    const form = page.getByRole("region", { name: "Request reports" });
    const bodies = form.getByRole("group", { name: /^Bodies to ask/ });
    await expect(bodies).toHaveAccessibleName("Bodies to ask (7 of 7 chosen)");
    await expect(bodies.getByRole("checkbox", { name: group })).toBeChecked();
    // The meeting's deadline for working-group reports: three weeks before 22 September.
    const due = form.getByLabel("Due date");
    await expect(due).toHaveValue("2006-09-01T18:00");
    await expect(due).toHaveAccessibleDescription(
      "Date and time at the venue (America/New_York); proposed: the meeting's deadline for working-group reports.",
    );
    const submit = form.getByRole("button", { name: "Request 7 reports" });
    await hydrated(submit);
    await submit.click();
    await expect(
      page.getByText("7 reports requested; no due date changed; 7 chairs notified by e-mail."),
    ).toBeVisible();
    const table = page.getByRole("table", { name: "Reports" });
    const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(rows).toHaveCount(7);
    const row = rows.filter({ has: page.getByRole("link", { name: group, exact: true }) });
    await expect(row).toContainText("Requested");
    await expect(row).toContainText("No title yet");
    await expect(row).toContainText("Sep 1, 2006");
    reportPath = (await row.getByRole("link", { name: group }).getAttribute("href")) ?? "";
    expect(reportPath).toMatch(/^\/reports\/[0-9a-f-]{36}$/);

    // Every body is asked now: asking one again only moves its due date.
    const more = page.getByRole("region", { name: "Request more reports or change a due date" });
    const again = more.getByRole("group", { name: /^Bodies to ask/ });
    await expect(again).toHaveAccessibleName("Bodies to ask (0 of 7 chosen)");
    await expect(more.getByRole("button", { name: "Choose bodies" })).toBeDisabled();
    await again.getByRole("checkbox", { name: new RegExp(`^${group}`) }).check();
    await more.getByLabel("Due date").fill("2006-08-25T18:00");
    await more.getByRole("button", { name: "Request 1 report" }).click();
    await expect(
      page.getByText("No new report requested; 1 due date changed; 1 chair notified by e-mail."),
    ).toBeVisible();
    await expect(rows).toHaveCount(7);
    await expect(row).toContainText("Aug 25, 2006");

    await page.goto("/outbox");
    const mails = page
      .getByRole("row")
      .filter({ hasText: `Report requested: ${group} (${seventh})` });
    await expect(mails).toHaveCount(1);
    await expect(mails).toContainText("chair.peacekeeping@example.org");
    await expect(page.getByRole("row").filter({ hasText: "Report requested:" })).toHaveCount(7);
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: `New due date: report of the ${group} (${seventh})` }),
    ).toHaveCount(1);
  });

  test.describe("the peacekeeping chair", () => {
    test.use({ storageState: storageStateFor("chairPeacekeeping") });

    test("drafts the report, saves it, attaches a PDF and submits it", async ({ page }) => {
      await openSeventh(page);
      await documentation(page).getByRole("link", { name: placeholderTitle }).click();
      await expect(page.getByRole("heading", { level: 1, name: placeholderTitle })).toBeVisible();
      await expect(statusBadge(page)).toHaveText("Status: Requested");
      await page.getByRole("link", { name: "Write the report" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Write the report" })).toBeVisible();

      const titleField = page.getByLabel("Title", { exact: true });
      await hydrated(titleField);
      await expect(titleField).toHaveValue(placeholderTitle);
      await titleField.fill(title);
      await page.getByLabel("Summary").fill(summary);
      // HTML typed into the text is left out of what readers see, and the writer is told.
      const preview = page.getByRole("region", { name: "Preview" });
      const textField = page.getByLabel("Text", { exact: true });
      let alerted = false;
      page.on("dialog", (dialog) => {
        if (dialog.type() !== "alert") return;
        alerted = true;
        void dialog.dismiss();
      });
      await textField.fill(
        'Intro <img src=x onerror="alert(1)"> and [a link](javascript:alert(1)).',
      );
      await expect(preview.getByRole("status")).toHaveText(/^Part of the text is left out/);
      // The words stay; the image, its handler and the link's address do not.
      await expect(preview).toContainText("Intro and a link.");
      expect(await preview.locator("img, script, [onerror], a[href]").count()).toBe(0);
      // The preview shows the text as readers will see it, a moment after typing stops.
      await textField.fill(text);
      await expect(preview.getByRole("status")).toHaveCount(0);
      await expect(preview.getByRole("heading", { name: "Work of the group" })).toBeVisible();
      await expect(preview.locator("strong")).toHaveText("three times");
      await page.getByRole("button", { name: "Add a recommendation" }).click();
      await page.getByRole("button", { name: "Add a recommendation" }).click();
      await page
        .getByLabel("Recommendation 1", { exact: true })
        .fill("Plan hand-overs together, months before the transfer.");
      await page
        .getByLabel("Recommendation 2", { exact: true })
        .fill("Fund regional missions predictably.");
      await expect(page.getByText("Unsaved changes")).toBeVisible();

      // Leaving with unsaved changes asks first; "Cancel" keeps the text on the page.
      let asked = "";
      page.once("dialog", (dialog) => {
        asked = dialog.message();
        void dialog.dismiss();
      });
      await page.getByRole("link", { name: "Back to the report" }).click();
      await expect.poll(() => asked).toContain("Your changes to the report are not saved.");
      await expect(page.getByRole("heading", { level: 1, name: "Write the report" })).toBeVisible();
      await expect(page.getByLabel("Text", { exact: true })).toHaveValue(text);

      await page.getByRole("button", { name: "Save the draft" }).click();
      await expect(page.getByText("Saved: a new revision of the report is kept.")).toBeVisible();
      await expect(page.getByText("Unsaved changes")).toHaveCount(0);
      expect(alerted).toBe(false);

      // A program renamed as a PDF is refused; the real PDF is attached.
      const attachments = page.getByRole("region", { name: /^Attachments/ });
      const fileInput = attachments.getByLabel("File to attach");
      await hydrated(fileInput);
      await fileInput.setInputFiles({
        name: "annex.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510)]),
      });
      await attachments.getByRole("button", { name: "Attach the file" }).click();
      await expect(attachments.getByRole("alert")).toHaveText(
        "The file's content does not match its name (for example a program renamed as a document): it was not attached.",
      );
      await expect(attachments.getByRole("link")).toHaveCount(0);
      await fileInput.setInputFiles(annex);
      await attachments.getByRole("button", { name: "Attach the file" }).click();
      await expect(attachments.getByRole("status")).toHaveText(
        "peacekeeping-annex.pdf is attached.",
      );
      await expect(attachments.getByRole("link", { name: "peacekeeping-annex.pdf" })).toBeVisible();
      await expect(attachments.getByRole("heading")).toHaveText("Attachments (1 of 5)");

      // Saved: the way back asks nothing.
      await page.getByRole("link", { name: "Back to the report" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(statusBadge(page)).toHaveText("Status: Draft");
      const reportText = page.getByRole("region", { name: "Text" });
      await expect(reportText.getByRole("heading", { name: "Work of the group" })).toBeVisible();
      await expect(
        page.getByRole("region", { name: "Recommendations" }).getByRole("listitem"),
      ).toHaveCount(2);
      const link = page
        .getByRole("region", { name: /^Attachments/ })
        .getByRole("link", { name: "peacekeeping-annex.pdf" });
      attachmentPath = (await link.getAttribute("href")) ?? "";
      expect(attachmentPath).toMatch(new RegExp(`^${reportPath}/attachments/[0-9a-f-]{36}$`));

      const submitSection = page.getByRole("region", { name: "Submit to the secretariat" });
      await hydrated(submitSection.getByRole("button", { name: "Submit the report" }));
      await submitSection.getByRole("button", { name: "Submit the report" }).click();
      await submitSection.getByRole("button", { name: "Yes, submit it" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "The report is submitted: the secretariat has been told.",
      );
      await expect(statusBadge(page)).toHaveText("Status: Submitted");
      // Read-only for the chairs now.
      await expect(page.getByRole("link", { name: "Edit the report" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Remove" })).toHaveCount(0);
      await page.goto(`${reportPath}/edit`);
      await expect(
        page.getByText(
          "The report is submitted: it can no longer be changed unless the secretariat returns it.",
        ),
      ).toBeVisible();
      await expect(page.getByLabel("Text", { exact: true })).toHaveCount(0);
    });
  });

  test.describe("the disarmament chair", () => {
    test.use({ storageState: storageStateFor("chairDisarmament") });

    test("cannot open the peacekeeping group's report, not even by its address", async ({
      page,
    }) => {
      await openSeventh(page);
      // Their own group's report is there; the peacekeeping group's is not, nor its title.
      await expect(
        documentation(page).getByRole("link", {
          name: "Report of the Working Group on Disarmament",
        }),
      ).toBeVisible();
      await expect(documentation(page).getByText(group)).toHaveCount(0);
      await expect(page.getByText(title)).toHaveCount(0);

      await page.goto(reportPath);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByText(title)).toHaveCount(0);
      await page.goto(`${reportPath}/edit`);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await page.goto(`${reportPath}/compare`);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      const download = await page.request.get(attachmentPath);
      expect(download.status()).toBe(404);
      expect(await download.text()).not.toContain("%PDF");
    });
  });

  test("the secretariat returns the report with a remark", async ({ page }) => {
    await page.goto(reportPath);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(statusBadge(page)).toHaveText("Status: Submitted");
    const review = page.getByRole("region", { name: "Review" });
    const remarks = review.getByLabel("Remarks for the chairs");
    await hydrated(remarks);
    await review.getByRole("button", { name: "Return the report" }).click();
    await expect(remarks).toHaveAccessibleDescription("Say what the chairs should change.");
    await expect(statusBadge(page)).toHaveText("Status: Submitted");
    await remarks.fill(remark);
    await review.getByRole("button", { name: "Return the report" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "The report is returned to its chairs with your remarks.",
    );
    await expect(statusBadge(page)).toHaveText("Status: Returned");
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("listitem").first()).toContainText(
      "Returned to the chairs with remarks",
    );
    await expect(history.getByRole("listitem").first()).toContainText(remark);
  });

  test.describe("the peacekeeping chair, again", () => {
    test.use({ storageState: storageStateFor("chairPeacekeeping") });

    test("revises the returned report, meets a colleague's save, compares and submits it again", async ({
      page,
      world,
    }) => {
      await page.goto(reportPath);
      await expect(statusBadge(page)).toHaveText("Status: Returned");
      const returned = page.getByRole("region", { name: "Returned by the secretariat" });
      await expect(returned).toContainText(remark);
      await page.getByRole("link", { name: "Edit the report" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Edit the report" })).toBeVisible();
      const textField = page.getByLabel("Text", { exact: true });
      await hydrated(textField);
      await expect(textField).toHaveValue(text);
      await textField.fill(`${text}\n\n${revisedSentence}`);

      // Meanwhile a second chair of the group saves the report (through the application's command).
      const reportId = reportPath.split("/").pop() ?? "";
      const [body] = await world.db((db) =>
        db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, "wg-peacekeeping")),
      );
      await world.act(roles.secretariat, "body.appointChair", {
        bodyId: body?.id,
        name: colleague.name,
        email: colleague.email,
        jobTitle: null,
      });
      const [current] = await world.db((db) =>
        db.select().from(reports).where(eq(reports.id, reportId)),
      );
      await world.act(colleague.email, "report.save", {
        reportId,
        version: current?.version,
        title: current?.title,
        summary: current?.summary,
        body: `${text}\n\n${colleagueSentence}`,
        recommendations: current?.recommendations,
      });

      // Her save is refused: she sees his text, and hers stays in the form to merge.
      await page.getByRole("button", { name: "Save the draft" }).click();
      const conflict = page
        .getByRole("alert")
        .filter({ hasText: "saved this report while you were editing" });
      await expect(conflict).toContainText(
        `${colleague.name} saved this report while you were editing it.`,
      );
      await expect(conflict).toContainText(colleagueSentence);
      await expect(page.getByRole("button", { name: "Replace my text with theirs" })).toBeVisible();
      await expect(textField).toHaveValue(`${text}\n\n${revisedSentence}`);
      // Merged by her: her text is saved over his, which stays in the revisions.
      await page.getByRole("button", { name: "Save the draft" }).click();
      await expect(page.getByText("Saved: a new revision of the report is kept.")).toBeVisible();
      await expect(conflict).toHaveCount(0);
      await page.getByRole("link", { name: "Back to the report" }).click();
      await expect(statusBadge(page)).toHaveText("Status: Returned");
      await expect(page.getByRole("region", { name: "Text" })).toContainText(revisedSentence);

      const revisions = page.getByRole("table", { name: "Saved revisions, the latest first" });
      await expect(revisions.getByRole("row").filter({ has: page.getByRole("cell") })).toHaveCount(
        3,
      );
      await page.getByRole("link", { name: "Compare the last two revisions" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Compare revisions" }),
      ).toBeVisible();
      const changes = page.getByRole("region", { name: "Text" });
      // From the colleague's revision to hers, word by word.
      await expect(changes.locator("ins").filter({ hasText: "annex" })).toHaveCount(1);
      await expect(changes.locator("del").filter({ hasText: "collected" })).toHaveCount(1);
      await expect(page.getByRole("region", { name: "Title" })).toContainText("(unchanged)");
      await expect(page.getByLabel("From")).toHaveValue(/\d+/);

      await page.getByRole("link", { name: title }).click();
      const submitSection = page.getByRole("region", { name: "Submit to the secretariat" });
      await hydrated(submitSection.getByRole("button", { name: "Submit the report" }));
      await submitSection.getByRole("button", { name: "Submit the report" }).click();
      await submitSection.getByRole("button", { name: "Yes, submit it" }).click();
      await expect(statusBadge(page)).toHaveText("Status: Submitted");
    });
  });

  test("the secretariat accepts it: it joins the meeting's documentation", async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto(reportPath);
    const review = page.getByRole("region", { name: "Review" });
    await hydrated(review.getByRole("button", { name: "Accept the report" }));
    await review.getByRole("button", { name: "Accept the report" }).click();
    await review.getByRole("button", { name: "Yes, accept it" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "The report is accepted: it is part of the meeting's documentation, and its chairs have been told.",
    );
    await expect(statusBadge(page)).toHaveText("Status: Accepted");
    await expect(page.getByRole("region", { name: "Review" })).toHaveCount(0);

    await openSeventh(page);
    const accepted = documentation(page).getByRole("list", { name: "Accepted reports" });
    await expect(accepted.getByRole("link", { name: title })).toBeVisible();
    await documentation(page).getByRole("link", { name: "Reports overview" }).click();
    const row = page
      .getByRole("table", { name: "Reports" })
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: group, exact: true }) });
    await expect(row).toContainText("Accepted");
    await page.getByLabel("Status").selectOption({ label: "Accepted" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/status=accepted/);
    await expect(
      page
        .getByRole("table", { name: "Reports" })
        .getByRole("row")
        .filter({ has: page.getByRole("cell") }),
    ).toHaveCount(1);

    // Everyone signed in reads it now, the annex included: as a download, never shown inline.
    const focal = await signedInAs(browser, baseURL, "focalAu");
    await openSeventh(focal.page);
    await documentation(focal.page).getByRole("link", { name: title }).click();
    await expect(focal.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(focal.page.getByRole("region", { name: "History" })).toHaveCount(0);
    await expect(focal.page.getByText(remark)).toHaveCount(0);
    const [download] = await Promise.all([
      focal.page.waitForEvent("download"),
      focal.page.getByRole("link", { name: "peacekeeping-annex.pdf" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("peacekeeping-annex.pdf");
    const response = await focal.page.request.get(attachmentPath);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="peacekeeping-annex\.pdf"/,
    );
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // The group's page lists it too.
    await focal.page.getByRole("link", { name: group, exact: true }).click();
    await expect(focal.page.getByRole("heading", { level: 1, name: group })).toBeVisible();
    const groupReports = focal.page.getByRole("region", { name: "Reports" });
    await expect(groupReports.getByRole("link", { name: title })).toBeVisible();
    await expect(groupReports).toContainText("Accepted");
    await focal.context.close();
  });
});
