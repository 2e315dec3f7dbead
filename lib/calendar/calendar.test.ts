import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { auditLog, calendarFeedTokens, closedDays, scSessions, users } from "@/db/schema";
import { executeAction, executeQuery } from "@/lib/action";
import { createTestDatabase } from "@/tests/database";
import { dayIn } from "@/tests/days";
import { viewerFor } from "@/tests/viewers";
import type { Viewer } from "../auth/permissions";
import { addClosedDay } from "./add-closed-day";
import { createCouncilMeeting } from "./create-council-meeting";
import { createFeedToken } from "./create-feed-token";
import { userForFeedToken } from "./feed-tokens";
import { importProgramme } from "./import-programme";
import { type ImportPreview, previewImport } from "./preview-import";
import { listCouncilMeetings } from "./queries";
import { revokeFeedToken } from "./revoke-feed-token";
import { MAX_IMPORT_BYTES } from "./schemas";
import { updateCouncilMeeting } from "./update-council-meeting";

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

/** The preview a secretariat gets for a file (the test fails on a refusal). */
async function previewOf(db: Db, viewer: Viewer, fileName: string, content: string) {
  const result = await executeQuery(previewImport, { db, viewer, input: { fileName, content } });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data satisfies ImportPreview;
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
    const preview = await previewOf(db, secretariat, "p.csv", programme);
    expect(preview.counts).toEqual({ new: 2, update: 0, conflict: 0, unchanged: 1, invalid: 0 });
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
      data: { fileName: "p.csv", created: 2, updated: 0, keptHandEdits: 0, unchanged: 1 },
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
      data: { fileName: "p.csv", created: 0, updated: 0, keptHandEdits: 0, unchanged: 3 },
    });
    expect(await sessions(db)).toBe(before + 2);
    expect(await audits(db)).toBe(auditsAfterFirst + 1);
  });

  it("updates a meeting the file changes (matched by its number)", async () => {
    const changed = programme.replace(
      "The situation in the Middle East,Greece,no,",
      "The situation in the Middle East,Greece,no,S/PRST/2006/40",
    );
    const preview = await previewOf(db, secretariat, "p.csv", changed);
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
    const preview = await previewOf(db, secretariat, "bad.csv", bad);
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

  it("the preview's verdict is the import's: errors, nothing in the file, nothing new", async () => {
    const allBad = [
      header,
      "2006-11-31,10:00,5601,briefing,Bad date,Japan,no,",
      "2006-11-02,25:00,5602,briefing,Bad time,Japan,no,",
      "2006-11-03,10:00,5603,briefing,Bad flag,Japan,maybe,",
    ].join("\n");
    const bad = await previewOf(db, secretariat, "all-bad.csv", allBad);
    // Not "nothing to import": three rows to fix.
    expect(bad.verdict).toEqual({ kind: "hasErrors", invalidRows: 3, writes: 0 });
    expect(
      await executeAction(importProgramme, {
        db,
        viewer: secretariat,
        input: { fileName: "all-bad.csv", content: allBad },
      }),
    ).toMatchObject({ ok: false, formError: "importHasErrors" });

    const empty = await previewOf(db, secretariat, "empty.csv", header);
    expect(empty.verdict).toEqual({ kind: "empty" });
    expect(
      await executeAction(importProgramme, {
        db,
        viewer: secretariat,
        input: { fileName: "empty.csv", content: header },
      }),
    ).toMatchObject({ ok: false, formError: "importEmpty" });

    // The open debate of 20 September 2006, exactly as the demo data holds it.
    const known = programme.split("\n").filter((line) => line === header || line.includes("5529"));
    const again = await previewOf(db, secretariat, "known.csv", known.join("\n"));
    expect(again.verdict).toEqual({ kind: "nothingNew" });
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
    expect(
      await executeQuery(previewImport, {
        db,
        viewer: focal,
        input: { fileName: "p.csv", content: programme },
      }),
    ).toEqual({ ok: false, code: "forbidden", formError: "forbidden" });
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

  it("dates Council meetings and closed days by the application's clock (1 March 2006 in the demo)", async () => {
    const created = await executeAction(createCouncilMeeting, {
      db,
      viewer: secretariat,
      input: {
        meetingDate: "2006-10-02",
        meetingTime: "10:00",
        meetingNumber: 5540,
        format: "briefing",
        title: "Stamped by the clock",
        presidency: null,
        withRegionalOrganizations: false,
        outcomeSymbol: null,
      },
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [row] = await db.select().from(scSessions).where(eq(scSessions.id, created.data.id));
    expect(dayIn(row?.createdAt, secretariat.timeZone)).toBe("2006-03-01");
    expect(dayIn(row?.updatedAt, secretariat.timeZone)).toBe("2006-03-01");
    const added = await executeAction(addClosedDay, {
      db,
      viewer: secretariat,
      input: { day: "2006-12-26", description: "Boxing Day" },
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const [day] = await db.select().from(closedDays).where(eq(closedDays.id, added.data.id));
    expect(dayIn(day?.createdAt, secretariat.timeZone)).toBe("2006-03-01");
  });

  it("gives each user one revocable calendar feed token", async () => {
    const focal = await viewerFor(db, "focalOsce");
    const first = await executeAction(createFeedToken, { db, viewer: focal, input: {} });
    if (!first.ok) throw new Error("create");
    expect(await userForFeedToken(db, first.data.token)).toBe(focal.id);
    // A credential, not a domain event: real time, not the demo's 2006.
    const [token] = await db
      .select()
      .from(calendarFeedTokens)
      .where(eq(calendarFeedTokens.userId, focal.id));
    expect(token?.createdAt.getUTCFullYear()).toBe(new Date().getUTCFullYear());
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
