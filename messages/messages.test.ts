import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { allActions } from "@/lib/action-registry";
import { catalogueAsWritten } from "@/lib/i18n/catalogues";
import { type Locale, locales } from "@/lib/i18n/locales";
import commonEn from "./common/en.json";
import pagesEn from "./en.json";
import formsEn from "./forms/en.json";
import lastResort from "./last-resort.json";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(root, "messages", file), "utf8"));
/** The three files of a language as the server reads them (lib/i18n/messages.ts). */
const catalogue = (locale: string): Record<string, unknown> => catalogueAsWritten(locale as Locale);
const en = { ...pagesEn, ...commonEn, ...formsEn };
const valueAt = (messages: unknown, key: string): unknown =>
  key
    .split(".")
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

type AstNode = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};

/** The argument names a message uses (plural and select branches and tags included). */
function argumentNames(ast: unknown, into = new Set<string>()): Set<string> {
  for (const node of ast as AstNode[]) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag (formatjs's AST types).
    if ([1, 2, 3, 4, 5, 6].includes(node.type) && typeof node.value === "string")
      into.add(node.value);
    for (const option of Object.values(node.options ?? {})) argumentNames(option.value, into);
    if (node.children) argumentNames(node.children, into);
  }
  return into;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("messages", () => {
  it("puts the same namespaces in each language's three files as English does, each in one", () => {
    for (const locale of locales) {
      expect(Object.keys(read(`${locale}.json`)), locale).toEqual(Object.keys(pagesEn));
      expect(Object.keys(read(`common/${locale}.json`)), locale).toEqual(Object.keys(commonEn));
      expect(Object.keys(read(`forms/${locale}.json`)), locale).toEqual(Object.keys(formsEn));
    }
    const namespaces = [pagesEn, commonEn, formsEn].flatMap((file) => Object.keys(file));
    expect(new Set(namespaces).size).toBe(namespaces.length);
  });

  for (const locale of locales.filter((l) => l !== "en")) {
    it(`${locale}: exactly the English keys, each a valid message with the English placeholders`, () => {
      expect(existsSync(path.join(root, "messages", `${locale}.json`))).toBe(true);
      const messages = catalogue(locale);
      expect(keys(messages).sort()).toEqual(keys(en).sort());
      const problems: string[] = [];
      for (const key of keys(en)) {
        const english = String(valueAt(en, key));
        const translated = valueAt(messages, key);
        if (typeof translated !== "string" || translated.trim() === "") {
          problems.push(`${key}: empty`);
          continue;
        }
        let names: Set<string>;
        try {
          names = argumentNames(new IntlMessageFormat(translated, locale).getAst());
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message}`);
          continue;
        }
        // A translation may leave an argument out (French needs no ordinal suffix), never
        // name one the application does not pass.
        const known = argumentNames(new IntlMessageFormat(english, "en").getAst());
        for (const name of names)
          if (!known.has(name)) problems.push(`${key}: unknown argument {${name}}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("no English message is empty, and each parses", () => {
    const problems = keys(en).filter((key) => {
      const value = valueAt(en, key);
      if (typeof value !== "string" || value === "") return true;
      try {
        new IntlMessageFormat(value, "en");
        return false;
      } catch {
        return true;
      }
    });
    expect(problems).toEqual([]);
  });

  it("every message is used somewhere (no key left behind)", () => {
    // A key counts as used when the code holds it (or its end, after a namespace) as a
    // string, builds it from a template's literal part (`statuses.${status}`), or ends with a
    // template's literal tail (`${key}OnBehalf`).
    const literals = new Set<string>();
    const heads = new Set<string>();
    const tails = new Set<string>();
    for (const file of [
      ...walk(path.join(root, "app")),
      ...walk(path.join(root, "lib")),
      ...walk(path.join(root, "db")),
    ]) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, "utf8"),
        ts.ScriptTarget.Latest,
        true,
        file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const visit = (node: ts.Node) => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
          literals.add(node.text);
        if (ts.isTemplateExpression(node)) {
          if (node.head.text) heads.add(node.head.text);
          for (const span of node.templateSpans)
            if (span.literal.text.length >= 4) tails.add(span.literal.text);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    const used = (key: string) => {
      const parts = key.split(".");
      for (let i = 0; i < parts.length; i++) {
        const end = parts.slice(i).join(".");
        if (literals.has(end)) return true;
        for (const head of heads) if (end.startsWith(head)) return true;
      }
      const last = parts.at(-1) ?? "";
      for (const tail of tails) if (last.endsWith(tail)) return true;
      return false;
    };
    expect(keys(en).filter((key) => !used(key))).toEqual([]);
  });

  it("no text shown to users is written in a component instead of the catalogues", () => {
    const found: string[] = [];
    for (const file of walk(path.join(root, "app")).filter((f) => f.endsWith(".tsx"))) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, "utf8"),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.TSX,
      );
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.getText()))
          found.push(`${path.relative(root, file)}: "${node.getText().trim()}"`);
        if (
          ts.isJsxAttribute(node) &&
          ["aria-label", "title", "placeholder", "alt", "label"].includes(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}/u.test(node.initializer.text)
        )
          found.push(
            `${path.relative(root, file)}: ${node.name.getText()}="${node.initializer.text}"`,
          );
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });

  it("every literal key the screens ask for exists", () => {
    const files = [...walk(path.join(root, "app")), ...walk(path.join(root, "lib"))];
    const all = new Set(keys(en));
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const namespaces = new Map<string, string>();
      for (const m of source.matchAll(
        /const (\w+) = (?:await )?(?:useTranslations|getTranslations)\("([\w.]+)"\)/g,
      )) {
        if (m[1] && m[2]) namespaces.set(m[1], m[2]);
      }
      for (const m of source.matchAll(
        /\[(\w+(?:, \w+)*)\] = await Promise\.all\(\[\s*((?:getTranslations\("[\w.]+"\),\s*|getFormatter\(\),\s*|readClock\(db\),\s*|navigationFor\(db, viewer\),\s*)+)/g,
      )) {
        const names = (m[1] ?? "").split(", ");
        const calls = [
          ...(m[2] ?? "").matchAll(
            /(getTranslations\("([\w.]+)"\)|getFormatter\(\)|readClock\(db\)|requestClock\(\)|navigationFor\(db, viewer\))/g,
          ),
        ];
        names.forEach((name, i) => {
          const ns = calls[i]?.[2];
          if (ns) namespaces.set(name, ns);
        });
      }
      for (const [fn, ns] of namespaces) {
        for (const m of source.matchAll(new RegExp(`\\b${fn}\\("([\\w.]+)"`, "g"))) {
          const key = `${ns}.${m[1]}`;
          if (!all.has(key)) missing.push(`${path.relative(root, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives the last-resort error page the catalogues' own words (app/global-error.tsx)", () => {
    for (const [locale, strings] of Object.entries(lastResort))
      expect(strings, locale).toEqual(
        Object.fromEntries(
          Object.keys(strings).map((key) => [key, valueAt(catalogue(locale), `errors.${key}`)]),
        ),
      );
  });

  it("names every action of the registry in the activity log", () => {
    const labels = Object.keys(en.activity.actions);
    const missing = allActions
      .map((a) => a.name.replaceAll(".", "_"))
      .filter((key) => !labels.includes(key));
    expect(missing).toEqual([]);
  });
});
