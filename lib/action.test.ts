import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Database } from "@/db/client";
import { auditLog, organizations } from "@/db/schema";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { defineAction, executeAction } from "./action";
import { ValidationError } from "./errors";
import { log } from "./log";

const renameSchema = z.strictObject({ shortName: z.string(), to: z.string() });

describe("the action wrapper", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  async function headquarters(shortName: string) {
    const [row] = await database.db
      .select({ hq: organizations.headquarters })
      .from(organizations)
      .where(eq(organizations.shortName, shortName));
    return row?.hq;
  }

  it("rolls back a mutation that wrote no audit row (fails closed)", async () => {
    const forgetful = defineAction({
      name: "test.forgetful",
      schema: renameSchema,
      capability: "organization.update",
      async run({ tx, input }) {
        await tx
          .update(organizations)
          .set({ headquarters: input.to })
          .where(eq(organizations.shortName, input.shortName));
        return null;
      },
    });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await executeAction(forgetful, {
      db: database.db,
      viewer: await viewerFor(database.db, "secretariat"),
      input: { shortName: "OIC", to: "Nowhere" },
    });
    spy.mockRestore();
    expect(result).toEqual({ ok: false, code: "internal", formError: "internal" });
    expect(await headquarters("OIC")).toBe("Jeddah");
  });

  it("rolls back the change and the audit row together when the command fails after writing", async () => {
    const failing = defineAction({
      name: "test.failing",
      schema: renameSchema,
      capability: "organization.update",
      async run({ tx, input, audit }) {
        await tx
          .update(organizations)
          .set({ headquarters: input.to })
          .where(eq(organizations.shortName, input.shortName));
        await audit({ action: "test.failing", entity: "organization", entityId: "x" });
        throw new ValidationError({ to: ["invalid"] });
      },
    });
    const [before] = await database.db.select({ n: count() }).from(auditLog);
    const result = await executeAction(failing, {
      db: database.db,
      viewer: await viewerFor(database.db, "secretariat"),
      input: { shortName: "OIC", to: "Nowhere" },
    });
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { to: ["invalid"] },
    });
    expect(await headquarters("OIC")).toBe("Jeddah");
    const [after] = await database.db.select({ n: count() }).from(auditLog);
    expect(after?.n).toBe(before?.n);
  });

  it("shows a database error as a generic message, never its text", async () => {
    const broken = defineAction({
      name: "test.broken",
      schema: renameSchema,
      capability: "organization.update",
      async run({ tx, input, audit }) {
        await audit({ action: "test.broken", entity: "organization", entityId: "x" });
        // A database error that is nobody's input (a unique violation would be a field's
        // message, lib/unique-violations.ts): a check the data breaks.
        await tx
          .update(organizations)
          .set({
            headquarters: sql`repeat('x', 1) || (1 / (length(${input.shortName}) - 3))::text`,
          })
          .where(eq(organizations.shortName, input.shortName));
        return null;
      },
    });
    // Logged in full for the operators (lib/log.ts), told to the user in general terms.
    const spy = vi.spyOn(log, "error").mockImplementation(() => {});
    const result = await executeAction(broken, {
      db: database.db,
      viewer: await viewerFor(database.db, "secretariat"),
      input: { shortName: "OIC", to: "" },
    });
    expect(spy).toHaveBeenCalledWith(
      expect.objectContaining({
        err: expect.objectContaining({
          cause: expect.objectContaining({ message: "division by zero" }),
        }),
      }),
      "action failed",
    );
    spy.mockRestore();
    expect(result).toEqual({ ok: false, code: "internal", formError: "internal" });
    expect(JSON.stringify(result)).not.toContain("division");
  });
});
