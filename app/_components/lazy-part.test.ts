import { type ComponentProps, createElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { catalogueAsWritten } from "@/lib/i18n/catalogues";
import { IntlProvider, type Messages } from "./intl";
import { lazyPart } from "./lazy-part";

// A part of a page loaded where it shows (lazyPart): rendered with its props once its code is
// there; when the code cannot be fetched, the part says so instead of taking the page down.

async function html(element: ReturnType<typeof createElement>): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    createElement(
      IntlProvider,
      // The children are the third argument. (The messages it uses have no argument: as
      // written, they read as compiled.)
      {
        locale: "en",
        timeZone: "UTC",
        messages: catalogueAsWritten("en") as unknown as Messages,
      } as ComponentProps<typeof IntlProvider>,
      element,
    ),
  );
  let text = "";
  for await (const chunk of prelude) text += chunk.toString();
  return text;
}

describe("lazyPart", () => {
  it("renders the part with its props once loaded", async () => {
    const Greeting = lazyPart(
      async () =>
        ({ name }: { name: string }) =>
          createElement("p", null, `Hello ${name}`),
    );
    expect(await html(createElement(Greeting, { name: "AU" }))).toContain("<p>Hello AU</p>");
  });

  it("says the part could not be loaded when its code cannot be fetched", async () => {
    const Broken = lazyPart<{ name: string }>(() => Promise.reject(new Error("chunk failed")));
    const text = await html(createElement(Broken, { name: "AU" }));
    expect(text).toContain('role="alert"');
    expect(text).toContain("This part of the page could not be loaded");
  });
});
