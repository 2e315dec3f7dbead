import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allActions } from "@/lib/action-registry";
import en from "./en.json";
import fr from "./fr.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("messages", () => {
  it("French has exactly the English keys", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it("no message is empty", () => {
    const empty = [...keys(en), ...keys(fr)].filter((key) => {
      const value = key
        .split(".")
        .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], en);
      return value === "";
    });
    expect(empty).toEqual([]);
  });

  it("every literal key the screens ask for exists", () => {
    const root = path.resolve(import.meta.dirname, "..");
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
            /(getTranslations\("([\w.]+)"\)|getFormatter\(\)|readClock\(db\)|navigationFor\(db, viewer\))/g,
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

  it("names every action of the registry in the activity log", () => {
    const labels = Object.keys(en.activity.actions);
    const missing = allActions
      .map((a) => a.name.replaceAll(".", "_"))
      .filter((key) => !labels.includes(key));
    expect(missing).toEqual([]);
  });
});
