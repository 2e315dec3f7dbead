import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The project's own modules and what each imports, read from the source (for the tests that
// check what reaches the browser: app/page-messages.test.ts, app/form-schemas.test.ts).

export const root = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

export const files = new Map<string, string>(
  ["app", "lib", "db"]
    .flatMap((dir) => sources(path.join(root, dir)))
    .map((f) => [f, readFileSync(f, "utf8")]),
);

/** A specifier as a project file, or null for a package (or a file this map does not hold). */
export function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
  ])
    if (files.has(candidate)) return candidate;
  return null;
}

/** The specifiers a module loads when it is evaluated (type-only imports are erased). */
export function runtimeSpecifiers(file: string): string[] {
  const source = files.get(file) ?? "";
  return [
    ...source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;"]*?\sfrom\s+)?"([^"]+)";/gm),
  ].map((m) => m[1] ?? "");
}

/** The specifiers a module loads on demand, with import("..."). */
export function dynamicSpecifiers(file: string): string[] {
  const source = files.get(file) ?? "";
  return [...source.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? "");
}

export const isClient = (file: string): boolean => /^\s*"use client"/.test(files.get(file) ?? "");

/** A server-action module: the browser gets references to its functions, none of its code. */
export const isServerActions = (file: string): boolean =>
  /^\s*"use server"/.test(files.get(file) ?? "");
