import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { bodies } from "../db/schema";
import { expect, test } from "./fixtures";
import { type RoleKey, roles, storageStateFor } from "./global-setup";
import {
  holdSeventhMeeting,
  openInvitationsForSeventh,
  planSeventhMeeting,
  setAsOfDate,
  seventh,
} from "./support/scenarios";

// The outcome of the seventh meeting, from its Chair's conclusions to the eighth meeting's
// preparation. The file starts, on its own database, from the seventh meeting planned, every
// organization invited, the meeting held on 22 September 2006 (today: 25 September) with the
// OSCE absent, and two decisions recorded. Serial on purpose: each step builds on the one before.

const paragraphs = [
  "The seventh high-level meeting took place in New York on 22 September 2006, two days after the Security Council's open debate with regional organizations.",
  "The participants welcomed the work of the standing committee since the sixth meeting.",
  "They agreed to meet again in 2007.",
];
const auComment = "The committee's duty to report should be stated.";
const auProposal =
  "The participants welcomed the work of the standing committee since the sixth meeting and asked it to report to each meeting.";
const reason = "The standing committee's reporting duty was agreed at the meeting.";
const au = "African Union";

const decisionsOfSeventh = [
  {
    title: "Standing committee to meet twice a year",
    text: "The standing committee meets at least twice a year between the high-level meetings.",
    body: "standing-committee",
  },
  {
    title: "Joint training on the protection of civilians",
    text: "Prepare joint training for regional and United Nations personnel on the protection of civilians.",
    body: "wg-protection-of-civilians",
  },
];

/** The record's address, learnt when the secretariat creates it; the eighth meeting's agenda's. */
let recordPath = "";
let agendaPath = "";

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

/** Meetings → the seventh meeting, as a user finds it. */
async function openSeventh(page: Page) {
  await page.goto("/meetings");
  await page.getByRole("link", { name: seventh, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: seventh })).toBeVisible();
}

/** Waits until React has taken over a control: typed earlier, a value could be reset. */
async function hydrated(control: Locator) {
  await expect
    .poll(() => control.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))))
    .toBe(true);
}

/** WCAG 2.1 AA: the page has no serious or critical violation that axe finds. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect(serious, new URL(page.url()).pathname).toEqual([]);
}

/** Another signed-in user, in a browser context of their own. */
async function signedInAs(browser: Browser, baseURL: string | undefined, role: RoleKey) {
  const context = await browser.newContext({ baseURL, storageState: storageStateFor(role) });
  return { context, page: await context.newPage() };
}

/** Confirms one of the record's steps (revise, finalize) in its two clicks. */
async function takeStep(page: Page, button: string, yes: string) {
  const steps = page.getByRole("region", { name: "Next steps" });
  await hydrated(steps.getByRole("button", { name: button }));
  await steps.getByRole("button", { name: button }).click();
  await steps.getByRole("button", { name: yes }).click();
}

