import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { auditLog, scSessions, users } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import type { Viewer } from "../auth/permissions";
import { createCouncilMeeting, updateCouncilMeeting } from "./council-meetings";
import { createFeedToken, revokeFeedToken, userForFeedToken } from "./feed";
import { importProgramme, previewImport } from "./import-programme";
import { listCouncilMeetings } from "./queries";
import { MAX_IMPORT_BYTES } from "./schemas";

const header =
  "date,time,meeting_number,format,title,presidency,with_regional_organizations,outcome_symbol";
const programme = [
  header,
  "2006-09-19,10:00,5527,briefing,The situation in the Middle East,Greece,no,",
  "2006-09-21,15:00,,consultations,Consultations on Lebanon,Greece,no,",
  "2006-09-20,10:00,5529,open debate,Cooperation between the United Nations and regional organizations in maintaining international peace and security,Greece,yes,",
].join("\n");

async function sessions(db: Db) {
  const [row] = await db.select({ n: count() }).from(scSessions);
  return row?.n ?? 0;
}
async function audits(db: Db) {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
}

describe("the Council calendar", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
  });
  afterAll(async () => database.close());

  it("previews an import without writing, matching existing meetings", async () => {
    const before = await sessions(db);
    const preview = await previewImport(db, secretariat, { fileName: "p.csv", content: programme });
    expect(preview.counts).toEqual({ new: 2, update: 0, unchanged: 1, invalid: 0 });
    expect(preview.rows.map((r) => r.status)).toEqual(["new", "new", "unchanged"]);
    expect(await sessions(db)).toBe(before);
  });

  it("imports a good file once: a second import adds nothing", async () => {
    const before = await sessions(db);
    const first = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: { fileName: "p.csv", content: programme },
    });
    expect(first).toEqual({
      ok: true,
      data: { fileName: "p.csv", created: 2, updated: 0, unchanged: 1 },
    });
    expect(await sessions(db)).toBe(before + 2);
    const auditsAfterFirst = await audits(db);
    const second = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: { fileName: "p.csv", content: programme },
    });
    expect(second).toEqual({
      ok: true,
      data: { fileName: "p.csv", created: 0, updated: 0, unchanged: 3 },
    });
    expect(await sessions(db)).toBe(before + 2);
    expect(await audits(db)).toBe(auditsAfterFirst + 1);
  });

  it("updates a meeting the file changes (matched by its number)", async () => {
    const changed = programme.replace(
      "The situation in the Middle East,Greece,no,",
      "The situation in the Middle East,Greece,no,S/PRST/2006/40",
    );
    const preview = await previewImport(db, secretariat, { fileName: "p.csv", content: changed });
    expect(preview.counts).toMatchObject({ update: 1, unchanged: 2 });
    const result = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: { fileName: "p.csv", content: changed },
    });
    expect(result).toMatchObject({ ok: true, data: { updated: 1 } });
    const [row] = await db.select().from(scSessions).where(eq(scSessions.meetingNumber, 5527));
    expect(row).toMatchObject({
      outcomeSymbol: "S/PRST/2006/40",
      version: 2,
      source: "import: p.csv",
    });
  });

  it("writes nothing when any row is bad", async () => {
    const before = await sessions(db);
    const auditsBefore = await audits(db);
    const bad = `${header}\n2006-11-01,10:00,5600,briefing,Good row,Japan,no,\n2006-11-31,10:00,5601,briefing,Bad date,Japan,no,`;
    const preview = await previewImport(db, secretariat, { fileName: "bad.csv", content: bad });
    expect(preview.errors).toEqual([{ line: 3, field: "meetingDate", reason: "date" }]);
    const result = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: { fileName: "bad.csv", content: bad },
    });
    expect(result).toMatchObject({ ok: false, code: "validation", formError: "importHasErrors" });
    expect(await sessions(db)).toBe(before);
    expect(await audits(db)).toBe(auditsBefore);
  });

  it("refuses a file over the size limit with a clear reason", async () => {
    const huge = `${header}\n${"x".repeat(MAX_IMPORT_BYTES)}`;
    const result = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: { fileName: "huge.csv", content: huge },
    });
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { content: ["fileTooLarge"] },
    });
  });

  it("a focal point can read the calendar but neither preview nor import", async () => {
    const focal = await viewerFor(db, "focalAu");
    await expect(
      previewImport(db, focal, { fileName: "p.csv", content: programme }),
    ).rejects.toThrow();
    const result = await executeAction(importProgramme, {
      db,
      viewer: focal,
      input: { fileName: "p.csv", content: programme },
    });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    const list = await listCouncilMeetings(db, focal, { month: "2006-09" });
    expect(list.rows.map((r) => r.meetingNumber)).toEqual([null, 5529, 5527]);
    const regional = await listCouncilMeetings(db, focal, { regional: true });
    expect(regional.rows.every((r) => r.withRegionalOrganizations)).toBe(true);
    expect(regional.total).toBe(4);
  });

  it("refuses a second Council meeting with the same number, and a stale edit", async () => {
    const input = {
      meetingDate: "2006-09-25",
      meetingTime: "10:00",
      meetingNumber: 5529,
      format: "briefing",
      title: "Another",
      presidency: null,
      withRegionalOrganizations: false,
      outcomeSymbol: null,
    };
    expect(
      await executeAction(createCouncilMeeting, { db, viewer: secretariat, input }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { meetingNumber: ["taken"] },
    });
    const [row] = await db.select().from(scSessions).where(eq(scSessions.meetingNumber, 5527));
    if (!row) throw new Error("row");
    const edit = {
      ...input,
      meetingNumber: 5527,
      title: row.title,
      id: row.id,
      version: row.version,
    };
    expect(
      await executeAction(updateCouncilMeeting, { db, viewer: secretariat, input: edit }),
    ).toMatchObject({ ok: true });
    expect(
      await executeAction(updateCouncilMeeting, {
        db,
        viewer: secretariat,
        input: { ...edit, presidency: "Japan" },
      }),
    ).toMatchObject({
      ok: false,
      code: "conflict",
      current: expect.objectContaining({ meetingDate: "2006-09-25", meetingTime: "10:00" }),
    });
  });

  it("gives each user one revocable calendar feed token", async () => {
    const focal = await viewerFor(db, "focalOsce");
    const first = await executeAction(createFeedToken, { db, viewer: focal, input: {} });
    if (!first.ok) throw new Error("create");
    expect(await userForFeedToken(db, first.data.token)).toBe(focal.id);
    const second = await executeAction(createFeedToken, { db, viewer: focal, input: {} });
    if (!second.ok) throw new Error("create");
    expect(await userForFeedToken(db, first.data.token)).toBeNull();
    expect(await userForFeedToken(db, second.data.token)).toBe(focal.id);
    await db.update(users).set({ active: false }).where(eq(users.id, focal.id));
    expect(await userForFeedToken(db, second.data.token)).toBeNull();
    await db.update(users).set({ active: true }).where(eq(users.id, focal.id));
    expect(await executeAction(revokeFeedToken, { db, viewer: focal, input: {} })).toMatchObject({
      ok: true,
      data: { revoked: 1 },
    });
    expect(await userForFeedToken(db, second.data.token)).toBeNull();
    expect(await userForFeedToken(db, "short")).toBeNull();
  });
});
