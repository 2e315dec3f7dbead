import { test as base } from "@playwright/test";
import type { Db } from "../db/client";
import { actAs, withDb } from "./support/act";
import { createDatabase, dropDatabase, type Server, startServer } from "./support/servers";

// Every spec imports `test` and `expect` from here. The first test of each spec file starts
// that file's server on a fresh clone of the demo database; the file's tests share it (they
// may be steps of one story), and the next file starts from scratch again.

type FileWorld = {
  file: string;
  server: Server;
  database: string;
  /** Runs `work` once per spec file (e.g. from a beforeEach): what the file's story starts from. */
  once: (key: string, work: () => Promise<void>) => Promise<void>;
  /** Runs a command of the application as the user with this e-mail (lib/action-registry.ts). */
  act: (email: string, action: string, input: Record<string, unknown>) => Promise<unknown>;
  /** Direct access to the spec file's database, for reading what a step left behind. */
  db: <T>(work: (db: Db) => Promise<T>) => Promise<T>;
};

type WorkerFixtures = {
  worlds: { current: FileWorld | null; started: number };
};
type TestFixtures = {
  /** The spec file's own server and database. */
  world: FileWorld;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  worlds: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const holder: WorkerFixtures["worlds"] = { current: null, started: 0 };
      await use(holder);
      if (holder.current) {
        await holder.current.server.stop();
        await dropDatabase(holder.current.database);
      }
    },
    { scope: "worker" },
  ],
  world: async ({ worlds }, use, testInfo) => {
    if (worlds.current?.file !== testInfo.file) {
      if (worlds.current) {
        await worlds.current.server.stop();
        await dropDatabase(worlds.current.database);
        worlds.current = null;
      }
      const run = process.env.E2E_RUN;
      const template = process.env.E2E_TEMPLATE;
      if (!run || !template) throw new Error("the e2e global setup did not run");
      worlds.started += 1;
      const database = `${run}_w${testInfo.parallelIndex}_${worlds.started}`;
      await createDatabase(database, template);
      const server = await startServer({ database });
      const done = new Set<string>();
      worlds.current = {
        file: testInfo.file,
        server,
        database,
        once: async (key, work) => {
          if (done.has(key)) return;
          await work();
          done.add(key);
        },
        act: (email, action, input) => actAs(server.databaseUrl, email, action, input),
        db: (work) => withDb(server.databaseUrl, work),
      };
    }
    await use(worlds.current);
  },
  baseURL: async ({ world }, use) => {
    await use(world.server.url);
  },
});

export { expect } from "@playwright/test";
