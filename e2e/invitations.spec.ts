import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { type RoleKey, storageStateFor } from "./global-setup";
import { actionResult } from "./helpers";
import { planSeventhMeeting, removeFocalPointOf, seventh } from "./support/scenarios";

// Invitations to the seventh high-level meeting, from opening them to the list of participants.
// Serial on purpose: each step builds on the one before. The file starts, on its own database,
// from the seventh meeting planned (as scheduling.spec.ts does in the browser) and NATO's focal
// point removed (as organizations.spec.ts does): 19 of the 20 organizations have a focal point
// to tell when the invitations go out.

const au = "African Union";
const osce = "Organization for Security and Cooperation in Europe";
const oas = "Organization of American States";
const nato = "North Atlantic Treaty Organization";
const cplp = "Community of Portuguese-speaking Countries";

const head = { name: "Alpha Oumar Konaré", title: "Chairperson of the Commission" };
const auDelegation = [
  {
    name: "Said Djinnit",
    title: "Commissioner for Peace and Security",
    email: "said.djinnit@example.org",
  },
  { name: "Amina Tesfaye", title: "Focal point", email: "focal.au@example.org" },
  { name: "Kwame Mensah", title: "Adviser", email: "kwame.mensah@example.org" },
];
const osceRemarks = "The Chairman-in-Office regrets that the OSCE cannot attend this year.";

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });
/** Follows a link of the main navigation and waits for its page (its heading has the same name). */
async function goTo(page: Page, link: string) {
  await mainNavigation(page).getByRole("link", { name: link, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: link, exact: true })).toBeVisible();
}