test.describe("the outcome of the seventh meeting, carried into the eighth", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: storageStateFor("secretariat") });
  test.beforeEach(async ({ world }) => {
    await world.once("seventh meeting held", async () => {
      const meetingId = await planSeventhMeeting(world);
      await openInvitationsForSeventh(world, meetingId);
      await holdSeventhMeeting(world, meetingId, { absent: ["OSCE"], heads: ["AU", "OAS"] });
      for (const decision of decisionsOfSeventh) {
        const [body] = await world.db((db) =>
          db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, decision.body)),
        );
        await world.act(roles.secretariat, "decision.record", {
          meetingId,
          title: decision.title,
          text: decision.text,
          responsibleBodyId: body?.id ?? "",
        });
      }
    });
  });

  test("the secretariat drafts the Chair's conclusions with three paragraphs and circulates them", async ({
    page,
  }) => {
    await openSeventh(page);
    const outcome = page.getByRole("region", { name: "Outcome of the meeting" });
    await expect(outcome.getByText("No record of this meeting yet.")).toBeVisible();
    await outcome.getByRole("link", { name: "Draft the Chair's conclusions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Draft a record" })).toBeVisible();

    const form = page.getByRole("form", { name: "Draft a record" });
    await expect(form.getByLabel("Title", { exact: true })).toHaveValue("Chair's conclusions");
    await expect(form.getByLabel("Kind of record")).toHaveValue("chairs_conclusions");
    const first = form.getByLabel("Paragraph 1", { exact: true });
    await hydrated(first);
    await first.fill(paragraphs[0] ?? "");
    // Paragraphs are added at the end and numbered in their order.
    await form.getByRole("button", { name: "Add a paragraph" }).click();
    await expect(form.getByLabel("Paragraph 2", { exact: true })).toBeFocused();
    await form.getByLabel("Paragraph 2", { exact: true }).fill(paragraphs[2] ?? "");
    await form.getByRole("button", { name: "Add a paragraph" }).click();
    await form.getByLabel("Paragraph 3", { exact: true }).fill(paragraphs[1] ?? "");
    // The last two are in the wrong order: the third moves up.
    await form.getByRole("button", { name: "Move paragraph 3 up" }).click();
    await expect(form.getByLabel("Paragraph 2", { exact: true })).toHaveValue(paragraphs[1] ?? "");
    await expect(form.getByLabel("Paragraph 3", { exact: true })).toHaveValue(paragraphs[2] ?? "");
    await form.getByRole("button", { name: "Create the draft" }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: "Chair's conclusions" }),
    ).toBeVisible();
    recordPath = new URL(page.url()).pathname;
    expect(recordPath).toMatch(/^\/records\/[0-9a-f-]{36}$/);
    await expect(page.locator(".page-header .badge")).toHaveText("Status: Draft");
    const editor = page.getByRole("form", { name: "Edit the draft" });
    await expectAccessible(page);
    for (const [i, text] of paragraphs.entries())
      await expect(editor.getByLabel(`Paragraph ${i + 1}`, { exact: true })).toHaveValue(text);

    // To those who attended (the OSCE did not), comments due by the meeting's deadline.
    const circulate = page.getByRole("form", { name: "Circulate for comments" });
    const recipients = circulate.getByRole("group", { name: /^Organizations to send it to/ });
    await expect(recipients).toHaveAccessibleName("Organizations to send it to (19 of 20 invited)");
    await expect(
      recipients.getByRole("checkbox", {
        name: "Organization for Security and Cooperation in Europe",
      }),
    ).not.toBeChecked();
    await expect(recipients.getByRole("checkbox", { name: au })).toBeChecked();
    await expect(circulate.getByLabel("Comment deadline")).toHaveValue("2006-10-13T18:00");
    await hydrated(circulate.getByRole("button", { name: "Circulate to 19 organizations" }));
    await circulate.getByRole("button", { name: "Circulate to 19 organizations" }).click();
    await expect(page.locator(".page-header .badge")).toHaveText("Status: Circulated for comments");
    const round = page.getByRole("region", { name: "Comments on version 1" });
    await expect(round).toContainText(
      /Circulated on Sep 25, 2006, \d\d:\d\d [AP]M EDT to 19 organizations; their focal points and the chairs of the bodies were told by e-mail\./,
    );
    await expect(page.getByRole("form", { name: "Edit the draft" })).toHaveCount(0);
    const text = page.getByRole("region", { name: "Text" });
    await expect(text.getByRole("listitem")).toHaveCount(3);
    await expect(round).toContainText("Have not commented (19)");
    await expectAccessible(page);

    // The African Union's focal point is told, in the outbox, with a link to the record.
    await mainNavigation(page).getByRole("link", { name: "Outbox", exact: true }).click();
    const mail = page.getByRole("row").filter({ hasText: "focal.au@example.org" }).filter({
      hasText: "For comments by African Union",
    });
    await expect(mail).toHaveCount(1);
  });

  test.describe("the African Union's focal point", () => {
    test.use({ storageState: storageStateFor("focalAu") });

    test("comments on paragraph 2 with replacement text, and sees only the AU's comments", async ({
      page,
    }) => {
      await openSeventh(page);
      const outcome = page.getByRole("region", { name: "Outcome of the meeting" });
      await outcome.getByRole("link", { name: "Chair's conclusions" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Chair's conclusions" }),
      ).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(recordPath);
      // A recipient reads the circulated version, not a draft, and cannot edit it.
      await expect(page.getByRole("form", { name: "Edit the draft" })).toHaveCount(0);
      await expect(
        page.getByRole("region", { name: "Text" }).getByRole("listitem").nth(1),
      ).toHaveText(paragraphs[1] ?? "");

      const form = page.getByRole("form", { name: "Comment on the record" });
      await expectAccessible(page);
      const paragraph = form.getByLabel("Paragraph", { exact: true });
      await hydrated(paragraph);
      await paragraph.selectOption({ label: `2. ${(paragraphs[1] ?? "").slice(0, 60)}…` });
      await form.getByLabel("Comment", { exact: true }).fill(auComment);
      await form.getByLabel("Proposed text").fill(auProposal);
      await form.getByRole("button", { name: "Send the comment for African Union" }).click();
      await expect(form.getByRole("status")).toHaveText("Your comment is recorded.");

      const mine = page.getByRole("table", { name: "Your organization's comments" });
      const row = mine.getByRole("row").filter({ hasText: auComment });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(auProposal);
      await expect(row).toContainText("Awaiting an answer");
    });
  });

  test.describe("the OSCE's focal point (the OSCE did not attend)", () => {
    test.use({ storageState: storageStateFor("focalOsce") });

    test("cannot open the circulated record, nor find it", async ({ page }) => {
      expect(recordPath).not.toBe("");
      await page.goto(recordPath);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByText(paragraphs[1] ?? "")).toHaveCount(0);
      await page.goto("/records");
      await expect(page.getByRole("heading", { level: 1, name: "Records" })).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: seventh })).toHaveCount(0);
      // The draft's comment form is not there to post to either: the comments matrix is not found.
      const csv = await page.request.get(`${recordPath}/comments.csv`);
      expect(csv.status()).toBe(404);
    });
  });

  test("the secretariat accepts the comment with a reason, and the comments matrix exports as CSV", async ({
    page,
  }) => {
    await page.goto(recordPath);
    await page.getByRole("link", { name: "Comments matrix (1 comment)" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Comments matrix: Chair's conclusions" }),
    ).toBeVisible();
    await expect(page.getByText("1 comment, 1 awaiting an answer.")).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole("region", { name: "Who commented" })).toContainText(
      "Commented (1): African Union",
    );
    const row = page.getByRole("table", { name: "Comments and answers" }).getByRole("row").filter({
      hasText: auComment,
    });
    await expect(row.getByRole("rowheader")).toHaveText(au);
    const answer = row.getByRole("form", { name: "Answer to African Union on paragraph 2" });
    const accepted = answer.getByRole("radio", { name: "Accepted", exact: true });
    await hydrated(accepted);
    // A reason is required.
    await accepted.check();
    await answer.getByRole("button", { name: "Save the answer" }).click();
    await expect(answer.getByText("Give the reason.")).toBeVisible();
    await answer.getByLabel("Reason").fill(reason);
    await answer.getByRole("button", { name: "Save the answer" }).click();
    await expect(page.getByText("1 comment, all answered.")).toBeVisible();
    await expect(row).toContainText("Accepted");
    await expect(row).toContainText(reason);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the matrix (CSV)" }).click(),
    ]);
    const raw = await readFile(await download.path(), "utf8");
    expect(raw.startsWith("\uFEFF")).toBe(true);
    const lines: string[][] = parse(raw, { bom: true });
    expect(lines).toEqual([
      ["Version", "Paragraph", "Organization", "Comment", "Proposed text", "Disposition", "Reason"],
      ["1", "2", au, auComment, auProposal, "Accepted", reason],
    ]);
  });

  test("after the deadline, the secretariat revises the text with the accepted change and finalizes it", async ({
    page,
    world,
  }) => {
    // The deadline (13 October 2006) has passed.
    await setAsOfDate(world, "2006-10-16");
    await page.goto(recordPath);
    await expect(
      page.getByRole("heading", { level: 1, name: "Chair's conclusions" }),
    ).toBeVisible();
    await takeStep(page, "Revise", "Yes, revise");
    const editor = page.getByRole("form", { name: "Edit the draft" });
    const second = editor.getByLabel("Paragraph 2", { exact: true });
    await expect(second).toHaveValue(paragraphs[1] ?? "");
    await hydrated(second);
    await second.fill(auProposal);
    await editor.getByRole("button", { name: "Save the draft" }).click();
    await expect(editor.getByRole("status")).toHaveText("Draft saved.");

    // The circulated version stays as it was; the differences show word by word.
    const versions = page.getByRole("region", { name: "Versions" });
    await expect(versions.getByRole("link", { name: "Version 1" })).toBeVisible();
    await versions.getByLabel("Compare").selectOption({ label: "Version 1" });
    await versions.getByLabel("with").selectOption({ label: "Working draft" });
    await versions.getByRole("button", { name: "Show the differences" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Version 1 → Working draft" }),
    ).toBeVisible();
    await expect(page.getByText("1 paragraph changed.")).toBeVisible();
    await expectAccessible(page);
    await expect(page.locator("ins")).toHaveText("and asked it to report to each meeting");
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").click();

    await takeStep(page, "Finalize", "Yes, finalize");
    await expect(page.locator(".page-header .badge")).toHaveText("Status: Final");
    await expect(page.getByRole("form", { name: "Edit the draft" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Next steps" })).toHaveCount(0);
    await expect(
      page.getByRole("region", { name: "Text" }).getByRole("listitem").nth(1),
    ).toHaveText(auProposal);
    await expect(page.getByRole("region", { name: "Versions" }).getByRole("link")).toHaveText([
      "Version 1",
      "Version 2",
    ]);

    // It prints as a clean document: symbol-less here, issued today, numbered paragraphs.
    await page.getByRole("link", { name: "Printable version" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Chair's conclusions" }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/print$/);
    await expect(page.locator(".document-symbol")).toContainText("October 16, 2006");
    await expect(page.locator(".document .record-paragraphs li")).toHaveCount(3);
    await page.emulateMedia({ media: "print" });
    await expect(mainNavigation(page)).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });
  });

  test("once the meeting is concluded, the secretariat prepares the eighth and sees the open decisions and the proposed agenda", async ({
    page,
  }) => {
    await openSeventh(page);
    const status = page.getByRole("region", { name: "Status" });
    await hydrated(status.getByRole("button", { name: "Mark as Concluded" }));
    await status.getByRole("button", { name: "Mark as Concluded" }).click();
    await status.getByRole("button", { name: "Yes, change the status" }).click();
    await expect(status.getByText("The meeting is concluded.")).toBeVisible();

    const next = page.getByRole("region", { name: "Preparing the next meeting" });
    await hydrated(next.getByRole("button", { name: "Prepare the next meeting" }));
    await next.getByRole("button", { name: "Prepare the next meeting" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Preparation of the Eighth high-level meeting" }),
    ).toBeVisible();

    await expectAccessible(page);
    const open = page.getByRole("table", { name: "Decisions not fully implemented" });
    for (const decision of decisionsOfSeventh) {
      const row = open.getByRole("row").filter({ hasText: decision.title });
      await expect(row).toContainText("Not started");
      await expect(row).toContainText("carried forward to this meeting");
    }
    await expect(
      page.getByRole("region", { name: "Final records of the Seventh high-level meeting" }),
    ).toContainText("Chair's conclusions");
    await expect(
      page.getByRole("region", { name: "Attendance at the Seventh high-level meeting" }),
    ).toContainText("20 organizations invited; 19 attended, 2 represented by their heads.");

    await page.getByRole("link", { name: "Provisional agenda" }).click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Provisional agenda: Eighth high-level meeting",
      }),
    ).toBeVisible();
    agendaPath = new URL(page.url()).pathname;
    await expectAccessible(page);
    const items = page
      .getByRole("region", { name: /^Items/ })
      .getByRole("listitem")
      .filter({
        has: page.getByRole("heading", { level: 3 }),
      });
    await expect(items.first().getByRole("heading", { level: 3 })).toHaveText(
      "Item 1: Adoption of the outcome of the Seventh high-level meeting",
    );
    await expect(items.first().getByRole("link", { name: "Chair's conclusions" })).toBeVisible();
    await expect(items.nth(1).getByRole("heading", { level: 3 })).toContainText(
      "Progress report on the implementation of the decisions of the Seventh high-level meeting",
    );
    for (const decision of decisionsOfSeventh)
      await expect(
        page.getByRole("heading", {
          level: 3,
          name: new RegExp(`of the Seventh high-level meeting: ${decision.title}$`),
        }),
      ).toBeVisible();
    await expect(items.last().getByRole("heading", { level: 3 })).toContainText("Other matters");
    await expect(items.first()).toContainText("Proposed");

    // From the agenda item to the decision, and back.
    const carried = items.filter({ hasText: decisionsOfSeventh[0]?.title ?? "" });
    await carried
      .getByRole("link", { name: /^decision 1 of the Seventh high-level meeting/ })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Decision 1: ${decisionsOfSeventh[0]?.title}` }),
    ).toBeVisible();
    await expectAccessible(page);
    const onAgenda = page.getByRole("region", { name: "On the agenda of a later meeting" });
    await onAgenda.getByRole("link").click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Provisional agenda: Eighth high-level meeting",
      }),
    ).toBeVisible();
    expect(new URL(page.url()).hash).toMatch(/^#item-[0-9a-f-]{36}$/);
  });

  test("the secretariat orders the agenda with the keyboard, accepts or drops each item, and issues it", async ({
    page,
  }) => {
    await page.goto(agendaPath);
    const items = page.getByRole("region", { name: /^Items/ }).locator(".agenda-item");
    await expect(items).toHaveCount(11);
    await expect(items.last().getByRole("heading", { level: 3 })).toHaveText(
      "Item 11: Other matters",
    );
    // "Other matters" moves up twice from the keyboard; the focus stays on its button.
    const up = page.getByRole("button", { name: "Move Item 11 up" });
    await hydrated(up);
    await up.focus();
    await page.keyboard.press("Enter");
    await expect(items.nth(9).getByRole("heading", { level: 3 })).toHaveText(
      "Item 10: Other matters",
    );
    await expect(page.getByRole("button", { name: "Move Item 10 up" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(items.nth(8).getByRole("heading", { level: 3 })).toHaveText(
      "Item 9: Other matters",
    );

    // Not yet: every item is still proposed.
    const issue = page.getByRole("region", { name: "Issue the agenda" });
    await expect(issue).toContainText("Accept at least one item first.");
    // The adoption of the outcome opens the meeting at 10:00, for 15 minutes.
    const adoption = items.first();
    await adoption.getByText("Edit the item").click();
    const edit = adoption.getByRole("form", { name: /^Edit “Adoption/ });
    await hydrated(edit.getByLabel("Time"));
    await edit.getByLabel("Time").fill("10:00");
    await edit.getByLabel("Length (minutes)").fill("15");
    await edit.getByRole("button", { name: "Save the item" }).click();
    await expect(adoption).toContainText("at 10:00 · 15 minutes");

    // One working group's report is dropped (it has nothing to report); the rest accepted.
    const dropped = items.filter({ hasText: "Report of the Working Group on Disarmament" });
    await dropped.getByRole("button", { name: /^Drop / }).click();
    await expect(dropped).toContainText("Dropped");
    for (let i = 0; i < 11; i += 1) {
      const accept = items.nth(i).getByRole("button", { name: /^Accept / });
      // The dropped item stays dropped (it could be accepted again, or put back).
      if ((await items.nth(i).textContent())?.includes("Dropped")) continue;
      await accept.click();
      await expect(items.nth(i).getByRole("button", { name: /^Accept / })).toHaveCount(0);
    }
    await hydrated(issue.getByRole("button", { name: "Issue the agenda" }));
    await issue.getByRole("button", { name: "Issue the agenda" }).click();
    await expect(issue.getByText("Issue the agenda with 10 items?")).toBeVisible();
    await issue.getByRole("button", { name: "Yes, issue it" }).click();
    await expect(page.locator(".page-header .badge")).toContainText("Issued on");
    await expect(page.getByRole("button", { name: /^Accept |^Drop |^Move / })).toHaveCount(0);
  });

  test("the AU's focal point reads the final record, and follows a decision to the eighth meeting's issued agenda", async ({
    browser,
    baseURL,
  }) => {
    const { context, page } = await signedInAs(browser, baseURL, "focalAu");
    try {
      await page.goto(recordPath);
      await expect(page.locator(".page-header .badge")).toHaveText("Status: Final");
      const mine = page.getByRole("table", { name: "Your organization's comments" });
      await expect(mine.getByRole("row").filter({ hasText: auComment })).toContainText("Accepted");
      await expect(page.getByRole("form", { name: "Comment on the record" })).toHaveCount(0);

      await openSeventh(page);
      const decisions = page.getByRole("table", { name: "Decisions" });
      await decisions
        .getByRole("row")
        .filter({ hasText: decisionsOfSeventh[0]?.title ?? "" })
        .getByRole("link", { name: "Eighth high-level meeting" })
        .click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Eighth high-level meeting" }),
      ).toBeVisible();
      await page.getByRole("link", { name: "Agenda", exact: true }).click();
      await expect(
        page.getByRole("heading", {
          level: 1,
          name: "Provisional agenda: Eighth high-level meeting",
        }),
      ).toBeVisible();
      const items = page.getByRole("region", { name: /^Items/ }).locator(".agenda-item");
      await expect(items).toHaveCount(10);
      await expect(page.getByText("Report of the Working Group on Disarmament")).toHaveCount(0);
      await expect(items.first()).toContainText("at 10:00 · 15 minutes");
      await expect(page.getByRole("button", { name: /^Accept |^Drop |^Move / })).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});
