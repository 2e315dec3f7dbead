import { parse } from "csv-parse/sync";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import {
  appSettings,
  auditLog,
  invitations,
  meetings,
  organizations,
  outbox,
  records,
  recordVersions,
} from "@/db/schema";
import { pendingFor } from "@/lib/accounts/account-invitation";
import { executeAction } from "@/lib/action";
import type { Viewer } from "@/lib/auth/permissions";
import { readClock } from "@/lib/clock";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { circulateRecord } from "./circulate-record";
import { commentOnRecord } from "./comment-on-record";
import { commentsCsv } from "./comments-csv";
import { createRecord } from "./create-record";
import { deleteRecord } from "./delete-record";
import { disposeComment } from "./dispose-comment";
import { finalizeRecord } from "./finalize-record";
import { commentsDueFor, commentsMatrix, getRecord, listRecords, meetingRecords } from "./queries";
import { reviseRecord } from "./revise-record";
import { updateRecord } from "./update-record";

// The life of the Chair's conclusions of a meeting held in February 2006 (the demo's today is
// 1 March 2006): drafted, circulated to the AU and the OAS (the CPLP was invited but did not
// attend; the OSCE was not invited), commented on, answered, revised, circulated again and
// finalized. Each step's refusals are checked where they matter.

const paragraphs = [
  { text: "The participants reviewed cooperation in peacekeeping." },
  { text: "They agreed to meet again next year." },
  { text: "The Chair thanked the host." },
];

async function setAsOf(db: Db, day: string) {
  await db.update(appSettings).set({ value: day }).where(eq(appSettings.key, "as_of_date"));
}

