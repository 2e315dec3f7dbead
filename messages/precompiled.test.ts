import compile from "icu-minify/compile";
import { IntlMessageFormat } from "intl-messageformat";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import formatPrecompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { catalogueAsWritten } from "@/lib/i18n/catalogues";
import { formatMessage } from "@/lib/i18n/format-message";
import { type Locale, locales } from "@/lib/i18n/locales";

// The built application formats messages that next-intl compiled at build time (next.config.ts,
// experimental.messages.precompile: no ICU parser in the browser). The tests and scripts format
// the same catalogues with the full ICU implementation. This proves the two agree on every
// message of every catalogue, for each plural category and select branch the message has, as
// the server reads them (next-intl's formatter) and as the browser does (lib/i18n/format-message.ts).

const catalogue = (locale: Locale): Record<string, unknown> => catalogueAsWritten(locale);

function entries(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    entries(v, prefix ? `${prefix}.${k}` : k),
  );
}

type AstNode = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};
type Kind = "text" | "number" | "date" | "select" | "tag";

/** Each argument of a message and what it takes (formatjs's AST node types). */
function argumentsOf(ast: AstNode[], into = new Map<string, Kind | string[]>()) {
  for (const node of ast) {
    const name = String(node.value);
    if (node.type === 1) into.set(name, into.get(name) ?? "text");
    if (node.type === 2 || node.type === 6) into.set(name, "number");
    if (node.type === 3 || node.type === 4) into.set(name, "date");
    if (node.type === 5) into.set(name, Object.keys(node.options ?? {}));
    if (node.type === 8) into.set(name, "tag");
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, into);
    if (node.children) argumentsOf(node.children, into);
  }
  return into;
}

const numbers = [0, 1, 2, 3, 5, 11, 21, 102, 1234.5];
const instant = new Date(Date.UTC(2006, 2, 1, 14, 30));

/** Sample values: every number for the plurals, every branch of each select. */
function samples(args: Map<string, Kind | string[]>): Record<string, unknown>[] {
  const selects = [...args.values()].filter(Array.isArray) as string[][];
  const rounds = Math.max(numbers.length, ...selects.map((s) => s.length + 1));
  return Array.from({ length: rounds }, (_, round) =>
    Object.fromEntries(
      [...args].map(([name, kind]) => {
        if (Array.isArray(kind)) return [name, kind[round % kind.length] ?? "other"];
        if (kind === "number") return [name, numbers[round % numbers.length]];
        if (kind === "date") return [name, instant];
        if (kind === "tag") return [name, (chunks: unknown[]) => `<${name}>${chunks.join("")}</>`];
        return [name, `«${name}»`];
      }),
    ),
  );
}

const flatten = (value: unknown): string =>
  Array.isArray(value) ? value.map(flatten).join("") : String(value);

describe("precompiled messages", () => {
  for (const locale of locales) {
    it(`${locale}: every message reads the same precompiled as parsed`, () => {
      const messages = catalogue(locale);
      const full = createTranslator({ locale, messages, timeZone: "UTC" });
      const formatters = _createIntlFormatters(_createCache());
      const differences: string[] = [];
      let checked = 0;
      for (const [key, message] of entries(messages)) {
        const args = argumentsOf(new IntlMessageFormat(message, locale).getAst() as AstNode[]);
        const compiled = compile(message);
        for (const values of args.size ? samples(args) : [{}]) {
          const expected = flatten(
            [...args.values()].includes("tag")
              ? full.rich(key as never, values as never)
              : full(key as never, values as never),
          );
          const actual = flatten(
            formatPrecompiled(
              key,
              compiled as never,
              values as never,
              {
                locale,
                timeZone: "UTC",
                formatters,
              } as never,
            ),
          );
          const inBrowser = formatMessage(compiled, locale, "UTC", values as never);
          checked += 1;
          if (actual !== expected)
            differences.push(`${key} ${JSON.stringify(values)}: ${actual} ≠ ${expected}`);
          if (inBrowser !== expected)
            differences.push(
              `${key} ${JSON.stringify(values)} (browser): ${inBrowser} ≠ ${expected}`,
            );
        }
      }
      expect(differences).toEqual([]);
      expect(checked).toBeGreaterThan(entries(messages).length);
    });
  }
});
