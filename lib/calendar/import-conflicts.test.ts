import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { auditLog, scSessions } from "@/db/schema";
import { executeAction, executeQuery } from "@/lib/action";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import type { Viewer } from "../auth/permissions";
import { importProgramme } from "./import-programme";
import { previewImport } from "./preview-import";
import { updateCouncilMeeting } from "./update-council-meeting";

// Importing with care (issue 12): a Council meeting edited by hand since its last import is a
// conflict in the preview and keeps its hand edit unless the secretariat overwrites it; an
// import checks the calendar did not change since its preview; the audit keeps before/after.

const header =
  "date,time,meeting_number,format,title,presidency,with_regional_organizations,outcome_symbol";
const file = (title: string) =>
  [header, `2006-10-17,10:00,5555,debate,${title},Japan,yes,`].join("\n");

describe("importing the programme over hand edits", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
  });
  afterAll(async () => database.close());

  const preview = async (content: string) => {
    const result = await executeQuery(previewImport, {
      db,
      viewer: secretariat,
      input: { fileName: "p.csv", content },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data;
  };
  const row = async () => {
    const [r] = await db.select().from(scSessions).where(eq(scSessions.meetingNumber, 5555));
    if (!r) throw new Error("5555");
    return r;
  };

  it("keeps a hand edit, shows it as a conflict, and overwrites only when asked", async () => {
    const first = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: { fileName: "p.csv", content: file("Regional organizations and peacekeeping") },
    });
    expect(first).toMatchObject({ ok: true, data: { created: 1 } });

    // A file changing it, before any hand edit: a plain update.
    expect((await preview(file("Regional organizations and peace"))).rows[0]?.status).toBe(
      "update",
    );

    // The secretariat corrects the title by hand.
    const stored = await row();
    expect(
      await executeAction(updateCouncilMeeting, {
        db,
        viewer: secretariat,
        input: {
          id: stored.id,
          version: stored.version,
          meetingDate: "2006-10-17",
          meetingTime: "10:00",
          meetingNumber: 5555,
          format: "debate",
          title: "Cooperation with regional organizations (corrected)",
          presidency: "Japan",
          withRegionalOrganizations: true,
          outcomeSymbol: null,
        },
      }),
    ).toMatchObject({ ok: true });

    // The same programme again: a conflict, shown with the values in the calendar now.
    const shown = await preview(file("Regional organizations and peace"));
    expect(shown.rows[0]).toMatchObject({
      status: "conflict",
      existing: { title: "Cooperation with regional organizations (corrected)" },
    });
    expect(shown.verdict).toEqual({ kind: "nothingNew" });
    expect(shown.verdictOverwriting).toEqual({ kind: "ready", writes: 1 });

    // Imported without overwriting: the hand edit stays.
    const kept = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: {
        fileName: "p.csv",
        content: file("Regional organizations and peace"),
        expectedVersions: shown.expectedVersions,
      },
    });
    expect(kept).toMatchObject({ ok: true, data: { updated: 0, keptHandEdits: 1 } });
    expect((await row()).title).toBe("Cooperation with regional organizations (corrected)");

    // Overwriting, from a preview that is still current: written, audited before and after.
    const overwritten = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: {
        fileName: "p.csv",
        content: file("Regional organizations and peace"),
        overwriteHandEdits: true,
        expectedVersions: shown.expectedVersions,
      },
    });
    expect(overwritten).toMatchObject({ ok: true, data: { updated: 1 } });
    const after = await row();
    expect(after.title).toBe("Regional organizations and peace");
    const [audit] = await db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, "calendar.importProgramme"), eq(auditLog.entityId, "import")))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.before).toEqual({
      updated: {
        [after.id]: expect.objectContaining({
          title: "Cooperation with regional organizations (corrected)",
        }),
      },
    });
    expect(audit?.after).toMatchObject({
      updated: {
        [after.id]: expect.objectContaining({ title: "Regional organizations and peace" }),
      },
    });
  });

  it("refuses an import when the calendar changed since its preview", async () => {
    const shown = await preview(file("Another title for the debate"));
    expect(shown.rows[0]?.status).toBe("update");
    const stored = await row();
    await executeAction(updateCouncilMeeting, {
      db,
      viewer: secretariat,
      input: {
        id: stored.id,
        version: stored.version,
        meetingDate: "2006-10-17",
        meetingTime: "10:00",
        meetingNumber: 5555,
        format: "debate",
        title: "Changed in between",
        presidency: "Japan",
        withRegionalOrganizations: true,
        outcomeSymbol: null,
      },
    });
    const refused = await executeAction(importProgramme, {
      db,
      viewer: secretariat,
      input: {
        fileName: "p.csv",
        content: file("Another title for the debate"),
        overwriteHandEdits: true,
        expectedVersions: shown.expectedVersions,
      },
    });
    expect(refused).toMatchObject({ ok: false, formError: "calendarChangedSincePreview" });
    expect((await row()).title).toBe("Changed in between");
  });
});