/** Meetings → the seventh meeting → "Invitations and replies", as the secretariat finds it. */
async function openInvitations(page: Page) {
  await page.goto("/");
  await goTo(page, "Meetings");
  await page.getByRole("link", { name: seventh, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: seventh })).toBeVisible();
  await page.getByRole("link", { name: "Invitations and replies" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Invitations: ${seventh}` }),
  ).toBeVisible();
}

/** The number shown above a label of the "Replies at a glance" grid. */
const count = (page: Page, label: string) =>
  page
    .getByRole("region", { name: "Replies at a glance" })
    .getByText(label, { exact: true })
    .locator("xpath=preceding-sibling::*[1]");

async function expectCounts(
  page: Page,
  expected: {
    invited: number;
    confirmed: number;
    declined: number;
    pending: number;
    heads: number;
  },
) {
  await expect(count(page, "invited")).toHaveText(String(expected.invited));
  await expect(count(page, "confirmed")).toHaveText(String(expected.confirmed));
  await expect(count(page, "declined")).toHaveText(String(expected.declined));
  await expect(count(page, "no reply yet")).toHaveText(String(expected.pending));
  await expect(count(page, "heads of organization attending")).toHaveText(String(expected.heads));
}

const repliesTable = (page: Page) => page.getByRole("table", { name: "Replies" });
const replyRows = (page: Page) =>
  repliesTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
const replyRow = (page: Page, organization: string) =>
  replyRows(page).filter({ has: page.getByRole("link", { name: organization, exact: true }) });
/** The "Status" cell of an organization's row in the replies table. */
const replyStatus = (page: Page, organization: string) =>
  replyRow(page, organization).getByRole("cell").nth(1);

/** The invitation's status badge, next to the page's heading; it reads "Status: …". */
const invitationBadge = (page: Page) => page.locator(".page-header .badge");
/** The value shown for a term in the invitation's "Where it stands" card. */
const stands = (page: Page, term: string) =>
  page
    .getByRole("region", { name: "Where it stands" })
    .locator("dt", { hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");

/**
 * Answers "Does your organization attend?". The form is drawn by the server and brought to life
 * by React in the browser: until then a click on a radio changes nothing the form shows, so
 * the answer is toggled until "Level of representation" follows it.
 */
async function answerAttendance(page: Page, attends: boolean) {
  const yes = page.getByRole("radio", { name: "Yes, it attends" });
  const no = page.getByRole("radio", { name: "No, it does not attend" });
  const level = page.getByLabel("Level of representation");
  await expect(async () => {
    await no.click();
    await yes.click();
    await expect(level).toBeVisible({ timeout: 1_000 });
  }).toPass();
  if (!attends) {
    await no.click();
    await expect(level).toHaveCount(0);
    await expect(no).toBeChecked();
  }
}

const sendReply = (page: Page) => page.getByRole("button", { name: "Send the reply" });

/** Another signed-in user, in a browser context of their own. */
async function signedInAs(browser: Browser, baseURL: string | undefined, role: RoleKey) {
  const context = await browser.newContext({ baseURL, storageState: storageStateFor(role) });
  return { context, page: await context.newPage() };
}

/** The outbox's rows whose subject matches (each e-mail is in its recipient's language). */
async function outboxRows(page: Page, subject: string | RegExp) {
  await page.goto("/");
  await goTo(page, "Outbox");
  return page.getByRole("row").filter({ hasText: subject });
}

test.describe("invitations to the seventh meeting", () => {
  // Serial: the tests are steps of one story on one database (see the top of the file); a
  // failed step skips the rest instead of letting them fail for a reason not their own.
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: storageStateFor("secretariat") });
  test.beforeEach(async ({ world }) => {
    await world.once("seventh meeting planned", async () => {
      await removeFocalPointOf(world, "NATO");
      await planSeventhMeeting(world);
    });
  });

  test("the secretariat invites the 20 organizations and their focal points are told", async ({
    page,
  }) => {
    await openInvitations(page);
    // Nothing is counted before anyone is invited.
    await expect(page.getByRole("region", { name: "Replies at a glance" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Replies", exact: true })).toHaveCount(0);

    const form = page.getByRole("region", { name: "Open invitations" });
    const organizations = form.getByRole("group", { name: /^Organizations to invite/ });
    await expect(organizations).toHaveAccessibleName("Organizations to invite (20 of 20 chosen)");
    const boxes = organizations.getByRole("checkbox");
    await expect(boxes).toHaveCount(20);
    for (const box of await boxes.all()) await expect(box).toBeChecked();
    for (const name of [au, osce, oas, nato]) {
      await expect(organizations.getByRole("checkbox", { name, exact: true })).toBeChecked();
    }
    // The reply deadline the meeting already has (25 August 2006), at the venue.
    await expect(form.getByLabel("Reply deadline")).toHaveValue(/^2006-08-25T\d\d:\d\d$/);
    await expect(form.getByLabel("Reply deadline")).toHaveAccessibleDescription(
      "Date and time at the venue (America/New_York).",
    );

    // "Select none" leaves nothing to invite; "Select all" chooses the 20 again. (Retried:
    // the buttons work once React has taken over the form drawn by the server.)
    await expect(async () => {
      await form.getByRole("button", { name: "Select none" }).click();
      await expect(organizations).toHaveAccessibleName("Organizations to invite (0 of 20 chosen)", {
        timeout: 1_000,
      });
    }).toPass();
    await expect(form.getByRole("button", { name: "Choose organizations" })).toBeDisabled();
    await expect(boxes.first()).not.toBeChecked();
    await form.getByRole("button", { name: "Select all" }).click();
    await expect(organizations).toHaveAccessibleName("Organizations to invite (20 of 20 chosen)");

    await form.getByRole("button", { name: "Invite 20 organizations" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "20 organizations invited; 19 focal points notified by e-mail.",
    );
    await expectCounts(page, { invited: 20, confirmed: 0, declined: 0, pending: 20, heads: 0 });
    // Everyone is invited: there is no one left to choose, and the confirmation stays.
    const more = page.getByRole("region", { name: "Invite more organizations" });
    await expect(more).toContainText("Every active organization is invited.");
    await expect(more.getByRole("checkbox")).toHaveCount(0);
    await expect(more.getByRole("button")).toHaveCount(0);
    await expect(replyRows(page)).toHaveCount(20);
    await expect(replyStatus(page, au)).toHaveText("No reply yet");
    // Nobody has confirmed: there is no list of participants yet.
    await expect(page.getByRole("link", { name: "List of participants" })).toHaveCount(0);

    // The same page again, from the server.
    await page.reload();
    await expectCounts(page, { invited: 20, confirmed: 0, declined: 0, pending: 20, heads: 0 });

    const invitationsSent = await outboxRows(page, new RegExp(`Invitation ?: ${seventh}`));
    await expect(invitationsSent).toHaveCount(19);
    for (const address of [
      "focal.au@example.org",
      "focal.osce@example.org",
      "focal.oas@example.org",
      "focal.cplp@example.org",
    ]) {
      const row = invitationsSent.filter({ hasText: address });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText("Waiting");
    }
  });

  test.describe("the African Union's focal point", () => {
    test.use({ storageState: storageStateFor("focalAu") });

    test("confirms: the head and a delegation of three attend; a bad e-mail is explained first", async ({
      page,
    }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      const awaiting = page.getByRole("region", { name: "Invitations awaiting your reply" });
      await awaiting.getByRole("link", { name: `Reply for ${au}: ${seventh}` }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: `Invitation of ${au}` }),
      ).toBeVisible();
      await expect(invitationBadge(page)).toHaveText("Status: No reply yet");
      await expect(stands(page, "Last reply")).toHaveText("No reply yet.");
      await expect(page.getByRole("heading", { name: "Your reply" })).toBeVisible();
      // Only the secretariat sees the way back to all the replies.
      await expect(page.getByRole("link", { name: "All replies" })).toHaveCount(0);

      await answerAttendance(page, true);
      await page
        .getByLabel("Level of representation")
        .selectOption({ label: "Head of organization" });
      await page.getByLabel("Name of the head").fill(head.name);
      await page.getByLabel("Title of the head").fill(head.title);

      // No row to begin with; three for a delegation of three.
      await expect(page.getByText("No member yet: add at least one.")).toBeVisible();
      await expect(page.getByLabel("Member 1: name")).toHaveCount(0);
      for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Add a member" }).click();
      await expect(page.getByLabel("Member 3: name")).toBeVisible();
      await expect(page.getByLabel("Member 4: name")).toHaveCount(0);
      for (const [index, member] of auDelegation.entries()) {
        await page.getByLabel(`Member ${index + 1}: name`).fill(member.name);
        await page.getByLabel(`Member ${index + 1}: title`).fill(member.title);
        await page.getByLabel(`Member ${index + 1}: e-mail`).fill(member.email);
      }
      const badEmail = page.getByLabel("Member 3: e-mail");
      await badEmail.fill("kwame.mensah.example.org");
      await sendReply(page).click();
      await expect(badEmail).toHaveAccessibleDescription(
        "Enter a valid e-mail address, like name@example.org.",
      );
      await expect(badEmail).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Member 2: e-mail")).toHaveAttribute("aria-invalid", "false");
      await expect(page.getByRole("status")).toHaveCount(0);
      await expect(page.getByText("Your reply is recorded")).toHaveCount(0);
      await expect(invitationBadge(page)).toHaveText("Status: No reply yet");

      await badEmail.fill(auDelegation[2]?.email ?? "");
      await expect(badEmail).not.toHaveAttribute("aria-invalid", "true");
      await sendReply(page).click();
      await expect(page.getByRole("status")).toHaveText(
        "Your reply is recorded: your organization attends.",
      );

      await page.reload();
      await expect(invitationBadge(page)).toHaveText("Status: Confirmed");
      await expect(stands(page, "Representation")).toHaveText(
        `Head of organization · the head attends (${head.name})`,
      );
      await expect(stands(page, "Delegation")).toHaveText("3 members");
      await expect(stands(page, "Last reply")).toContainText("Amina Tesfaye");
      await expect(page.getByRole("heading", { name: "Change the reply" })).toBeVisible();
      // The form shows the reply as recorded.
      await expect(page.getByRole("radio", { name: "Yes, it attends" })).toBeChecked();
      await expect(page.getByLabel("Member 3: e-mail")).toHaveValue(auDelegation[2]?.email ?? "");
      await expect(page.getByLabel("Member 4: name")).toHaveCount(0);

      // Nothing awaits a reply any more; the focal point's list shows the invitation confirmed.
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      await expect(
        page.getByRole("region", { name: "Invitations awaiting your reply" }),
      ).toHaveCount(0);
      await goTo(page, "Invitations");
      const mine = page.getByRole("row").filter({ hasText: seventh });
      await expect(mine).toHaveCount(1);
      await expect(mine).toContainText(au);
      await expect(mine).toContainText("Confirmed");
    });
  });

  test.describe("the OSCE's focal point", () => {
    test.use({ storageState: storageStateFor("focalOsce") });

    test("declines the invitation", async ({ page }) => {
      await page.goto("/");
      await page
        .getByRole("region", { name: "Invitations awaiting your reply" })
        .getByRole("link", { name: `Reply for ${osce}: ${seventh}` })
        .click();
      await expect(
        page.getByRole("heading", { level: 1, name: `Invitation of ${osce}` }),
      ).toBeVisible();
      await expect(invitationBadge(page)).toHaveText("Status: No reply yet");

      // Declining asks for nothing more.
      await answerAttendance(page, false);
      // Declining asks for no level and no delegation.
      await expect(page.getByRole("button", { name: "Add a member" })).toHaveCount(0);
      await page.getByLabel("Remarks").fill(osceRemarks);
      await sendReply(page).click();
      await expect(page.getByRole("status")).toHaveText(
        "Your reply is recorded: your organization does not attend.",
      );

      await page.reload();
      await expect(invitationBadge(page)).toHaveText("Status: Declined");
      await expect(page.getByRole("radio", { name: "No, it does not attend" })).toBeChecked();
      await expect(page.getByLabel("Remarks")).toHaveValue(osceRemarks);
      await expect(stands(page, "Delegation")).toHaveCount(0);
    });
  });

  test.describe("a focal point and another organization's invitation", () => {
    test.use({ storageState: storageStateFor("focalAu") });

    test("cannot open it, and a forged reply for it is refused", async ({
      page,
      browser,
      baseURL,
    }) => {
      const secretariat = await signedInAs(browser, baseURL, "secretariat");
      await openInvitations(secretariat.page);
      const osceHref = await replyRow(secretariat.page, osce)
        .getByRole("link", { name: osce, exact: true })
        .getAttribute("href");
      expect(osceHref).toMatch(/^\/invitations\/[0-9a-f-]{36}$/);
      const osceInvitationId = osceHref?.split("/").pop() ?? "";

      // The address of the OSCE's invitation leads the AU's focal point nowhere.
      await page.goto(osceHref ?? "");
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByText(osce)).toHaveCount(0);
      await expect(page.getByText(osceRemarks)).toHaveCount(0);
      await expect(sendReply(page)).toHaveCount(0);
      // Their own list holds their own organization's invitation only.
      await page.goto("/");
      await goTo(page, "Invitations");
      await expect(page.getByRole("row").filter({ hasText: seventh })).toHaveCount(1);
      await expect(page.getByText(osce)).toHaveCount(0);

      // A real reply of the AU's focal point, sent again unchanged, to learn the action's request.
      await page.getByRole("link", { name: seventh }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: `Invitation of ${au}` }),
      ).toBeVisible();
      await answerAttendance(page, true);
      await expect(page.getByLabel("Level of representation")).toHaveValue("head");
      await expect(page.getByLabel("Member 3: name")).toHaveValue(auDelegation[2]?.name ?? "");
      const [post] = await Promise.all([
        page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
        sendReply(page).click(),
      ]);
      await expect(page.getByRole("status")).toHaveText(
        "Your reply is recorded: your organization attends.",
      );
      const captured = await post.allHeaders();
      const replayed = [
        "next-action",
        "next-router-state-tree",
        "content-type",
        "accept",
        "origin",
      ];
      const headers = Object.fromEntries(
        replayed.filter((h) => captured[h]).map((h) => [h, captured[h] as string]),
      );
      const [reply] = JSON.parse(post.postData() ?? "[]");
      expect(reply).toMatchObject({ attending: true, headName: head.name });
      expect(reply.invitationId).not.toBe(osceInvitationId);

      // Control, by the secretariat: the OSCE's own reply, sent again with an old version, is
      // taken as a repeat (nothing changes) and tells the version now current. So the request
      // is sound, and below only the focal point's lack of right can stop it.
      const repeat = await secretariat.context.request.post(post.url(), {
        headers,
        data: JSON.stringify([
          {
            ...reply,
            invitationId: osceInvitationId,
            version: 1,
            attending: false,
            representationLevel: null,
            headName: null,
            headTitle: null,
            delegation: [],
            remarks: osceRemarks,
          },
        ]),
      });
      const repeated = actionResult(await repeat.text());
      expect(repeated).toMatchObject({ ok: true, data: { repeated: true } });
      const version = (repeated as { data: { version: number } }).data.version;
      expect(version).toBeGreaterThan(1);

      // The AU's reply, aimed at the OSCE's invitation by its focal point: refused.
      const forged = await page.request.post(post.url(), {
        headers,
        data: JSON.stringify([{ ...reply, invitationId: osceInvitationId, version }]),
      });
      expect(actionResult(await forged.text())).toMatchObject({ ok: false, code: "forbidden" });

      // The OSCE's reply is unchanged.
      await secretariat.page.reload();
      await expect(replyStatus(secretariat.page, osce)).toHaveText("Declined");
      await expect(replyRow(secretariat.page, osce).getByRole("cell").nth(3)).toHaveText("—");
      await expect(replyRow(secretariat.page, osce)).not.toContainText(
        "entered by the secretariat",
      );
      await secretariat.page.getByRole("link", { name: osce, exact: true }).click();
      await expect(
        secretariat.page.getByRole("heading", { level: 1, name: `Invitation of ${osce}` }),
      ).toBeVisible();
      await expect(invitationBadge(secretariat.page)).toHaveText("Status: Declined");
      await expect(stands(secretariat.page, "Last reply")).toContainText("Klaus Weber");
      await expect(secretariat.page.getByLabel("Remarks")).toHaveValue(osceRemarks);
      await secretariat.context.close();
    });
  });

  test("the secretariat follows the replies and reminds those who have not replied", async ({
    page,
  }) => {
    await openInvitations(page);
    await expectCounts(page, { invited: 20, confirmed: 1, declined: 1, pending: 18, heads: 1 });
    await expect(replyStatus(page, au)).toHaveText("Confirmed");
    const auRow = replyRow(page, au).getByRole("cell");
    await expect(auRow.nth(2)).toContainText("Head of organization");
    await expect(auRow.nth(2)).toContainText("head attends");
    await expect(auRow.nth(3)).toHaveText("3");
    await expect(replyStatus(page, osce)).toHaveText("Declined");

    const filter = page.getByRole("search", { name: "Filter replies" });
    await filter.getByLabel("Status").selectOption({ label: "No reply yet" });
    await filter.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page).toHaveURL(/[?&]status=pending/);
    await expect(replyRows(page)).toHaveCount(18);
    await expect(replyRow(page, au)).toHaveCount(0);
    await expect(replyRow(page, osce)).toHaveCount(0);
    for (const row of await replyRows(page).all()) {
      await expect(row.getByRole("cell").nth(1)).toHaveText("No reply yet");
    }
    await expect(replyRow(page, nato)).toContainText("No focal point");
    await expect(replyRow(page, oas)).toContainText("María Castillo");
    await expect(replyRow(page, oas)).not.toContainText("No focal point");
    await expect(replyRow(page, cplp)).toContainText("Teresa Almeida");
    // The counts are those of all the invitations, whatever the filter.
    await expectCounts(page, { invited: 20, confirmed: 1, declined: 1, pending: 18, heads: 1 });

    // Of the 18 without a reply, all but NATO have a focal point to e-mail.
    await page
      .getByRole("button", { name: "Send reminders to the 18 organizations without a reply" })
      .click();
    await expect(page.getByRole("status")).toHaveText(
      "Reminders queued for 18 organizations (17 e-mails).",
    );
    await expect(replyRow(page, oas)).toContainText("reminded");
    await expect(replyRow(page, nato)).toContainText("reminded");

    await page.getByRole("link", { name: "Clear filter" }).click();
    await expect(replyRows(page)).toHaveCount(20);
    await expect(replyRow(page, au)).not.toContainText("reminded");

    const reminders = await outboxRows(page, /Reminder: reply for|Rappel : réponse de/);
    await expect(reminders).toHaveCount(17);
    const toOas = reminders.filter({
      hasText: `Reminder: reply for ${oas} (${seventh})`,
    });
    await expect(toOas).toHaveCount(1);
    await expect(toOas).toContainText("focal.oas@example.org");
    await expect(reminders.filter({ hasText: "focal.cplp@example.org" })).toContainText(
      `Reminder: reply for ${cplp} (${seventh})`,
    );
    await expect(reminders.filter({ hasText: "focal.au@example.org" })).toHaveCount(0);
    await expect(reminders.filter({ hasText: "focal.osce@example.org" })).toHaveCount(0);
  });

  test("the list of participants holds the confirmed delegations only", async ({ page }) => {
    await openInvitations(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the list (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("list-of-participants.csv");
    const text = await readFile(await download.path(), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toBe("Organization,Representation,Head attending,Head,Name,Title,E-mail");
    const headCell = `"${head.name}, ${head.title}"`;
    expect(lines.filter((l) => l.startsWith(`${au},`))).toEqual(
      auDelegation.map(
        (m) => `${au},Head of organization,yes,${headCell},${m.name},${m.title},${m.email}`,
      ),
    );
    expect(text).not.toContain(osce);
    expect(text).not.toContain(oas);
    expect(lines).toHaveLength(4); // the header and the AU's three members

    await page.getByRole("link", { name: "List of participants" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "List of participants" }),
    ).toBeVisible();
    await expect(page.getByText(seventh, { exact: true })).toBeVisible();
    const auSection = page.locator("section").filter({
      has: page.getByRole("heading", { level: 2, name: au, exact: true }),
    });
    await expect(auSection).toContainText(
      `Head of organization · represented by its head, ${head.name}, ${head.title}`,
    );
    await expect(auSection.getByRole("listitem")).toHaveText(
      auDelegation.map((m) => `${m.name}, ${m.title}`),
    );
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(1);
    await expect(page.getByText(osce)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the replies" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Invitations: ${seventh}` }),
    ).toBeVisible();
  });

  test("the secretariat records the OAS's reply on its behalf, marked as such", async ({
    page,
  }) => {
    await openInvitations(page);
    await replyRow(page, oas).getByRole("link", { name: oas, exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Invitation of ${oas}` }),
    ).toBeVisible();
    await expect(invitationBadge(page)).toHaveText("Status: No reply yet");
    await expect(
      page.getByText("You are recording this reply on the organization's behalf", { exact: false }),
    ).toBeVisible();

    await answerAttendance(page, true);
    await page.getByLabel("Level of representation").selectOption({ label: "Deputy head" });
    await page.getByRole("button", { name: "Add a member" }).click();
    await page.getByLabel("Member 1: name").fill("Albert Ramdin");
    await page.getByLabel("Member 1: title").fill("Assistant Secretary General");
    await page.getByLabel("Member 1: e-mail").fill("albert.ramdin@example.org");
    await page.getByLabel("Remarks").fill("Reply received by letter on 2 March 2006.");
    await sendReply(page).click();
    await expect(page.getByRole("status")).toHaveText(
      "The reply is recorded on the organization's behalf: it attends.",
    );
    await page.reload();
    await expect(invitationBadge(page)).toHaveText("Status: Confirmed");
    await expect(stands(page, "Last reply")).toContainText("Sam Okafor");
    await expect(stands(page, "Last reply")).toContainText(
      "Entered by the secretariat on the organization's behalf.",
    );
    await expect(stands(page, "Delegation")).toHaveText("1 member");

    await page.getByRole("link", { name: "All replies" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Invitations: ${seventh}` }),
    ).toBeVisible();
    await expectCounts(page, { invited: 20, confirmed: 2, declined: 1, pending: 17, heads: 1 });
    await expect(replyStatus(page, oas)).toContainText("Confirmed");
    await expect(replyStatus(page, oas)).toContainText("entered by the secretariat");
    await expect(replyRow(page, oas).getByRole("cell").nth(2)).toHaveText("Deputy head");
    // The focal points' own replies are not marked.
    await expect(replyStatus(page, au)).toHaveText("Confirmed");
    await expect(replyStatus(page, osce)).toHaveText("Declined");
  });

  // A decline recorded by the secretariat, straight away.
  test("a decline sent straight away is recorded", async ({ page }) => {
    await openInvitations(page);
    await replyRow(page, nato).getByRole("link", { name: nato, exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Invitation of ${nato}` }),
    ).toBeVisible();
    await answerAttendance(page, false);
    await page.getByLabel("Remarks").fill("Reply received by telephone.");
    await sendReply(page).click();
    await expect(page.getByRole("status")).toHaveText(
      "The reply is recorded on the organization's behalf: it does not attend.",
    );
    await page.reload();
    await expect(invitationBadge(page)).toHaveText("Status: Declined");
  });
});
