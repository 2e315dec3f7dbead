import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  dynamicSpecifiers,
  files,
  isClient,
  isServerActions,
  resolve,
  root,
  runtimeSpecifiers,
} from "@/tests/import-graph";

// zod and the schemas are a third of a form page's JavaScript; a form loads them when it is
// first used (useActionForm's `schema` loader), not with the page. This follows what every
// client component loads when it is evaluated and fails when zod, the zod resolver or a
// lib/<area>/schemas.ts module is among it: the value lists and limits a form renders with
// come from lib/<area>/choices.ts.

const zodPackage = (specifier: string) => specifier === "zod" || specifier.startsWith("zod/");
const isSchemas = (file: string) => /\/lib\/[^/]+\/schemas\.ts$/.test(file);
const heavyPackage = zodPackage;
const isFormStore = (file: string) => file.endsWith("/app/_components/form/form-store.ts");

/** The modules and packages evaluated with a client module, and the path to each. */
function evaluatedWith(start: string) {
  const reached = new Map<string, string[]>();
  const visit = (file: string, via: string[]) => {
    if (reached.has(file)) return;
    reached.set(file, via);
    if (isServerActions(file)) return;
    for (const specifier of runtimeSpecifiers(file)) {
      const target = resolve(file, specifier);
      if (target) visit(target, [...via, path.relative(root, target)]);
      else if (heavyPackage(specifier)) reached.set(specifier, [...via, specifier]);
    }
  };
  visit(start, [path.relative(root, start)]);
  return reached;
}

const clients = [...files.keys()].filter(isClient);

describe("what a form page loads with its first view", () => {
  it("finds the forms, and their schemas among what they load on demand", () => {
    const loadsSchemasLater = clients.filter((f) =>
      dynamicSpecifiers(f).some((s) => /^@\/lib\/[^/]+\/schemas$/.test(s)),
    );
    expect(loadsSchemasLater.length).toBeGreaterThan(20);
  });

  it("gives the sign-in page's submit button no form store and no zod (it is a plain server-action form)", () => {
    const loads = (file: string) => [...evaluatedWith(path.join(root, file)).keys()];
    // The check sees the store where a form uses it...
    expect(loads("app/_components/form/action-form.tsx").filter(isFormStore)).toHaveLength(1);
    // ...and the submit button, on every page with a plain form, loads neither.
    const button = loads("app/_components/submit-button.tsx");
    expect(button.filter((m) => isFormStore(m) || heavyPackage(m))).toEqual([]);
  });

  for (const client of clients) {
    it(`${path.relative(root, client)}: no zod and no schemas until a form is used`, () => {
      const heavy = [...evaluatedWith(client)]
        .filter(([module]) => isSchemas(module) || zodPackage(module))
        .map(([, via]) => via.join(" → "));
      expect(heavy).toEqual([]);
    });
  }
});
