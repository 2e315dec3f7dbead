import path from "node:path";
import { describe, expect, it } from "vitest";
import common from "@/messages/common/en.json";
import {
  dynamicSpecifiers,
  files,
  isClient,
  resolve,
  root,
  runtimeSpecifiers,
} from "@/tests/import-graph";

// The browser gets the common messages on every page and, beyond them, only the namespaces a
// page names in <PageMessages namespaces={[...]}> (app/_components/page-messages.tsx). A client
// component whose namespace the page does not send would show its message keys instead of
// text. This follows every route file's imports on the server side to the client components
// it renders, collects the useTranslations namespaces of those and of everything they import,
// and compares them with what the route's server modules declare: none missing, none extra.

const commonNamespaces = new Set(Object.keys(common));

const importsOf = (file: string): string[] =>
  [...runtimeSpecifiers(file), ...dynamicSpecifiers(file)]
    .map((specifier) => resolve(file, specifier))
    .filter((f): f is string => f !== null);

/** The namespaces a client module and everything it imports read with useTranslations. */
function clientNamespaces(file: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(file)) return found;
  seen.add(file);
  for (const m of (files.get(file) ?? "").matchAll(/useTranslations\(\s*"([^".]+)[^"]*"\s*\)/g))
    found.add(m[1] ?? "");
  for (const imported of importsOf(file))
    for (const namespace of clientNamespaces(imported, seen)) found.add(namespace);
  return found;
}

/** What a route file's server modules render on the client and declare for it. */
function routeNeeds(route: string) {
  const needed = new Map<string, string[]>();
  const declared = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (isClient(file)) {
      for (const namespace of clientNamespaces(file))
        if (!commonNamespaces.has(namespace))
          needed.set(namespace, [...(needed.get(namespace) ?? []), path.relative(root, file)]);
      return;
    }
    const source = files.get(file) ?? "";
    for (const m of source.matchAll(/<PageMessages\s+namespaces=\{\[([^\]]*)\]\}/g))
      for (const name of (m[1] ?? "").matchAll(/"([^"]+)"/g)) declared.add(name[1] ?? "");
    for (const imported of importsOf(file)) visit(imported);
  };
  visit(route);
  return { needed, declared };
}

/**
 * The places in a page file where a component is rendered that leads to client components
 * reading page namespaces, outside every <PageMessages> element of the file.
 */
function unwrapped(route: string): string[] {
  const source = files.get(route) ?? "";
  const wrapped: [number, number][] = [];
  for (const open of source.matchAll(/<PageMessages\b/g)) {
    const close = source.indexOf("</PageMessages>", open.index);
    wrapped.push([open.index, close < 0 ? source.length : close]);
  }
  const found: string[] = [];
  for (const m of source.matchAll(/^import\s+(?!type\s)([^;]*?)\s+from\s+"([^"]+)";/gm)) {
    const target = resolve(route, m[2] ?? "");
    if (!target || routeNeeds(target).needed.size === 0) continue;
    const names = (m[1] ?? "")
      .replace(/[{}]/g, "")
      .split(",")
      .map(
        (n) =>
          n
            .trim()
            .split(/\s+as\s+/)
            .pop() ?? "",
      )
      .filter((n) => /^[A-Z]\w*$/.test(n));
    for (const name of names)
      for (const use of source.matchAll(new RegExp(`<${name}\\b`, "g")))
        if (!wrapped.some(([from, to]) => use.index > from && use.index < to))
          found.push(`<${name}> at character ${use.index}`);
  }
  return found;
}

const routes = [...files.keys()].filter(
  (f) =>
    f.startsWith(path.join(root, "app")) &&
    /\/(page|layout|template|loading|error|not-found|global-error)\.tsx$/.test(f),
);

describe("the messages each page sends its client components", () => {
  it("finds the route files and the client components", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect([...files.keys()].filter(isClient).length).toBeGreaterThan(40);
  });

  for (const route of routes) {
    it(`${path.relative(root, route)}: sends exactly the namespaces its client components read`, () => {
      const { needed, declared } = routeNeeds(route);
      const missing = [...needed]
        .filter(([n]) => !declared.has(n))
        .map(([n, by]) => `${n} (${by.join(", ")})`);
      const extra = [...declared].filter((n) => !needed.has(n));
      // And inside the element that sends them, not only somewhere in the file.
      expect(unwrapped(route)).toEqual([]);
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
  }
});
