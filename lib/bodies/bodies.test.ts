import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import {
  bodies,
  bodyMandateVersions,
  bodyMembers,
  memberships,
  organizations,
  tasks,
  users,
} from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { updateTaskProgress } from "@/lib/tasks/update-task-progress";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import type { Viewer } from "../auth/permissions";
import { appointChair } from "./appoint-chair";
import { createBody } from "./create-body";
import { getBody } from "./queries";
import { removeChair } from "./remove-chair";
import { setMembers } from "./set-members";
import { updateBody } from "./update-body";

describe("the standing committee and the working groups", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let bodyId = "";
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
  });
  afterAll(async () => database.close());

  it("sets up a working group; a second with the same name is refused", async () => {
    const input = {
      kind: "working_group",
      name: "Working Group on Disaster Risk Reduction",
      mandate: "Disaster relief and risk reduction (para. 5).",
      activeFrom: "2006-03-01",
    };
    const result = await executeAction(createBody, { db, viewer: secretariat, input });
    if (!result.ok) throw new Error(JSON.stringify(result));
    bodyId = result.data.id;
    const [row] = await db.select().from(bodies).where(eq(bodies.id, bodyId));
    expect(row?.slug).toBe("working-group-on-disaster-risk-reduction");
    expect(
      await executeAction(createBody, {
        db,
        viewer: secretariat,
        input: { ...input, name: input.name.toUpperCase() },
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: ["taken"] },
    });
  });

  it("keeps the agreed mandate when it is revised, and refuses a stale revision", async () => {
    const body = await getBody(db, secretariat, bodyId);
    const revised = await executeAction(updateBody, {
      db,
      viewer: secretariat,
      input: {
        id: bodyId,
        version: body.version,
        name: body.name,
        mandate: "Revised terms of reference.",
        activeFrom: "2006-03-01",
        activeTo: null,
      },
    });
    expect(revised).toMatchObject({ ok: true, data: { version: 2 } });
    const after = await getBody(db, secretariat, bodyId);
    expect(after.mandate).toBe("Revised terms of reference.");
    expect(after.mandateVersions.map((v) => [v.version, v.text])).toEqual([
      [2, "Revised terms of reference."],
      [1, "Disaster relief and risk reduction (para. 5)."],
    ]);
    const stale = await executeAction(updateBody, {
      db,
      viewer: secretariat,
      input: {
        id: bodyId,
        version: 1,
        name: body.name,
        mandate: "Other",
        activeFrom: null,
        activeTo: null,
      },
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
  });

  it("appointing a chair gives the rights at once; removing the chair takes them away at once", async () => {
    const appointed = await executeAction(appointChair, {
      db,
      viewer: secretariat,
      input: { bodyId, name: "Keiko Tanaka", email: "keiko.tanaka@example.org", jobTitle: null },
    });
    if (!appointed.ok) throw new Error("appoint");
    const [task] = await db
      .insert(tasks)
      .values({ title: "Draft a cooperation framework", bodyId })
      .returning();
    const chair = await loadViewer(db, appointed.data.userId);
    expect(
      await executeAction(updateTaskProgress, {
        db,
        viewer: chair,
        input: {
          taskId: task?.id,
          version: 1,
          status: "in_progress",
          progress: 10,
          note: "Started",
        },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await executeAction(appointChair, {
        db,
        viewer: secretariat,
        input: { bodyId, name: "Keiko Tanaka", email: "keiko.tanaka@example.org", jobTitle: null },
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { email: ["alreadyChair"] },
    });
    expect(
      await executeAction(removeChair, {
        db,
        viewer: secretariat,
        input: { bodyId, userId: appointed.data.userId },
      }),
    ).toMatchObject({ ok: true });
    const removed = await loadViewer(db, appointed.data.userId);
    expect(
      await executeAction(updateTaskProgress, {
        db,
        viewer: removed,
        input: {
          taskId: task?.id,
          version: 2,
          status: "in_progress",
          progress: 20,
          note: "Still?",
        },
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    const [account] = await db.select().from(users).where(eq(users.id, appointed.data.userId));
    expect(account?.passwordHash).toBeNull();
  });

  it("sets the member organizations, with a version check", async () => {
    const body = await getBody(db, secretariat, bodyId);
    const orgs = await db.select({ id: organizations.id }).from(organizations).limit(3);
    const result = await executeAction(setMembers, {
      db,
      viewer: secretariat,
      input: { bodyId, version: body.version, organizationIds: orgs.map((o) => o.id) },
    });
    expect(result).toMatchObject({ ok: true, data: { members: 3 } });
    expect((await getBody(db, secretariat, bodyId)).members).toHaveLength(3);
    expect(
      await executeAction(setMembers, {
        db,
        viewer: secretariat,
        input: { bodyId, version: body.version, organizationIds: [] },
      }),
    ).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("dates what happens to a body on the demo's day, 1 March 2006, not the server's", async () => {
    const day = (instant: Date | undefined) =>
      instant
        ? new Intl.DateTimeFormat("en-CA", {
            timeZone: secretariat.timeZone,
            year: "numeric",
            month: "2-digit",
            day: "2-digit",
          }).format(instant)
        : "missing";
    const [body] = await db.select().from(bodies).where(eq(bodies.id, bodyId));
    expect(day(body?.createdAt)).toBe("2006-03-01");
    expect(day(body?.updatedAt)).toBe("2006-03-01");
    const versions = await db
      .select()
      .from(bodyMandateVersions)
      .where(eq(bodyMandateVersions.bodyId, bodyId));
    expect(versions.map((v) => day(v.createdAt))).toEqual(["2006-03-01", "2006-03-01"]);
    const members = await db.select().from(bodyMembers).where(eq(bodyMembers.bodyId, bodyId));
    expect(members.map((m) => day(m.joinedAt))).toEqual(["2006-03-01", "2006-03-01", "2006-03-01"]);
    const appointed = await executeAction(appointChair, {
      db,
      viewer: secretariat,
      input: { bodyId, name: "Lena Vogt", email: "lena.vogt@example.org", jobTitle: null },
    });
    if (!appointed.ok) throw new Error(JSON.stringify(appointed));
    const [chair] = await db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, appointed.data.userId));
    expect(day(chair?.createdAt)).toBe("2006-03-01");
  });

  it("keeps the day a member joined when the members are set again", async () => {
    const before = await db.select().from(bodyMembers).where(eq(bodyMembers.bodyId, bodyId));
    const kept = before[0];
    if (!kept) throw new Error("no member");
    const body = await getBody(db, secretariat, bodyId);
    const result = await executeAction(setMembers, {
      db,
      viewer: secretariat,
      input: { bodyId, version: body.version, organizationIds: [kept.organizationId] },
    });
    expect(result).toMatchObject({ ok: true, data: { members: 1 } });
    const after = await db.select().from(bodyMembers).where(eq(bodyMembers.bodyId, bodyId));
    expect(after).toEqual([kept]);
  });
});
