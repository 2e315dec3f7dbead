import { readFileSync } from "node:fs";
import path from "node:path";

// Calling a server action over HTTP, as the browser does, without a browser: for load and
// fault tests that need many concurrent calls. The action's id comes from the build's
// manifest (it changes with every build).

const root = path.resolve(import.meta.dirname, "..", "..");

export function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in the build`);
  return found[0];
}

/** The action's result from the React Server Components stream it answers with. */
export function actionResult(body: string): unknown {
  const line = body.split("\n").find((l) => /^[0-9a-f]+:\{"ok":/.test(l));
  return line ? JSON.parse(line.slice(line.indexOf(":") + 1)) : undefined;
}

export async function callServerAction(
  baseURL: string,
  {
    action,
    args,
    cookie,
    path: pagePath = "/",
  }: { action: string; args: unknown[]; cookie: string; path?: string },
): Promise<{ status: number; result: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(new URL(pagePath, baseURL), {
    method: "POST",
    headers: {
      "Next-Action": serverActionId(action),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseURL,
      Cookie: cookie,
    },
    body: JSON.stringify(args),
  });
  const body = await response.text();
  return { status: response.status, result: actionResult(body), ms: performance.now() - started };
}

/** The session cookie header of a saved Playwright storage state. */
export function cookieFromStorageState(file: string): string {
  const state = JSON.parse(readFileSync(path.resolve(root, file), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
