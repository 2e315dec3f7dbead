import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { bodies } from "@/db/schema";
import type { Viewer } from "@/lib/auth/permissions";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { BODY_PAGE_SIZE, listBodies } from "./queries";

// The Bodies page on years of task forces: the open ones by default, the closed on request,
// found by part of the name, a page at a time.

describe("the list of bodies", () => {
  let database: Database;
  let viewer: Viewer;
  const today = "2006-03-01";

  beforeAll(async () => {
    database = await createTestDatabase();
    viewer = await viewerFor(database.db, "focalAu");
    await database.db.insert(bodies).values(
      Array.from({ length: BODY_PAGE_SIZE + 10 }, (_, i) => ({
        kind: "working_group" as const,
        name: `Task force ${i + 1} on regional cooperation`,
        slug: `task-force-${i + 1}`,
        activeFrom: "2004-01-15",
        // Every fifth closed before today.
        activeTo: i % 5 === 0 ? "2005-12-31" : null,
      })),
    );
    await database.db
      .update(bodies)
      .set({ activeTo: "2006-02-28" })
      .where(eq(bodies.slug, "wg-disarmament"));
  });
  afterAll(async () => database.close());

  it("shows the open bodies a page at a time, the closed ones apart", async () => {
    const open = await listBodies(database.db, viewer, { today });
    // The demo's seven less the closed disarmament group, and four fifths of the sixty.
    expect(open.total).toBe(6 + 48);
    expect(open.rows).toHaveLength(BODY_PAGE_SIZE);
    const second = await listBodies(database.db, viewer, { today, page: 2 });
    expect(second.rows).toHaveLength(open.total - BODY_PAGE_SIZE);
    const seen = [...open.rows, ...second.rows].map((b) => b.id);
    expect(new Set(seen).size).toBe(open.total);

    const closed = await listBodies(database.db, viewer, { today, closed: true });
    expect(closed.total).toBe(1 + 12);
    expect(closed.rows.map((b) => b.name)).toContain("Working Group on Disarmament");
    for (const b of closed.rows) expect(b.activeTo && b.activeTo <= today).toBeTruthy();
  });

  it("finds bodies by part of the name, whatever the case, wildcards taken literally", async () => {
    const found = await listBodies(database.db, viewer, { today, name: "PEACEKEEP" });
    expect(found.rows.map((b) => b.name)).toEqual(["Working Group on Peacekeeping"]);
    const closedOne = await listBodies(database.db, viewer, {
      today,
      closed: true,
      name: "disarmament",
    });
    expect(closedOne.total).toBe(1);
    expect((await listBodies(database.db, viewer, { today, name: "%" })).total).toBe(0);
  });
});
