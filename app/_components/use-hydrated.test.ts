import { type ComponentProps, createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConfirmStep } from "./confirm-step";
import { SubmitButton } from "./submit-button";

// In the server's HTML, before the page's script runs, the buttons that need it are disabled:
// a click there would be lost, or send the form natively with its fields in the address. (The
// Playwright suite, which clicks them all, shows them enabled once the page is hydrated.)

describe("buttons before hydration", () => {
  it("a form's submit button is disabled in the server's HTML", () => {
    const html = renderToString(
      createElement(
        "form",
        null,
        // The children are the third argument.
        createElement(
          SubmitButton,
          { pendingLabel: "Saving…" } as ComponentProps<typeof SubmitButton>,
          "Save",
        ),
      ),
    );
    expect(html).toMatch(/<button type="submit"[^>]* disabled=""[^>]*>Save<\/button>/);
  });

  it("a step that asks first is disabled in the server's HTML", () => {
    const html = renderToString(
      createElement(ConfirmStep, {
        label: "Issue the agenda",
        question: "Issue it?",
        confirmLabel: "Yes",
        cancelLabel: "No",
        pending: false,
        onConfirm: () => {},
      }),
    );
    expect(html).toMatch(/<button type="button"[^>]* disabled=""[^>]*>Issue the agenda<\/button>/);
  });
});
