import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures";
import { storageStateFor } from "./global-setup";
import { actionResult, fact } from "./helpers";

// A task from decision 7 of the sixth meeting ("Peacekeeping recommendations"), from its
// assignment by the secretariat to the chair's progress reports and the implementation matrix.
// Serial on purpose: each step builds on the one before, on the file's own database.

const title = "Prepare the peacekeeping working group's report to the seventh meeting";
const detail =
  "Collect the members' comments on the endorsed recommendations and draft the report on regional and subregional capacity.";
const body = "Working Group on Peacekeeping";
const decision = "Peacekeeping recommendations";
const decisionOption = "Meeting 6, decision 7: Peacekeeping recommendations";
const firstNote = "Draft outline circulated to the members; comments due in April.";
const forgedNote = "Marked on behalf of the peacekeeping group by another chair.";
const controlNote = "Comments from three members received; the draft is being revised.";

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });
/** Follows a link of the main navigation and waits for its page (its heading has the same name). */
async function goTo(page: Page, link: string) {
  await mainNavigation(page).getByRole("link", { name: link, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: link, exact: true })).toBeVisible();
}

/**
 * Waits until React has taken over a form control (hydration): typed earlier, a value could be
 * reset, and a click on the submit button would send the form to the server as a plain GET.
 */
async function hydrated(control: Locator) {
  await expect
    .poll(() => control.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))))
    .toBe(true);
}

/** The number of tasks the Tasks list says it shows ("No task", "1 task", "3 tasks"). */
const taskCount = (page: Page) => page.getByText(/^(No task|\d+ tasks?)$/);

/** The task's status badge, next to its title; it reads "Status: …". */
const statusBadge = (page: Page) => page.locator(".page-header .badge");

const history = (page: Page) =>
  page.getByRole("region", { name: "History of updates" }).getByRole("listitem");

/** What the peacekeeping chair's real progress update sent, to replay it as someone else. */
let captured:
  | {
      url: string;
      headers: Record<string, string>;
      input: Record<string, unknown>;
      /** The task's version after that update, from the server's own answer. */
      version: number;
    }
  | undefined;
let taskPath = "";

