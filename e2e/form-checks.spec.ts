import { expect, test } from "./fixtures";
import { storageStateFor } from "./global-setup";

// A form's checks (zod and the area's schemas) arrive when the form is first used, not with the
// page (app/_components/form/use-action-form.ts). When they cannot be loaded (the connection
// dropped after the page came), the form says so and sends nothing; the next try loads them.

test.use({ storageState: storageStateFor("secretariat") });

test("a form whose checks cannot be loaded says so, sends nothing, and checks on the next try", async ({
  page,
}) => {
  await page.goto("/tasks/new");
  await expect(page.getByRole("heading", { level: 1, name: "Assign a task" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  // From here on the browser can fetch no more scripts (and no server action gets through).
  let actionCalls = 0;
  await page.route("**/_next/static/chunks/**", (route) => route.abort("internetdisconnected"));
  await page.route("**/tasks/new", (route) => {
    if (route.request().method() === "POST") actionCalls += 1;
    return route.continue();
  });
  const title = page.getByRole("textbox", { name: "Title" });
  await title.fill("Collect the focal points' comments");
  await page.getByRole("button", { name: "Assign the task" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "The form’s checks could not be loaded",
  );
  await expect(page).toHaveURL(/\/tasks\/new$/);
  expect(actionCalls).toBe(0);

  // The connection is back: the same click now runs the checks, which find what is missing.
  await page.unroute("**/_next/static/chunks/**");
  await page.getByRole("button", { name: "Assign the task" }).click();
  await expect(page.getByText("Choose one of the options.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  expect(actionCalls).toBe(0);
});
