import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { auditLog, bodies, decisions, meetings, records, reports } from "@/db/schema";
import { executeAction } from "@/lib/action";
import type { Viewer } from "@/lib/auth/permissions";
import { readClock } from "@/lib/clock";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { getDecision, implementationMatrix, meetingDecisions } from "./queries";
import { recordDecision } from "./record-decision";
import { recordDecisionSchema } from "./schemas";
import { updateDecision } from "./update-decision";
import { withdrawDecision } from "./withdraw-decision";

// Decisions of a meeting whose outcome is still in draft: edited, withdrawn, citing the
// paragraphs of the Chair's conclusions and a working-group recommendation; settled once the
// conclusions are final (as the sixth meeting's are in the demo).

describe("decisions while the outcome is in draft", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let meetingId = "";
  let decisionId = "";
  let version = 0;
  let reportId = "";
  let peacekeeping = "";

  const edit = (input: Record<string, unknown>) =>
    executeAction(updateDecision, {
      db,
      viewer: secretariat,
      input: {
        decisionId,
        version,
        title: "Meet in September",
        text: "Hold the next meeting in September, after the Council's debate.",
        responsibleBodyId: "",
        sourceParagraphs: "",
        endorsement: "",
        ...input,
      },
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    const [meeting] = await db
      .insert(meetings)
      .values({
        sequenceNumber: 60,
        title: "A meeting",
        startsOn: "2006-02-10",
        endsOn: "2006-02-10",
        status: "held",
      })
      .returning();
    meetingId = meeting?.id ?? "";
    const [body] = await db.select().from(bodies).where(eq(bodies.slug, "wg-peacekeeping"));
    peacekeeping = body?.id ?? "";
    const [report] = await db
      .insert(reports)
      .values({
        bodyId: peacekeeping,
        meetingId,
        status: "accepted",
        title: "Report on peacekeeping",
        recommendations: [
          { id: "rec-1", text: "Plan together." },
          { id: "rec-2", text: "Train together." },
        ],
      })
      .returning();
    reportId = report?.id ?? "";
  });
  afterAll(async () => database.close());

  it("reads paragraph numbers as the secretariat types them", () => {
    const parse = (sourceParagraphs: string) =>
      recordDecisionSchema.safeParse({ meetingId, title: "Title", text: "Text", sourceParagraphs });
    expect(parse("7, 4 and 4").data?.sourceParagraphs).toEqual([4, 7]);
    expect(parse("").data?.sourceParagraphs).toEqual([]);
    expect(parse("4, x").error?.issues[0]?.message).toBe("paragraphNumbers");
    // In the other languages the secretariat works in: their commas, digits and "and".
    expect(parse("٤، ٧").data?.sourceParagraphs).toEqual([4, 7]);
    expect(parse("4 و 7").data?.sourceParagraphs).toEqual([4, 7]);
    expect(parse("4、7和９").data?.sourceParagraphs).toEqual([4, 7, 9]);
    expect(parse("4 y 7; 12").data?.sourceParagraphs).toEqual([4, 7, 12]);
    expect(parse("4 и 7").data?.sourceParagraphs).toEqual([4, 7]);
    // Not a list of paragraphs: a range, a sub-paragraph, a letter stuck to a number.
    for (const wrong of ["4-7", "4.5", "4a", "-4"]) {
      expect(parse(wrong).error?.issues[0]?.message).toBe("paragraphNumbers");
    }
    // The form parses, then the action parses the form's output again.
    const once = recordDecisionSchema.parse({
      meetingId,
      title: "Title",
      text: "Text",
      sourceParagraphs: "4 and 7",
      endorsement: `${meetingId}:rec-1`,
    });
    expect(recordDecisionSchema.parse(once)).toEqual(once);
  });

  it("records a decision citing a recommendation of an accepted report of the meeting", async () => {
    const refused = await executeAction(recordDecision, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        title: "Meet again",
        text: "Meet again next year.",
        endorsement: `${reportId}:rec-9`,
      },
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { endorsement: ["chooseOne"] } });
    const result = await executeAction(recordDecision, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        title: "Meet again",
        text: "Meet again next year.",
        responsibleBodyId: peacekeeping,
        sourceParagraphs: "2",
        endorsement: `${reportId}:rec-2`,
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    decisionId = result.data.id;
    const [row] = await db.select().from(decisions).where(eq(decisions.id, decisionId));
    expect(row).toMatchObject({
      sourceParagraphs: [2],
      endorsedReportId: reportId,
      endorsedRecommendationId: "rec-2",
    });
    version = row?.version ?? 0;
    const page = await getDecision(
      db,
      await viewerFor(db, "focalOas"),
      decisionId,
      await readClock(db),
    );
    expect(page.recommendation).toMatchObject({ reportId, number: 2, text: "Train together." });
    expect(page.editable).toBe(true);
  });

  it("edits it, version-checked and audited; cited paragraphs must exist in the Chair's conclusions", async () => {
    const done = await edit({ sourceParagraphs: "1, 3" });
    if (!done.ok) throw new Error(JSON.stringify(done));
    expect(await edit({})).toMatchObject({ ok: false, code: "conflict" });
    version = done.data.version;
    // Once the conclusions are drafted, a paragraph they lack cannot be cited.
    await db.insert(records).values({
      meetingId,
      kind: "chairs_conclusions",
      title: "Chair's conclusions",
      paragraphs: [
        { number: 1, text: "One." },
        { number: 2, text: "Two." },
      ],
    });
    expect(await edit({ sourceParagraphs: "3" })).toMatchObject({
      ok: false,
      fieldErrors: { sourceParagraphs: ["paragraphNotInConclusions"] },
    });
    const again = await edit({ sourceParagraphs: "2" });
    if (!again.ok) throw new Error(JSON.stringify(again));
    version = again.data.version;
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, decisionId), eq(auditLog.action, "decision.update")));
    expect(audits).toHaveLength(2);
    // The secretariat reads the cited paragraph from the draft conclusions; others do not.
    const clock = await readClock(db);
    expect((await getDecision(db, secretariat, decisionId, clock)).conclusions?.cited).toEqual([
      { number: 2, text: "Two." },
    ]);
    expect(
      (await getDecision(db, await viewerFor(db, "focalAu"), decisionId, clock)).conclusions,
    ).toBeNull();
  });

  it("withdraws it: still on record, out of the implementation matrix, no longer editable", async () => {
    const second = await executeAction(recordDecision, {
      db,
      viewer: secretariat,
      input: { meetingId, title: "Recorded in error", text: "A duplicate." },
    });
    if (!second.ok) throw new Error(JSON.stringify(second));
    const [row] = await db.select().from(decisions).where(eq(decisions.id, second.data.id));
    expect(
      await executeAction(withdrawDecision, {
        db,
        viewer: secretariat,
        input: { decisionId: second.data.id, version: (row?.version ?? 0) + 1 },
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
    const withdrawn = await executeAction(withdrawDecision, {
      db,
      viewer: secretariat,
      input: { decisionId: second.data.id, version: row?.version },
    });
    expect(withdrawn).toMatchObject({ ok: true });
    const matrix = await implementationMatrix(db, secretariat, meetingId, await readClock(db));
    expect(matrix.decisions.map((d) => d.id)).toEqual([decisionId]);
    expect(matrix.withdrawn.map((d) => d.id)).toEqual([second.data.id]);
    const list = await meetingDecisions(db, secretariat, meetingId);
    expect(list.decisions.find((d) => d.id === second.data.id)?.withdrawnAt).toBeInstanceOf(Date);
    expect(
      await executeAction(withdrawDecision, {
        db,
        viewer: secretariat,
        input: { decisionId: second.data.id, version: (row?.version ?? 0) + 1 },
      }),
    ).toMatchObject({ ok: false, formError: "decisionWithdrawn" });
  });

  it("settles the decisions once the Chair's conclusions are final", async () => {
    await db
      .update(records)
      .set({ status: "final" })
      .where(and(eq(records.meetingId, meetingId), eq(records.kind, "chairs_conclusions")));
    expect(await edit({})).toMatchObject({ ok: false, formError: "outcomeFinal" });
    expect(
      await executeAction(withdrawDecision, {
        db,
        viewer: secretariat,
        input: { decisionId, version },
      }),
    ).toMatchObject({ ok: false, formError: "outcomeFinal" });
    expect((await meetingDecisions(db, secretariat, meetingId)).editable).toBe(false);
    // As the sixth meeting's decisions are in the demo: final conclusions, paragraphs cited.
    const [sixth] = await db.select().from(meetings).where(eq(meetings.sequenceNumber, 6));
    const sixthDecisions = await meetingDecisions(db, secretariat, sixth?.id ?? "");
    expect(sixthDecisions.editable).toBe(false);
    expect(
      sixthDecisions.decisions.find((d) => d.title === "Set up a standing committee")
        ?.sourceParagraphs,
    ).toEqual([7]);
  });
});
