import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseInUseError, openPglite } from "./client";

describe("the embedded database's folder", () => {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "concordia-lock-")), "pglite");
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it("is held by one process at a time: a second opener gets a clear error", async () => {
    const first = await openPglite({ dir });
    const second = openPglite({ dir, waitForLock: false });
    await expect(second).rejects.toBeInstanceOf(DatabaseInUseError);
    await expect(second).rejects.toThrow(/in use by another process/);
    await first.close();
    // Once closed, the folder can be opened again.
    const again = await openPglite({ dir });
    await again.close();
  });
});
