import { and, count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import {
  appSettings,
  auditLog,
  meetings,
  outbox,
  reportEvents,
  reportRevisions,
} from "@/db/schema";
import { executeAction } from "@/lib/action";
import type { Viewer } from "@/lib/auth/permissions";
import { type Clock, readClock } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { acceptReport } from "./accept-report";
import { diffReports } from "./diff";
import {
  bodyReports,
  getReport,
  getRevisionPair,
  meetingReports,
  reportsAwaitingFor,
  reportsOverview,
  requestChoices,
} from "./queries";
import { requestReports } from "./request-reports";
import { returnReport } from "./return-report";
import { submitReport } from "./submit-report";
import { bodyIdOf, planSeventh, reportOf, request, save, secondChair } from "./test-support";

async function auditCount(db: Db) {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
}

async function revisionsOf(db: Db, reportId: string) {
  return db
    .select()
    .from(reportRevisions)
    .where(eq(reportRevisions.reportId, reportId))
    .orderBy(reportRevisions.version);
}

async function mailTo(db: Db, recipient: string, subject: string) {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.recipient, recipient), like(outbox.subject, `${subject}%`)));
}

describe("reports: requesting, writing, reviewing", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let chairPk: Viewer;
  let chairDis: Viewer;
  let focalAu: Viewer;
  let participant: Viewer;
  let meetingId = "";
  let peacekeeping = "";
  let disarmament = "";
  let committee = "";
  let reportId = "";
  /** Both parts of the meeting's reports (documentation and in progress), uncut. */
  const everyReport = async (viewer: Viewer, meeting: string, clock: Clock) => {
    const parts = await meetingReports(db, viewer, meeting, clock);
    return [...parts.accepted, ...parts.inProgress];
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    chairPk = await viewerFor(db, "chairPeacekeeping");
    chairDis = await viewerFor(db, "chairDisarmament");
    focalAu = await viewerFor(db, "focalAu");
    participant = await viewerFor(db, "participant");
    meetingId = await planSeventh(db, secretariat);
    peacekeeping = await bodyIdOf(db, "wg-peacekeeping");
    disarmament = await bodyIdOf(db, "wg-disarmament");
    committee = await bodyIdOf(db, "standing-committee");
  });
  afterAll(async () => database.close());

  it("proposes every active body and the meeting's deadline for working-group reports", async () => {
    const clock = await readClock(db);
    const choices = await requestChoices(db, secretariat, meetingId, clock);
    expect(choices.bodies).toHaveLength(7);
    expect(choices.bodies.every((b) => b.status === null)).toBe(true);
    // Three weeks before 22 September 2006, 18:00 in New York.
    expect(choices.defaultDueAt).toBe("2006-09-01T18:00");
    await expect(requestChoices(db, chairPk, meetingId, clock)).rejects.toThrow();
  });

  it("requests the reports, tells each chair by e-mail with a link, and records the request", async () => {
    const bodyIds = (
      await requestChoices(db, secretariat, meetingId, await readClock(db))
    ).bodies.map((b) => b.id);
    const before = await auditCount(db);
    const result = await request(db, secretariat, meetingId, bodyIds);
    expect(result).toEqual({ requested: 7, dueChanged: 0, unchanged: 0, notified: 7 });
    expect(await auditCount(db)).toBe(before + 1);
    const report = await reportOf(db, peacekeeping, meetingId);
    reportId = report.id;
    expect(report).toMatchObject({ status: "requested", title: "", version: 1 });
    expect(report.dueAt?.toISOString()).toBe("2006-09-01T22:00:00.000Z");
    const [mail] = await mailTo(
      db,
      "chair.peacekeeping@example.org",
      "Report requested: Working Group on Peacekeeping (Seventh high-level meeting)",
    );
    expect(mail?.body).toContain(`/reports/${report.id}`);
    expect(mail?.body).toContain("September 1, 2006");
    const events = await db.select().from(reportEvents).where(eq(reportEvents.reportId, report.id));
    expect(events.map((e) => e.kind)).toEqual(["requested"]);
  });

  it("asking again changes nothing, or only the due date", async () => {
    const mailsBefore = await db.select({ n: count() }).from(outbox);
    const auditBefore = await auditCount(db);
    const again = await request(db, secretariat, meetingId, [peacekeeping, disarmament]);
    expect(again).toEqual({ requested: 0, dueChanged: 0, unchanged: 2, notified: 0 });
    expect(await auditCount(db)).toBe(auditBefore);
    expect(await db.select({ n: count() }).from(outbox)).toEqual(mailsBefore);

    const moved = await request(db, secretariat, meetingId, [committee], "2006-02-20T18:00");
    expect(moved).toEqual({ requested: 0, dueChanged: 1, unchanged: 0, notified: 1 });
    const report = await reportOf(db, committee, meetingId);
    expect(report.status).toBe("requested");
    expect(report.dueAt?.toISOString()).toBe("2006-02-20T23:00:00.000Z");
    expect(
      await mailTo(
        db,
        "chair.standing-committee@example.org",
        "New due date: report of the Standing Committee",
      ),
    ).toHaveLength(1);
  });

  it("refuses a due date after the meeting, an unknown body and a meeting already held", async () => {
    const late = await executeAction(requestReports, {
      db,
      viewer: secretariat,
      input: { meetingId, bodyIds: [peacekeeping], dueAt: "2006-09-22T09:00" },
    });
    expect(late).toMatchObject({ ok: false, fieldErrors: { dueAt: ["dueAfterMeeting"] } });
    const unknown = await executeAction(requestReports, {
      db,
      viewer: secretariat,
      input: { meetingId, bodyIds: [crypto.randomUUID()], dueAt: "2006-09-01T18:00" },
    });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { bodyIds: ["unknownBody"] } });
    const [sixth] = await db.select().from(meetings).where(eq(meetings.sequenceNumber, 6));
    const held = await executeAction(requestReports, {
      db,
      viewer: secretariat,
      input: { meetingId: sixth?.id, bodyIds: [peacekeeping], dueAt: "2005-07-01T18:00" },
    });
    expect(held).toMatchObject({ ok: false, formError: "meetingAlreadyHeld" });
    const byChair = await executeAction(requestReports, {
      db,
      viewer: chairPk,
      input: { meetingId, bodyIds: [peacekeeping], dueAt: "2006-09-01T18:00" },
    });
    expect(byChair).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("lets only the body's chairs and the secretariat read a report that is not accepted", async () => {
    const clock = await readClock(db);
    expect((await getReport(db, chairPk, reportId, clock)).bodyName).toBe(
      "Working Group on Peacekeeping",
    );
    expect((await getReport(db, secretariat, reportId, clock)).insider).toBe(true);
    for (const outsider of [chairDis, focalAu, participant]) {
      await expect(getReport(db, outsider, reportId, clock)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getRevisionPair(db, outsider, reportId, {})).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    // Lists follow the same rule: the disarmament chair sees only their own group's report.
    const forDisarmament = await everyReport(chairDis, meetingId, clock);
    expect(forDisarmament.map((r) => r.bodyId)).toEqual([disarmament]);
    expect(await everyReport(focalAu, meetingId, clock)).toEqual([]);
    expect(await everyReport(secretariat, meetingId, clock)).toHaveLength(7);
    // The meeting page's parts, cut in the database, with the total for "Show all".
    const firstTwo = await meetingReports(db, secretariat, meetingId, clock, { first: 2 });
    expect(firstTwo.total).toBe(7);
    expect(firstTwo.accepted.length).toBeLessThanOrEqual(2);
    expect(firstTwo.inProgress).toHaveLength(2);
    expect(firstTwo.inProgress.map((r) => r.id)).toEqual(
      (await meetingReports(db, secretariat, meetingId, clock)).inProgress
        .slice(0, 2)
        .map((r) => r.id),
    );
    const peacekeepingSeen = await bodyReports(db, chairDis, peacekeeping, clock);
    // Only the sixth meeting's accepted report of the group, not the seventh's draft.
    expect(peacekeepingSeen.map((r) => r.status)).toEqual(["accepted"]);
    await expect(reportsOverview(db, chairPk, meetingId, {}, clock)).rejects.toThrow();
  });

  it("keeps the report from everyone but its chairs: no one else may write it", async () => {
    for (const viewer of [chairDis, secretariat, focalAu]) {
      const before = await auditCount(db);
      const result = await save(db, viewer, reportId, { body: "Written by someone else." });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await auditCount(db)).toBe(before);
    }
    expect(await revisionsOf(db, reportId)).toEqual([]);
    expect((await reportOf(db, peacekeeping, meetingId)).status).toBe("requested");
  });

  it("saves each change as a revision holding the whole text; recommendations keep their ids", async () => {
    const first = await save(db, chairPk, reportId, {
      title: "Report of the Working Group on Peacekeeping",
      summary: "What the group did this year.",
      body: "The group met three times in New York.",
      recommendations: [
        { id: "", text: "Plan hand-overs together" },
        { id: "", text: "Fund regional missions predictably" },
      ],
    });
    expect(first).toMatchObject({ ok: true, data: { status: "draft", version: 2, changed: true } });
    const saved = await reportOf(db, peacekeeping, meetingId);
    expect(saved.status).toBe("draft");
    const ids = saved.recommendations.map((r) => r.id);
    expect(ids).toHaveLength(2);

    // The same text again: no new revision, no audit row.
    const before = await auditCount(db);
    const same = await save(db, chairPk, reportId);
    expect(same).toMatchObject({ ok: true, data: { version: 2, changed: false } });
    expect(await auditCount(db)).toBe(before);

    const second = await save(db, chairPk, reportId, {
      body: "The group met four times in New York and once in Addis Ababa.",
      recommendations: [
        { id: ids[1] ?? "", text: "Fund regional missions predictably and early" },
        { id: ids[0] ?? "", text: "Plan hand-overs together" },
        { id: "", text: "Train together" },
      ],
    });
    expect(second).toMatchObject({ ok: true, data: { version: 3 } });
    const after = await reportOf(db, peacekeeping, meetingId);
    expect(after.recommendations.slice(0, 2).map((r) => r.id)).toEqual([ids[1], ids[0]]);
    const revisions = await revisionsOf(db, reportId);
    expect(revisions.map((r) => r.version)).toEqual([2, 3]);
    expect(revisions[0]).toMatchObject({
      body: "The group met three times in New York.",
      summary: "What the group did this year.",
      authorId: chairPk.id,
    });
    expect(revisions[1]?.recommendations).toHaveLength(3);

    const pair = await getRevisionPair(db, chairPk, reportId, {});
    expect([pair.from?.number, pair.to?.number]).toEqual([1, 2]);
    const from = pair.from?.snapshot;
    const to = pair.to?.snapshot;
    if (!from || !to) throw new Error("snapshots");
    const diff = diffReports(from, to);
    expect(diff.body.parts).toContainEqual({ kind: "removed", text: "three" });
    expect(diff.body.parts).toContainEqual({ kind: "added", text: "four" });
    expect(diff.recommendationsReordered).toBe(true);
    expect(diff.recommendations.map((r) => r.status)).toEqual(["changed", "same", "added"]);
    expect(diff.title.changed).toBe(false);
  });

  it("refuses a text over 200,000 characters and stores nothing", async () => {
    const before = await reportOf(db, peacekeeping, meetingId);
    const result = await save(db, chairPk, reportId, { body: "x".repeat(200_001) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { body: ["reportTooLong"] } });
    const after = await reportOf(db, peacekeeping, meetingId);
    expect(after.version).toBe(before.version);
    expect(after.body).toBe(before.body);
    expect(await revisionsOf(db, reportId)).toHaveLength(2);
  });

  it("tells the second of two chairs saving at once, and keeps the first one's save", async () => {
    const colleague = await secondChair(db, "wg-peacekeeping", "Kofi Boateng");
    const read = await reportOf(db, peacekeeping, meetingId);
    const mine = await save(db, chairPk, reportId, {
      version: read.version,
      body: "First chair's text.",
    });
    expect(mine.ok).toBe(true);
    const theirs = await save(db, colleague, reportId, {
      version: read.version,
      body: "Second chair's text.",
    });
    expect(theirs).toMatchObject({
      ok: false,
      code: "conflict",
      current: { body: "First chair's text.", savedBy: "Ana Ribeiro", version: read.version + 1 },
    });
    const stored = await reportOf(db, peacekeeping, meetingId);
    expect(stored.body).toBe("First chair's text.");
    expect((await revisionsOf(db, reportId)).at(-1)?.body).toBe("First chair's text.");
    // Having seen it, the second chair saves their merged text over it.
    const merged = await save(db, colleague, reportId, {
      version: read.version + 1,
      body: "First chair's text, merged with the second's.",
    });
    expect(merged.ok).toBe(true);
    expect((await revisionsOf(db, reportId)).map((r) => r.authorId).slice(-2)).toEqual([
      chairPk.id,
      colleague.id,
    ]);
  });

  it("moves only forward: no review before submission, no submission of a report never saved", async () => {
    const current = await reportOf(db, peacekeeping, meetingId);
    const acceptEarly = await executeAction(acceptReport, {
      db,
      viewer: secretariat,
      input: { reportId, version: current.version },
    });
    expect(acceptEarly).toMatchObject({ ok: false, formError: "reportNotSubmitted" });
    const returnEarly = await executeAction(returnReport, {
      db,
      viewer: secretariat,
      input: { reportId, version: current.version, remarks: "Too early" },
    });
    expect(returnEarly).toMatchObject({ ok: false, formError: "reportNotSubmitted" });
    expect((await reportOf(db, peacekeeping, meetingId)).status).toBe("draft");
    const unsaved = await reportOf(db, disarmament, meetingId);
    const submitUnsaved = await executeAction(submitReport, {
      db,
      viewer: chairDis,
      input: { reportId: unsaved.id, version: unsaved.version },
    });
    expect(submitUnsaved).toMatchObject({ ok: false, formError: "reportNotSaved" });
    const stale = await executeAction(submitReport, {
      db,
      viewer: chairPk,
      input: { reportId, version: current.version - 1 },
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
  });

  it("submits, returns with remarks, takes a revision, resubmits and accepts, telling each side", async () => {
    let current = await reportOf(db, peacekeeping, meetingId);
    const submitted = await executeAction(submitReport, {
      db,
      viewer: chairPk,
      input: { reportId, version: current.version },
    });
    expect(submitted.ok).toBe(true);
    current = await reportOf(db, peacekeeping, meetingId);
    expect(current.status).toBe("submitted");
    expect(
      await mailTo(
        db,
        "secretariat@example.org",
        "Report submitted: Working Group on Peacekeeping",
      ),
    ).toHaveLength(1);

    // Read-only for the chairs once submitted.
    const locked = await save(db, chairPk, reportId, { body: "A late change." });
    expect(locked).toMatchObject({ ok: false, formError: "reportSubmitted" });
    expect((await reportOf(db, peacekeeping, meetingId)).body).toBe(current.body);

    const awaiting = await reportsAwaitingFor(db, secretariat, await readClock(db));
    expect(awaiting.toReview.map((r) => r.id)).toEqual([reportId]);

    const noRemarks = await executeAction(returnReport, {
      db,
      viewer: secretariat,
      input: { reportId, version: current.version, remarks: " " },
    });
    expect(noRemarks).toMatchObject({ ok: false, fieldErrors: { remarks: ["remarksRequired"] } });
    const returned = await executeAction(returnReport, {
      db,
      viewer: secretariat,
      input: { reportId, version: current.version, remarks: "Please add the figures for 2005." },
    });
    expect(returned.ok).toBe(true);
    current = await reportOf(db, peacekeeping, meetingId);
    expect(current).toMatchObject({
      status: "returned",
      reviewerRemarks: "Please add the figures for 2005.",
    });
    const [returnMail] = await mailTo(
      db,
      "chair.peacekeeping@example.org",
      "Report returned: Working Group on Peacekeeping",
    );
    expect(returnMail?.body).toContain("Please add the figures for 2005.");

    // The chair revises: the report stays returned until it is submitted again.
    const revised = await save(db, chairPk, reportId, {
      body: "The group met four times; figures for 2005 are in the annex.",
    });
    expect(revised).toMatchObject({ ok: true, data: { status: "returned" } });
    current = await reportOf(db, peacekeeping, meetingId);
    const resubmitted = await executeAction(submitReport, {
      db,
      viewer: chairPk,
      input: { reportId, version: current.version },
    });
    expect(resubmitted.ok).toBe(true);
    current = await reportOf(db, peacekeeping, meetingId);
    const accepted = await executeAction(acceptReport, {
      db,
      viewer: secretariat,
      input: { reportId, version: current.version },
    });
    expect(accepted.ok).toBe(true);
    current = await reportOf(db, peacekeeping, meetingId);
    expect(current.status).toBe("accepted");
    expect(current.reviewedById).toBe(secretariat.id);
    expect(
      await mailTo(
        db,
        "chair.peacekeeping@example.org",
        "Report accepted: Working Group on Peacekeeping",
      ),
    ).toHaveLength(1);
    const events = await db
      .select({ kind: reportEvents.kind, remarks: reportEvents.remarks })
      .from(reportEvents)
      .where(eq(reportEvents.reportId, reportId))
      .orderBy(reportEvents.at);
    expect(events.map((e) => e.kind)).toEqual([
      "requested",
      "submitted",
      "returned",
      "submitted",
      "accepted",
    ]);
  });

  it("keeps an accepted report final", async () => {
    const current = await reportOf(db, peacekeeping, meetingId);
    expect(await save(db, chairPk, reportId, { body: "After the fact." })).toMatchObject({
      ok: false,
      formError: "reportAccepted",
    });
    const input = { reportId, version: current.version };
    const results = [
      await executeAction(submitReport, { db, viewer: chairPk, input }),
      await executeAction(acceptReport, { db, viewer: secretariat, input }),
      await executeAction(returnReport, {
        db,
        viewer: secretariat,
        input: { ...input, remarks: "Once more" },
      }),
    ];
    for (const result of results)
      expect(result).toMatchObject({ ok: false, formError: "reportAccepted" });
    expect((await reportOf(db, peacekeeping, meetingId)).version).toBe(current.version);
  });

  it("shows an accepted report to everyone signed in, without its drafts or the remarks", async () => {
    const clock = await readClock(db);
    const seen = await getReport(db, focalAu, reportId, clock);
    expect(seen.status).toBe("accepted");
    expect(seen.insider).toBe(false);
    expect(seen.revisions).toEqual([]);
    expect(seen.events).toEqual([]);
    expect(seen.reviewerRemarks).toBeNull();
    await expect(getRevisionPair(db, focalAu, reportId, {})).rejects.toBeInstanceOf(NotFoundError);
    const documentation = await everyReport(focalAu, meetingId, clock);
    expect(documentation.map((r) => r.id)).toEqual([reportId]);
    const forChairDis = await everyReport(chairDis, meetingId, clock);
    expect(forChairDis.map((r) => r.bodyId).sort()).toEqual([disarmament, peacekeeping].sort());
    // The chair's dashboard no longer lists it; the secretariat has nothing left to review.
    const chairDashboard = await reportsAwaitingFor(db, chairPk, clock);
    expect(chairDashboard.toWrite.map((r) => r.id)).not.toContain(reportId);
    expect((await reportsAwaitingFor(db, secretariat, clock)).toReview).toEqual([]);
  });

  it("marks a report overdue from the one clock, and filters the overview", async () => {
    let clock = await readClock(db);
    const overview = await reportsOverview(db, secretariat, meetingId, {}, clock);
    expect(overview.total).toBe(7);
    expect(overview.counts).toMatchObject({ accepted: 1, requested: 6 });
    // The standing committee's report was due on 20 February 2006; today is 1 March 2006.
    expect(overview.overdue).toBe(1);
    const overdue = await reportsOverview(db, secretariat, meetingId, { overdue: "1" }, clock);
    expect(overdue.rows.map((r) => r.bodyId)).toEqual([committee]);
    const accepted = await reportsOverview(
      db,
      secretariat,
      meetingId,
      { status: "accepted" },
      clock,
    );
    expect(accepted.rows.map((r) => r.id)).toEqual([reportId]);

    // The disarmament chair's dashboard: their group's report, due 1 September, not overdue yet.
    const mine = await reportsAwaitingFor(db, chairDis, clock);
    expect(mine.toWrite.map((r) => [r.bodyId, r.status, r.overdue])).toEqual([
      [disarmament, "requested", false],
    ]);
    // Later in the year, by the database's as-of date, it is.
    await db
      .update(appSettings)
      .set({ value: "2006-09-05" })
      .where(eq(appSettings.key, "as_of_date"));
    clock = await readClock(db);
    expect((await reportsAwaitingFor(db, chairDis, clock)).toWrite[0]?.overdue).toBe(true);
    await db
      .update(appSettings)
      .set({ value: "2006-03-01" })
      .where(eq(appSettings.key, "as_of_date"));
  });
});
