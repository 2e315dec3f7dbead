import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import compile from "icu-minify/compile";
import { type ComponentProps, createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { IntlProvider, type Messages, useFormatter, useLocale, useTranslations } from "./intl";

// The browser's translator (./intl.tsx): messages by namespace and key, compiled as the build
// compiles them, with their values in the language's rules; a missing one shows as its path.

const messages = {
  records: {
    count: compile("{count, plural, =0 {No record} one {# record} other {# records}}"),
    title: "Records",
  },
  planning: { warnings: { weekend: compile("{day} is a weekend day") } },
} as unknown as Messages;

function Probe({ body }: { body: () => ReactNode }) {
  return createElement("p", null, body());
}

function render(locale: string, body: () => ReactNode): string {
  return renderToString(
    createElement(
      IntlProvider,
      // The children are the third argument.
      { locale, timeZone: "Africa/Addis_Ababa", messages } as ComponentProps<typeof IntlProvider>,
      createElement(Probe, { body }),
    ),
  );
}

describe("useTranslations in the browser", () => {
  it("formats plurals and numbers in the language's rules", () => {
    const counts = (locale: string) =>
      render(locale, () => {
        const t = useTranslations("records");
        return [0, 1, 1234].map((count) => t("count", { count })).join(" | ");
      });
    expect(counts("en")).toBe("<p>No record | 1 record | 1,234 records</p>");
    expect(counts("fr")).toBe("<p>No record | 1 record | 1\u202f234 records</p>");
  });

  it("reads a namespace below another and tells which keys exist", () => {
    const html = render("en", () => {
      const t = useTranslations("planning.warnings");
      return `${t("weekend", { day: "Saturday" })} ${t.has("weekend")} ${t.has("nothing")} ${useLocale()}`;
    });
    expect(html).toBe("<p>Saturday is a weekend day true false en</p>");
  });

  it("shows a missing message as its path, and says so", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = render("en", () => useTranslations("records")("missing"));
    expect(html).toBe("<p>records.missing</p>");
    expect(error).toHaveBeenCalledWith("Missing message: records.missing (en)");
    error.mockRestore();
  });

  it("formats dates in the viewer's time zone unless told otherwise", () => {
    const at = new Date(Date.UTC(2006, 2, 1, 22, 30));
    const html = render("en", () => {
      const format = useFormatter();
      const options = { day: "numeric", month: "long" } as const;
      return `${format.dateTime(at, options)} / ${format.dateTime(at, { ...options, timeZone: "UTC" })}`;
    });
    expect(html).toBe("<p>March 2 / March 1</p>");
  });
});

describe("the browser's messages", () => {
  it("no client module reads them through next-intl, whose runtime would come to every page", () => {
    const files = readdirSync(path.join(process.cwd(), "app"), {
      recursive: true,
      encoding: "utf8",
    })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => path.join("app", file));
    const client = files.filter((file) => readFileSync(file, "utf8").startsWith('"use client"'));
    expect(client.length).toBeGreaterThan(40);
    expect(client.filter((file) => /from "next-intl"/.test(readFileSync(file, "utf8")))).toEqual(
      [],
    );
  });
});