describe("records of a meeting, from draft to final", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let focalAu: Viewer;
  let focalOas: Viewer;
  let focalOsce: Viewer;
  let chair: Viewer;
  let participant: Viewer;
  let meetingId = "";
  const org: Record<string, string> = {};
  let recordId = "";
  let version = 0;
  let commentId = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    focalAu = await viewerFor(db, "focalAu");
    focalOas = await viewerFor(db, "focalOas");
    focalOsce = await viewerFor(db, "focalOsce");
    chair = await viewerFor(db, "chairDisarmament");
    participant = await viewerFor(db, "participant");
    for (const o of await db.select().from(organizations)) if (o.shortName) org[o.shortName] = o.id;
    const [meeting] = await db
      .insert(meetings)
      .values({
        sequenceNumber: 50,
        title: "Special high-level meeting",
        startsOn: "2006-02-20",
        endsOn: "2006-02-20",
        status: "planned",
      })
      .returning();
    meetingId = meeting?.id ?? "";
    await db.insert(invitations).values([
      { meetingId, organizationId: org.AU ?? "", status: "confirmed", attended: true },
      { meetingId, organizationId: org.OAS ?? "", status: "confirmed", attended: true },
      { meetingId, organizationId: org.CPLP ?? "", status: "declined", attended: false },
    ]);
  });
  afterAll(async () => database.close());

  it("the secretariat drafts the Chair's conclusions with three paragraphs, numbered in order", async () => {
    const result = await executeAction(createRecord, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        kind: "chairs_conclusions",
        title: "Chair's conclusions",
        symbol: "A/60/999",
        issuedOn: "",
        originalLanguage: "en",
        paragraphs,
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    recordId = result.data.id;
    version = result.data.version;
    const [row] = await db.select().from(records).where(eq(records.id, recordId));
    expect(row?.status).toBe("draft");
    expect(row?.paragraphs).toEqual([
      { number: 1, text: paragraphs[0]?.text },
      { number: 2, text: paragraphs[1]?.text },
      { number: 3, text: paragraphs[2]?.text },
    ]);
    // A meeting has one Chair's conclusions.
    const again = await executeAction(createRecord, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        kind: "chairs_conclusions",
        title: "Another",
        symbol: null,
        issuedOn: "",
        originalLanguage: "en",
        paragraphs: [],
      },
    });
    expect(again).toMatchObject({ ok: false, fieldErrors: { kind: ["recordKindTaken"] } });
  });

  it("a draft is the secretariat's alone: nobody else reads or lists it, nobody comments on it", async () => {
    const clock = await readClock(db);
    await expect(getRecord(db, focalAu, recordId, clock)).rejects.toThrow("notFound");
    await expect(getRecord(db, chair, recordId, clock)).rejects.toThrow("notFound");
    expect((await listRecords(db, focalAu)).rows.map((r) => r.id)).not.toContain(recordId);
    expect(await meetingRecords(db, participant, meetingId)).toEqual({
      rows: [],
      total: 0,
      kinds: [],
    });
    const mine = await meetingRecords(db, secretariat, meetingId);
    expect(mine.rows.map((r) => r.id)).toEqual([recordId]);
    expect(mine).toMatchObject({ total: 1, kinds: ["chairs_conclusions"] });
    // Cut in the database: the first ones, with the count and kinds of all.
    expect(await meetingRecords(db, secretariat, meetingId, { first: 0 })).toEqual({
      rows: [],
      total: 1,
      kinds: ["chairs_conclusions"],
    });
    const comment = await executeAction(commentOnRecord, {
      db,
      viewer: focalAu,
      input: {
        recordId,
        organizationId: org.AU,
        paragraphNumber: 2,
        text: "Too early",
        proposedText: null,
      },
    });
    expect(comment).toMatchObject({ ok: false, formError: "recordNotCirculated" });
  });

  it("edits the draft: a paragraph moved, one removed, one added; a stale version is refused", async () => {
    const [a, b, c] = paragraphs;
    const reordered = [b, a, c, { text: "A fourth paragraph." }].filter((p) => p !== undefined);
    const edit = (v: number, list: { text: string }[]) =>
      executeAction(updateRecord, {
        db,
        viewer: secretariat,
        input: {
          recordId,
          version: v,
          kind: "chairs_conclusions",
          title: "Chair's conclusions",
          symbol: "A/60/999",
          issuedOn: "",
          originalLanguage: "en",
          paragraphs: list,
        },
      });
    const moved = await edit(version, reordered);
    if (!moved.ok) throw new Error(JSON.stringify(moved));
    expect(await edit(version, paragraphs)).toMatchObject({ ok: false, code: "conflict" });
    const back = await edit(moved.data.version, paragraphs);
    if (!back.ok) throw new Error(JSON.stringify(back));
    version = back.data.version;
    const [row] = await db.select().from(records).where(eq(records.id, recordId));
    expect(row?.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(row?.paragraphs[1]?.text).toBe(paragraphs[1]?.text);
    // An empty paragraph is refused on its field.
    expect(await edit(version, [{ text: " " }])).toMatchObject({
      ok: false,
      fieldErrors: { "paragraphs.0.text": ["paragraphEmpty"] },
    });
  });

  it("circulates it to organizations that were invited, with a deadline ahead, telling their focal points and the chairs", async () => {
    const circulate = (input: Record<string, unknown>) =>
      executeAction(circulateRecord, {
        db,
        viewer: secretariat,
        input: {
          recordId,
          version,
          organizationIds: [org.AU, org.OAS],
          commentDeadline: "2006-03-10T18:00",
          ...input,
        },
      });
    // The meeting must have been held first.
    expect(await circulate({})).toMatchObject({ ok: false, formError: "recordMeetingNotHeld" });
    await db.update(meetings).set({ status: "held" }).where(eq(meetings.id, meetingId));
    expect(await circulate({ organizationIds: [org.AU, org.OSCE] })).toMatchObject({
      ok: false,
      fieldErrors: { organizationIds: ["notInvited"] },
    });
    expect(await circulate({ commentDeadline: "2006-02-28T18:00" })).toMatchObject({
      ok: false,
      fieldErrors: { commentDeadline: ["deadlineNotAhead"] },
    });
    const outboxBefore = await db.select({ n: count() }).from(outbox);
    const done = await circulate({});
    if (!done.ok) throw new Error(JSON.stringify(done));
    expect(done.data).toMatchObject({ textVersion: 1, recipients: 2 });
    version = done.data.version;
    const [frozen] = await db
      .select()
      .from(recordVersions)
      .where(eq(recordVersions.recordId, recordId));
    expect(frozen).toMatchObject({
      version: 1,
      stage: "circulated",
      recipientOrganizationIds: [org.AU, org.OAS],
      paragraphs: [
        { number: 1, text: paragraphs[0]?.text },
        { number: 2, text: paragraphs[1]?.text },
        { number: 3, text: paragraphs[2]?.text },
      ],
    });
    // 10 March 2006, 18:00 in New York is 23:00 UTC.
    expect(frozen?.commentDeadline?.toISOString()).toBe("2006-03-10T23:00:00.000Z");
    const mail = await db.select().from(outbox).where(eq(outbox.relatedId, recordId));
    const outboxAfter = await db.select({ n: count() }).from(outbox);
    expect((outboxAfter[0]?.n ?? 0) - (outboxBefore[0]?.n ?? 0)).toBe(2 + 7);
    const toAu = mail.find((m) => m.recipient === "focal.au@example.org");
    expect(toAu?.subject).toBe(
      "For comments by African Union: Chair's conclusions (Special high-level meeting)",
    );
    expect(toAu?.body).toContain(`/records/${recordId}`);
    expect(mail.some((m) => m.recipient === "chair.disarmament@example.org")).toBe(true);
    expect(mail.some((m) => m.recipient === "focal.osce@example.org")).toBe(false);
  });

  it("a circulated version is frozen: no edit, no second circulation, no deletion", async () => {
    const edit = await executeAction(updateRecord, {
      db,
      viewer: secretariat,
      input: {
        recordId,
        version,
        kind: "chairs_conclusions",
        title: "Chair's conclusions",
        symbol: null,
        issuedOn: "",
        originalLanguage: "en",
        paragraphs: [{ text: "Rewritten" }],
      },
    });
    expect(edit).toMatchObject({ ok: false, formError: "recordNotDraft" });
    expect(
      await executeAction(deleteRecord, { db, viewer: secretariat, input: { recordId, version } }),
    ).toMatchObject({ ok: false, formError: "recordNotDraft" });
    // Nor finalized before the deadline: the participants may still comment.
    expect(
      await executeAction(finalizeRecord, {
        db,
        viewer: secretariat,
        input: { recordId, version },
      }),
    ).toMatchObject({ ok: false, formError: "commentsStillOpen" });
  });

  it("the recipients, the chairs and the secretariat read it; an organization it did not go to does not", async () => {
    const clock = await readClock(db);
    const au = await getRecord(db, focalAu, recordId, clock);
    expect(au.text).toMatchObject({ version: 1, stage: "circulated" });
    expect(au.window).toMatchObject({ open: true, organizationIds: [org.AU] });
    expect((await getRecord(db, chair, recordId, clock)).window.open).toBe(false);
    await expect(getRecord(db, focalOsce, recordId, clock)).rejects.toThrow("notFound");
    await expect(getRecord(db, participant, recordId, clock)).rejects.toThrow("notFound");
    expect((await listRecords(db, focalOsce)).rows.map((r) => r.id)).not.toContain(recordId);
    expect((await listRecords(db, focalAu)).rows.map((r) => r.id)).toContain(recordId);
  });

  it("the AU's focal point comments on paragraph 2 with replacement text, for the AU only", async () => {
    const comment = (viewer: Viewer, input: Record<string, unknown>) =>
      executeAction(commentOnRecord, {
        db,
        viewer,
        input: {
          recordId,
          organizationId: org.AU,
          paragraphNumber: 2,
          text: "Say when and where.",
          proposedText: "They agreed to meet again in September 2006 in New York.",
          ...input,
        },
      });
    // Not for another organization, not as the secretariat, not by one it did not go to.
    expect(await comment(focalAu, { organizationId: org.OAS })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await comment(secretariat, {})).toMatchObject({ ok: false, code: "forbidden" });
    expect(await comment(focalOsce, { organizationId: org.OSCE })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await comment(focalAu, { paragraphNumber: 9 })).toMatchObject({
      ok: false,
      fieldErrors: { paragraphNumber: ["chooseOne"] },
    });
    const done = await comment(focalAu, {});
    if (!done.ok) throw new Error(JSON.stringify(done));
    commentId = done.data.id;

    const clock = await readClock(db);
    const au = await getRecord(db, focalAu, recordId, clock);
    expect(au.comments).toEqual([
      expect.objectContaining({
        id: commentId,
        textVersion: 1,
        paragraphNumber: 2,
        organizationName: "African Union",
        proposedText: "They agreed to meet again in September 2006 in New York.",
        disposition: "pending",
        authorName: "Amina Tesfaye",
      }),
    ]);
    // The OAS sees none of the AU's comments; the secretariat sees who has commented.
    const oas = await getRecord(db, focalOas, recordId, clock);
    expect(oas).toMatchObject({ comments: [], commentCount: 0, pendingComments: 0 });
    const seen = await getRecord(db, secretariat, recordId, clock);
    expect(seen.comments.map((c) => c.id)).toEqual([commentId]);
    expect(seen).toMatchObject({ commentCount: 1, pendingComments: 1 });
    // The page reads its first comments only, with the count of all and of those pending.
    const cut = await getRecord(db, secretariat, recordId, clock, { firstComments: 0 });
    expect(cut).toMatchObject({ comments: [], commentCount: 1, pendingComments: 1 });
    expect(seen.circulation?.commented.map((o) => o.name)).toEqual(["African Union"]);
    expect(seen.circulation?.silent.map((o) => o.name)).toEqual([
      "Organization of American States",
    ]);
  });

  it("no comment after the deadline", async () => {
    await setAsOf(db, "2006-03-11");
    const late = await executeAction(commentOnRecord, {
      db,
      viewer: focalOas,
      input: {
        recordId,
        organizationId: org.OAS,
        paragraphNumber: 1,
        text: "Late remark",
        proposedText: null,
      },
    });
    expect(late).toMatchObject({ ok: false, formError: "commentDeadlinePassed" });
    expect((await getRecord(db, focalOas, recordId, await readClock(db))).window).toMatchObject({
      open: false,
      reason: "commentDeadlinePassed",
    });
  });

  it("the secretariat answers the comment with a reason; the finalization waits for every answer", async () => {
    expect(
      await executeAction(finalizeRecord, {
        db,
        viewer: secretariat,
        input: { recordId, version },
      }),
    ).toMatchObject({ ok: false, formError: "commentsAwaitAnswer" });
    const answer = (input: Record<string, unknown>) =>
      executeAction(disposeComment, {
        db,
        viewer: secretariat,
        input: { commentId, version: 1, disposition: "accepted", reason: null, ...input },
      });
    expect(await answer({})).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["reasonRequired"] },
    });
    expect(await answer({ disposition: "pending", reason: "x" })).toMatchObject({ ok: false });
    const ok = await answer({ reason: "The date and place help the readers." });
    expect(ok).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await answer({ reason: "Again" })).toMatchObject({ ok: false, code: "conflict" });
    const clock = await readClock(db);
    const au = await getRecord(db, focalAu, recordId, clock);
    expect(au.comments[0]).toMatchObject({
      disposition: "accepted",
      reason: "The date and place help the readers.",
    });
  });

  it("revises: the next draft starts from the circulated text; the circulated version stays as it was", async () => {
    expect(
      await executeAction(reviseRecord, {
        db,
        viewer: secretariat,
        input: { recordId, version: version - 1 },
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
    const revised = await executeAction(reviseRecord, {
      db,
      viewer: secretariat,
      input: { recordId, version },
    });
    if (!revised.ok) throw new Error(JSON.stringify(revised));
    const edited = await executeAction(updateRecord, {
      db,
      viewer: secretariat,
      input: {
        recordId,
        version: revised.data.version,
        kind: "chairs_conclusions",
        title: "Chair's conclusions",
        symbol: "A/60/999",
        issuedOn: "",
        originalLanguage: "en",
        paragraphs: [
          paragraphs[0],
          { text: "They agreed to meet again in September 2006 in New York." },
          paragraphs[2],
        ],
      },
    });
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    version = edited.data.version;
    // Recipients read the circulated version 1, not the secretariat's draft.
    const au = await getRecord(db, focalAu, recordId, await readClock(db));
    expect(au.text).toMatchObject({ version: 1, stage: "circulated" });
    expect(au.text.paragraphs[1]?.text).toBe(paragraphs[1]?.text);
    expect(au.window).toMatchObject({ open: false, reason: "recordNotCirculated" });
    const own = await getRecord(db, secretariat, recordId, await readClock(db));
    expect(own.text).toMatchObject({ version: null, stage: "draft" });
  });

  it("circulates again as version 2, then finalizes as version 3, read only for good and read by all", async () => {
    const again = await executeAction(circulateRecord, {
      db,
      viewer: secretariat,
      input: { recordId, version, organizationIds: [org.AU], commentDeadline: "2006-03-18T18:00" },
    });
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(again.data.textVersion).toBe(2);
    // The OAS read version 1, which went to it; version 2 did not.
    const oas = await getRecord(db, focalOas, recordId, await readClock(db));
    expect(oas.text.version).toBe(1);
    expect(oas.versions.map((v) => v.version)).toEqual([1]);
    await setAsOf(db, "2006-03-20");
    const finalized = await executeAction(finalizeRecord, {
      db,
      viewer: secretariat,
      input: { recordId, version: again.data.version },
    });
    if (!finalized.ok) throw new Error(JSON.stringify(finalized));
    expect(finalized.data.textVersion).toBe(3);
    const [row] = await db.select().from(records).where(eq(records.id, recordId));
    expect(row).toMatchObject({ status: "final", issuedOn: "2006-03-20" });
    const versions = await db
      .select({ version: recordVersions.version, stage: recordVersions.stage })
      .from(recordVersions)
      .where(eq(recordVersions.recordId, recordId))
      .orderBy(recordVersions.version);
    expect(versions).toEqual([
      { version: 1, stage: "circulated" },
      { version: 2, stage: "circulated" },
      { version: 3, stage: "final" },
    ]);
    // Read only for good.
    expect(
      await executeAction(updateRecord, {
        db,
        viewer: secretariat,
        input: {
          recordId,
          version: finalized.data.version,
          kind: "chairs_conclusions",
          title: "Chair's conclusions",
          symbol: null,
          issuedOn: "",
          originalLanguage: "en",
          paragraphs: [],
        },
      }),
    ).toMatchObject({ ok: false, formError: "recordNotDraft" });
    expect(
      await executeAction(reviseRecord, {
        db,
        viewer: secretariat,
        input: { recordId, version: finalized.data.version },
      }),
    ).toMatchObject({ ok: false, formError: "recordNotCirculated" });
    expect(
      await executeAction(disposeComment, {
        db,
        viewer: secretariat,
        input: { commentId, version: 2, disposition: "noted", reason: null },
      }),
    ).toMatchObject({ ok: false, formError: "recordFinal" });
    expect(
      await executeAction(commentOnRecord, {
        db,
        viewer: focalAu,
        input: {
          recordId,
          organizationId: org.AU,
          paragraphNumber: 1,
          text: "After",
          proposedText: null,
        },
      }),
    ).toMatchObject({ ok: false, formError: "recordNotCirculated" });
    // Everyone signed in reads the final text; each version stays readable to whom it went.
    const clock = await readClock(db);
    const forParticipant = await getRecord(db, participant, recordId, clock);
    expect(forParticipant.text).toMatchObject({ version: 3, stage: "final" });
    expect(forParticipant.text.paragraphs[1]?.text).toBe(
      "They agreed to meet again in September 2006 in New York.",
    );
    expect(forParticipant.versions.map((v) => v.version)).toEqual([3]);
    expect((await getRecord(db, focalAu, recordId, clock)).versions.map((v) => v.version)).toEqual([
      1, 2, 3,
    ]);
    const audits = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "record"), eq(auditLog.entityId, recordId)));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "record.create",
        "record.circulate",
        "record.comment",
        "record.disposeComment",
        "record.revise",
        "record.finalize",
      ]),
    );
  });

  it("the comments matrix lists every comment with its answer, and who commented on each round; as CSV too", async () => {
    await expect(commentsMatrix(db, focalAu, recordId)).rejects.toThrow("forbidden");
    const matrix = await commentsMatrix(db, secretariat, recordId);
    expect(matrix.rows).toEqual([
      expect.objectContaining({
        paragraphNumber: 2,
        organizationName: "African Union",
        text: "Say when and where.",
        disposition: "accepted",
      }),
    ]);
    expect(matrix.rounds.map((r) => [r.version, r.commented.length, r.silent.length])).toEqual([
      [1, 1, 1],
      [2, 0, 1],
    ]);
    const csv = commentsCsv(
      [
        ...matrix.rows,
        {
          ...matrix.rows[0],
          text: '=HYPERLINK("x")',
          organizationName: "Organisation internationale de la Francophonie",
        } as (typeof matrix.rows)[number],
      ],
      {
        header: [
          "Version",
          "Paragraph",
          "Organization",
          "Comment",
          "Proposed text",
          "Disposition",
          "Reason",
        ],
        disposition: (d) => d,
      },
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines: string[][] = parse(csv, { bom: true });
    expect(lines[1]).toEqual([
      "1",
      "2",
      "African Union",
      "Say when and where.",
      "They agreed to meet again in September 2006 in New York.",
      "accepted",
      "The date and place help the readers.",
    ]);
    expect(lines[2]?.[3]).toBe('\'=HYPERLINK("x")');
  });

  it("says what waits: the focal points' records to comment on, the secretariat's comments to answer", async () => {
    await setAsOf(db, "2006-03-01");
    const create = await executeAction(createRecord, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        kind: "statement",
        title: "Statement on Darfur",
        symbol: null,
        issuedOn: "",
        originalLanguage: "fr",
        paragraphs: [{ text: "Les participants ont examiné la situation." }],
      },
    });
    if (!create.ok) throw new Error(JSON.stringify(create));
    const circulated = await executeAction(circulateRecord, {
      db,
      viewer: secretariat,
      input: {
        recordId: create.data.id,
        version: create.data.version,
        organizationIds: [org.OAS],
        commentDeadline: "2006-03-08T18:00",
      },
    });
    expect(circulated).toMatchObject({ ok: true });
    expect((await commentsDueFor(db, focalAu)).toComment).toEqual([]);
    const oas = await commentsDueFor(db, focalOas);
    expect(oas.toComment).toEqual([
      expect.objectContaining({
        recordId: create.data.id,
        title: "Statement on Darfur",
        organizations: ["Organization of American States"],
      }),
    ]);
    expect(oas.toAnswer).toEqual([]);
    expect((await commentsDueFor(db, secretariat)).toAnswer).toEqual([]);
    // A focal point invited now is told in the invitation e-mail what waits for them.
    const lines = await db.transaction((tx) => pendingFor(tx, focalOas.id, "en"));
    expect(lines).toContainEqual(
      expect.stringMatching(/^Statement on Darfur of the Special high-level meeting: comments by /),
    );
    expect(await db.transaction((tx) => pendingFor(tx, focalAu.id, "en"))).not.toContainEqual(
      expect.stringContaining("Statement on Darfur"),
    );
    const comment = await executeAction(commentOnRecord, {
      db,
      viewer: focalOas,
      input: {
        recordId: create.data.id,
        organizationId: org.OAS,
        paragraphNumber: 1,
        text: "Nous proposons de nommer la région.",
        proposedText: null,
      },
    });
    expect(comment).toMatchObject({ ok: true });
    expect((await commentsDueFor(db, secretariat)).toAnswer).toEqual([
      expect.objectContaining({ recordId: create.data.id, pending: 1 }),
    ]);
    // A draft nobody has seen may be deleted; this one has been circulated.
    expect(
      await executeAction(deleteRecord, {
        db,
        viewer: secretariat,
        input: { recordId: create.data.id, version: 99 },
      }),
    ).toMatchObject({ ok: false, formError: "recordNotDraft" });
  });
});