test.describe("a task implementing a decision of the sixth meeting", () => {
  // Serial: the tests are steps of one story on the file's own database; a
  // failed step skips the rest instead of letting them fail for a reason not their own.
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: storageStateFor("secretariat") });

  test("the secretariat assigns the peacekeeping group a task linked to decision 7", async ({
    page,
  }) => {
    await page.goto("/");
    await goTo(page, "Tasks");
    await expect(taskCount(page)).toBeVisible();
    const countBefore = (await taskCount(page).textContent()) ?? "";
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);

    await page.getByRole("link", { name: "Assign a task" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Assign a task" })).toBeVisible();
    const titleField = page.getByLabel("Title", { exact: true });
    await hydrated(titleField);
    await page.getByLabel("Detail").fill(detail);
    await page.getByLabel("Assigned to").selectOption({ label: body });
    await page.getByLabel("Due date").fill("2006-08-31");
    await page.getByLabel("Lead organization (optional)").selectOption({ label: "European Union" });
    await page.getByLabel("Decision it implements").selectOption({ label: decisionOption });

    // Without a title: explained, and nothing is created.
    await page.getByRole("button", { name: "Assign the task" }).click();
    await expect(titleField).toHaveAccessibleDescription("This field is required.");
    await expect(titleField).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/tasks\/new$/);
    const check = await page.context().newPage();
    await check.goto("/tasks");
    await expect(taskCount(check)).toHaveText(countBefore);
    await expect(check.getByRole("link", { name: title })).toHaveCount(0);
    await check.close();

    await titleField.fill(title);
    await page.getByRole("button", { name: "Assign the task" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
    taskPath = new URL(page.url()).pathname;
    await expect(statusBadge(page)).toHaveText("Status: Not started");
    await expect(fact(page, "Due")).toHaveText("August 31, 2006");
    await expect(fact(page, "Progress")).toHaveText("0%");
    await expect(fact(page, "Committee or working group")).toHaveText(body);
    await expect(fact(page, "Lead organization")).toHaveText("European Union");
    await expect(
      fact(page, "Decision it implements").getByRole("link", { name: decisionOption }),
    ).toHaveAttribute("href", /^\/meetings\/[0-9a-f-]{36}\/implementation$/);
    await expect(page.getByText(detail)).toBeVisible();
    await expect(page.getByText("No update yet.")).toBeVisible();

    // One more task in the list, with the decision it implements.
    await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", {
        name: "Tasks",
      })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
    await expect(taskCount(page)).not.toHaveText(countBefore);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`Implements: ${decision}`);
    await expect(row).toContainText("Not started");
    await expect(row).toContainText("Aug 31, 2006");
  });

  test.describe("as the chair of the peacekeeping group", () => {
    test.use({ storageState: storageStateFor("chairPeacekeeping") });

    test("reports progress from the dashboard; a contradictory update is refused", async ({
      page,
    }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      const myTasks = page.getByRole("region", { name: "My tasks" });
      await expect(myTasks.getByRole("row").filter({ hasText: title })).toContainText(
        "Not started",
      );
      await myTasks.getByRole("link", { name: title }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(taskPath);

      const report = page.getByRole("region", { name: "Report progress" });
      await hydrated(report.getByLabel("Status"));
      await report.getByLabel("Status").selectOption({ label: "In progress" });
      await report.getByLabel("Progress (%)").fill("50");
      await report.getByLabel("Update note").fill(firstNote);
      // The action's answer is streamed and the browser does not keep it: a route passes it
      // on unchanged and keeps a copy, for the task's version after this update.
      let answerText = "no answer";
      const isUpdate = (url: URL) => url.pathname === taskPath;
      await page.route(isUpdate, async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !request.headers()["next-action"]) {
          return route.fallback();
        }
        const response = await route.fetch();
        answerText = await response.text();
        const headers = { ...response.headers() };
        delete headers["content-encoding"];
        delete headers["content-length"];
        await route.fulfill({ status: response.status(), headers, body: answerText });
      });
      const [update] = await Promise.all([
        page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
        report.getByRole("button", { name: "Record the update" }).click(),
      ]);
      await expect(report.getByRole("status")).toHaveText("Progress recorded.");
      await page.unroute(isUpdate);

      // Kept for the replay by another chair (a later test).
      const sent = await update.allHeaders();
      const replayed = [
        "next-action",
        "next-router-state-tree",
        "content-type",
        "accept",
        "origin",
      ];
      const [input] = JSON.parse(update.postData() ?? "[]");
      expect(input).toMatchObject({ status: "in_progress", note: firstNote });
      const answer = actionResult(answerText);
      expect(answer).toMatchObject({ ok: true, data: { version: expect.any(Number) } });
      captured = {
        url: update.url(),
        headers: Object.fromEntries(
          replayed.filter((h) => sent[h]).map((h) => [h, sent[h] as string]),
        ),
        input,
        version: (answer as { data: { version: number } }).data.version,
      };

      await expect(statusBadge(page)).toHaveText("Status: In progress");
      await expect(fact(page, "Progress")).toHaveText("50%");
      // The page has refreshed with the new version; the confirmation is still there.
      await expect(report.getByRole("status")).toHaveText("Progress recorded.");
      await expect(report.getByLabel("Update note")).toHaveValue("");
      await expect(page.getByRole("progressbar", { name: `Progress of ${title}` })).toHaveAttribute(
        "value",
        "50",
      );
      await expect(history(page)).toHaveCount(1);
      await expect(history(page)).toContainText("In progress · 50%");
      await expect(history(page)).toContainText(firstNote);
      await expect(history(page)).toContainText("Ana Ribeiro");

      // Done at 50%: explained next to the field, and nothing recorded.
      await report.getByLabel("Status").selectOption({ label: "Done" });
      await expect(report.getByLabel("Progress (%)")).toHaveValue("50");
      await report.getByLabel("Update note").fill("Finished.");
      await report.getByRole("button", { name: "Record the update" }).click();
      const progress = report.getByLabel("Progress (%)");
      await expect(progress).toHaveAccessibleDescription("A task that is done is at 100%.");
      await expect(progress).toHaveAttribute("aria-invalid", "true");
      await expect(report.getByRole("status")).toHaveCount(0);
      await page.reload();
      await expect(statusBadge(page)).toHaveText("Status: In progress");
      await expect(fact(page, "Progress")).toHaveText("50%");
      await expect(history(page)).toHaveCount(1);
      await expect(page.getByText("Finished.")).toHaveCount(0);
    });
  });

  test("the decision's row of the implementation matrix and its CSV show the progress", async ({
    page,
  }) => {
    await page.goto("/");
    await goTo(page, "Meetings");
    await page.getByRole("link", { name: "Sixth high-level meeting", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Sixth high-level meeting" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Implementation of the decisions" }).click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Implementation of the decisions: Sixth high-level meeting",
      }),
    ).toBeVisible();

    const group = page.getByRole("region", { name: body });
    await expect(group.getByRole("heading", { level: 2, name: body })).toBeVisible();
    const row = group.getByRole("row").filter({ hasText: decision });
    await expect(row).toHaveCount(1);
    const cells = row.getByRole("cell");
    await expect(cells.nth(0)).toHaveText("7");
    await expect(cells.nth(2)).toHaveText("In progress");
    await expect(cells.nth(3)).toHaveText("50%");
    await expect(row.getByRole("progressbar", { name: `Progress of ${decision}` })).toHaveAttribute(
      "value",
      "50",
    );
    await expect(cells.nth(4)).toHaveText("0 of 1 done");
    await expect(cells.nth(5)).toHaveText("0");
    // The decision's tasks are one link away.
    await expect(row.getByRole("link", { name: "See its tasks" })).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the matrix (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const records: string[][] = parse(await readFile(await download.path(), "utf8"), {
      bom: true,
    });
    expect(records[0]).toEqual([
      "Responsible body",
      "No.",
      "Decision",
      "Status",
      "Progress (%)",
      "Tasks",
      "Done",
      "Overdue",
    ]);
    const line = records.filter((r) => r[2] === decision);
    expect(line).toEqual([[body, "7", decision, "In progress", "50", "1", "0", "0"]]);
  });

  test.describe("as the chair of another working group", () => {
    test.use({ storageState: storageStateFor("chairDisarmament") });

    test("reads the task but cannot report on it, not even by calling the action", async ({
      page,
      browser,
      baseURL,
    }) => {
      expect(captured, "the peacekeeping chair's update was captured").toBeDefined();
      if (!captured) return;
      await page.goto(taskPath);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(fact(page, "Progress")).toHaveText("50%");
      await expect(history(page)).toHaveCount(1);
      await expect(page.getByRole("heading", { name: "Report progress" })).toHaveCount(0);
      await expect(page.getByLabel("Update note")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Record the update" })).toHaveCount(0);

      // The peacekeeping chair's request, at the task's current version, so that only the
      // permission check can stop it.
      const forged = { ...captured.input, version: captured.version, note: forgedNote };
      const response = await page.request.post(captured.url, {
        headers: captured.headers,
        data: JSON.stringify([forged]),
      });
      const text = await response.text();
      expect(text).toContain("forbidden");
      expect(actionResult(text)).toMatchObject({ ok: false, code: "forbidden" });

      await page.reload();
      await expect(history(page)).toHaveCount(1);
      await expect(history(page)).toContainText("Ana Ribeiro");
      await expect(history(page)).toContainText(firstNote);
      await expect(page.getByText(forgedNote)).toHaveCount(0);
      await expect(history(page).filter({ hasText: "Jonas Lindqvist" })).toHaveCount(0);

      // Control: the same request from the peacekeeping chair is accepted, so the replay
      // itself is sound.
      const peacekeeping = await browser.newContext({
        baseURL,
        storageState: storageStateFor("chairPeacekeeping"),
      });
      const control = await peacekeeping.request.post(captured.url, {
        headers: captured.headers,
        data: JSON.stringify([{ ...forged, note: controlNote }]),
      });
      expect(actionResult(await control.text())).toMatchObject({ ok: true });
      await peacekeeping.close();
      await page.reload();
      await expect(history(page)).toHaveCount(2);
      await expect(history(page).filter({ hasText: controlNote })).toContainText("Ana Ribeiro");
      await expect(page.getByText(forgedNote)).toHaveCount(0);
    });
  });

  test("the Tasks list finds the task by group and status, and not among the overdue", async ({
    page,
  }) => {
    await page.goto("/");
    await goTo(page, "Tasks");
    const filters = page.getByRole("search", { name: "Filter tasks" });
    const link = page.getByRole("link", { name: title });
    const filter = async () => {
      await filters.getByRole("button", { name: "Filter", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
    };

    await filters.getByLabel("Committee or working group").selectOption({ label: body });
    await filters.getByLabel("Status").selectOption({ label: "In progress" });
    await filter();
    await expect(page).toHaveURL(/[?&]status=in_progress/);
    await expect(page).toHaveURL(/[?&]body=[0-9a-f-]{36}/);
    await expect(taskCount(page)).toHaveText("1 task");
    const row = page.getByRole("row").filter({ has: link });
    await expect(row).toContainText(body);
    await expect(row).toContainText("In progress");
    await expect(row).toContainText("50%");

    // Due at the end of August, and today is 1 March 2006: not overdue.
    await filters.getByLabel("Only overdue tasks").check();
    await filter();
    await expect(page).toHaveURL(/[?&]overdue=1/);
    await expect(filters.getByLabel("Only overdue tasks")).toBeChecked();
    await expect(link).toHaveCount(0);
    await expect(taskCount(page)).toHaveText("No task");
    await expect(page.getByText("No task matches this filter.")).toBeVisible();

    // Another group's tasks do not include it either.
    await filters.getByLabel("Only overdue tasks").uncheck();
    await filters.getByLabel("Committee or working group").selectOption({
      label: "Working Group on Disarmament",
    });
    await filter();
    await expect(page).not.toHaveURL(/[?&]overdue=1/);
    await expect(filters.getByLabel("Status")).toHaveValue("in_progress");
    await expect(link).toHaveCount(0);

    await page.getByRole("link", { name: "Clear filter" }).click();
    await expect(link).toHaveCount(1);
  });

  test("the secretariat records a decision on a page of its own and finds it in the matrix", async ({
    page,
  }) => {
    const recorded = "Liaison with the subregional organizations";
    await page.goto("/");
    await goTo(page, "Meetings");
    await page.getByRole("link", { name: "Sixth high-level meeting", exact: true }).click();
    await page.getByRole("link", { name: "Implementation of the decisions" }).click();
    const matrix = page.getByRole("heading", {
      level: 1,
      name: "Implementation of the decisions: Sixth high-level meeting",
    });
    await expect(matrix).toBeVisible();
    // The matrix carries no form: its recording is one link away.
    await expect(page.getByLabel("Short title")).toHaveCount(0);
    await page.getByRole("link", { name: "Record a decision" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Record a decision" })).toBeVisible();

    const title = page.getByLabel("Short title");
    await hydrated(title);
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect(title).toHaveAccessibleDescription("This field is required.");

    await title.fill(recorded);
    await page
      .getByLabel("Text of the decision")
      .fill("The working groups invite the subregional organizations to their meetings.");
    await page.getByLabel("Responsible body").selectOption({ label: body });
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect(page.getByText("Decision recorded.")).toBeVisible();
    // Empty again for the next one.
    await expect(title).toHaveValue("");

    await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", { name: "Implementation of the decisions" })
      .click();
    await expect(matrix).toBeVisible();
    const row = page.getByRole("region", { name: body }).getByRole("row").filter({
      hasText: recorded,
    });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(2)).toHaveText("Not started");
  });
});
