import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { agendaItems, auditLog, decisions, meetings, records } from "@/db/schema";
import { executeAction } from "@/lib/action";
import type { Viewer } from "@/lib/auth/permissions";
import { readClock } from "@/lib/clock";
import { getDecision } from "@/lib/decisions/queries";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { addAgendaItem } from "./add-agenda-item";
import { issueAgenda } from "./issue-agenda";
import { moveAgendaItem } from "./move-agenda-item";
import { prepareNextMeeting } from "./prepare-next-meeting";
import { agendaChoices, getAgenda, preparationDossier, preparationLinks } from "./queries";
import { setAgendaItemStatus } from "./set-agenda-item-status";
import { updateAgendaItem } from "./update-agenda-item";

// From the demo's sixth meeting (concluded; its Chair's conclusions final; 16 decisions, two of
// them implemented by tasks done) to the seventh meeting's dossier and provisional agenda.

describe("preparing the seventh meeting from the sixth", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let focalAu: Viewer;
  let sixthId = "";
  let seventhId = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    focalAu = await viewerFor(db, "focalAu");
    const [sixth] = await db.select().from(meetings).where(eq(meetings.sequenceNumber, 6));
    sixthId = sixth?.id ?? "";
  });
  afterAll(async () => database.close());

  const prepare = (meetingId: string) =>
    executeAction(prepareNextMeeting, { db, viewer: secretariat, input: { meetingId } });

  it("refuses a meeting that is not concluded, and is the secretariat's alone", async () => {
    const [fifth] = await db.select().from(meetings).where(eq(meetings.sequenceNumber, 5));
    await db
      .update(meetings)
      .set({ status: "held" })
      .where(eq(meetings.id, fifth?.id ?? ""));
    expect(await prepare(fifth?.id ?? "")).toMatchObject({
      ok: false,
      formError: "meetingNotConcluded",
    });
    await db
      .update(meetings)
      .set({ status: "concluded" })
      .where(eq(meetings.id, fifth?.id ?? ""));
    expect(
      await executeAction(prepareNextMeeting, {
        db,
        viewer: focalAu,
        input: { meetingId: sixthId },
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("creates the seventh meeting, carries forward every decision not fully implemented and proposes the agenda", async () => {
    const result = await prepare(sixthId);
    if (!result.ok) throw new Error(JSON.stringify(result));
    seventhId = result.data.meetingId;
    // 16 decisions, of which "Designate focal points" and "Disarmament recommendations" are
    // implemented (their only task is done): 14 go forward.
    expect(result.data).toMatchObject({
      created: true,
      carried: 14,
      itemsAdded: 1 + 1 + 6 + 14 + 1,
    });
    const [seventh] = await db.select().from(meetings).where(eq(meetings.id, seventhId));
    expect(seventh).toMatchObject({
      sequenceNumber: 7,
      title: "Seventh high-level meeting",
      status: "planned",
      startsOn: null,
      agendaIssuedAt: null,
    });
    const carried = await db
      .select({ title: decisions.title })
      .from(decisions)
      .where(eq(decisions.carriedForwardToMeetingId, seventhId));
    expect(carried.map((d) => d.title)).not.toContain("Designate focal points");
    expect(carried.map((d) => d.title)).not.toContain("Disarmament recommendations");
    expect(carried.map((d) => d.title)).toContain("Set up a standing committee");

    const agenda = await getAgenda(db, secretariat, seventhId);
    expect(agenda.items.map((i) => i.kind)).toEqual([
      "adoption_of_outcome",
      "progress_report",
      ...Array(6).fill("working_group_report"),
      ...Array(14).fill("carried_forward"),
      "other_matters",
    ]);
    expect(agenda.items.every((i) => i.status === "proposed")).toBe(true);
    expect(agenda.items.map((i) => i.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const [adoption, progress] = agenda.items;
    expect(adoption?.title).toBe("Adoption of the outcome of the Sixth high-level meeting");
    // The final records of the sixth meeting are its documents: the conclusions and the declaration.
    expect(adoption?.documents.map((d) => d.label)).toEqual([
      "Chair's conclusions (A/60/341–S/2005/567)",
      "Declaration on a partnership of civilizations",
    ]);
    expect(progress?.leadBodyName).toBe("Standing Committee");
    const standingItem = agenda.items.find(
      (i) => i.sourceDecisionTitle === "Set up a standing committee",
    );
    expect(standingItem).toMatchObject({
      title: "Follow-up to decision 3 of the Sixth high-level meeting: Set up a standing committee",
      leadBodyName: "Standing Committee",
      documents: [
        expect.objectContaining({
          kind: "decision",
          href: `/decisions/${standingItem?.sourceDecisionId}`,
        }),
      ],
    });
  });

  it("adds nothing twice when run again", async () => {
    const audits = await db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, "meeting.prepare"));
    const again = await prepare(sixthId);
    expect(again).toMatchObject({
      ok: true,
      data: { meetingId: seventhId, created: false, carried: 0, itemsAdded: 0, documentsLinked: 0 },
    });
    const [items] = await db
      .select({ n: count() })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, seventhId));
    expect(items?.n).toBe(23);
    const after = await db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, "meeting.prepare"));
    expect(after[0]?.n).toBe(audits[0]?.n);
  });

  it("links the meeting page to the next and previous meetings, in one read", async () => {
    const [first, fifth] = await Promise.all(
      [1, 5].map(async (n) => {
        const [m] = await db.select().from(meetings).where(eq(meetings.sequenceNumber, n));
        return m;
      }),
    );
    expect(await preparationLinks(db, sixthId)).toMatchObject({
      sequenceNumber: 6,
      status: "concluded",
      next: { id: seventhId, status: "planned" },
      previous: { id: fifth?.id, title: fifth?.title },
    });
    expect(await preparationLinks(db, first?.id ?? "")).toMatchObject({
      sequenceNumber: 1,
      previous: null,
    });
    expect((await preparationLinks(db, seventhId)).next).toBeNull();
  });

  it("builds the dossier: open decisions with their roll-up, open or overdue tasks, reports, final records, attendance", async () => {
    await expect(preparationDossier(db, focalAu, seventhId, await readClock(db))).rejects.toThrow(
      "forbidden",
    );
    const dossier = await preparationDossier(db, secretariat, seventhId, await readClock(db));
    expect(dossier.previous?.sequenceNumber).toBe(6);
    expect(dossier.decisions).toHaveLength(14);
    expect(dossier.decisions.every((d) => d.carriedHere)).toBe(true);
    expect(
      dossier.decisions.find((d) => d.title === "Set up a standing committee")?.rollup,
    ).toMatchObject({
      status: "in_progress",
      progress: 60,
      tasks: 1,
    });
    expect(dossier.tasks.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        "Draft the terms of reference of the standing committee",
        "Compile the organizations' guidance on human rights in counter-terrorism",
      ]),
    );
    expect(dossier.tasks).toHaveLength(6);
    expect(dossier.tasks.filter((t) => t.overdue).map((t) => t.title)).toEqual([
      "Compile the organizations' guidance on human rights in counter-terrorism",
    ]);
    expect(dossier.reports.accepted).toHaveLength(6);
    expect(dossier.reports.due).toEqual([]);
    expect(dossier.records.map((r) => r.kind)).toEqual(["chairs_conclusions", "declaration"]);
    expect(dossier.attendance).toMatchObject({ invited: 20, attended: 20, heads: 13 });
    expect(dossier.agenda).toEqual({ proposed: 23, accepted: 0, dropped: 0 });
  });

  it("links a decision of the sixth meeting to the seventh meeting's agenda item, and back", async () => {
    const [decision] = await db
      .select()
      .from(decisions)
      .where(
        and(eq(decisions.meetingId, sixthId), eq(decisions.title, "Set up a standing committee")),
      );
    const clock = await readClock(db);
    const page = await getDecision(db, secretariat, decision?.id ?? "", clock);
    expect(page.decision).toMatchObject({
      carriedForwardToId: seventhId,
      carriedForwardToTitle: "Seventh high-level meeting",
    });
    expect(page.tasks.map((t) => t.title)).toEqual([
      "Draft the terms of reference of the standing committee",
    ]);
    expect(page.conclusions?.cited.map((p) => p.number)).toEqual([7]);
    expect(page.agendaItems).toEqual([
      expect.objectContaining({ meetingId: seventhId, status: "proposed" }),
    ]);
    // Before the agenda is issued, participants neither read it nor see the item from the decision.
    await expect(getAgenda(db, focalAu, seventhId)).rejects.toThrow("notFound");
    expect((await getDecision(db, focalAu, decision?.id ?? "", clock)).agendaItems).toEqual([]);
    const agenda = await getAgenda(db, secretariat, seventhId);
    const item = agenda.items.find((i) => i.sourceDecisionId === decision?.id);
    expect(item?.documents[0]?.href).toBe(`/decisions/${decision?.id}`);
  });

  it("the secretariat edits, orders, accepts and drops items, adds its own, then issues the agenda", async () => {
    let agenda = await getAgenda(db, secretariat, seventhId);
    const items = agenda.items;
    const other = items.at(-1);
    const last = items.at(-2);
    if (!other || !last) throw new Error("items");
    // Moving "other matters" up swaps it with the item above; at the bottom it cannot go lower.
    expect(
      await executeAction(moveAgendaItem, {
        db,
        viewer: secretariat,
        input: { itemId: other.id, direction: "up" },
      }),
    ).toMatchObject({ ok: true, data: { position: 22 } });
    agenda = await getAgenda(db, secretariat, seventhId);
    expect(agenda.items.at(-1)?.id).toBe(last.id);
    expect(agenda.items.at(-2)?.id).toBe(other.id);
    const moveDown = await executeAction(moveAgendaItem, {
      db,
      viewer: secretariat,
      input: { itemId: last.id, direction: "down" },
    });
    expect(moveDown).toMatchObject({ ok: true, data: { position: 23 } });

    const adoption = agenda.items[0];
    if (!adoption) throw new Error("adoption");
    const [conclusions] = await db
      .select()
      .from(records)
      .where(and(eq(records.meetingId, sixthId), eq(records.kind, "chairs_conclusions")));
    const choices = await agendaChoices(db, secretariat, seventhId);
    expect(choices.documents.map((d) => d.value)).toContain(`record:${conclusions?.id}`);
    const edited = await executeAction(updateAgendaItem, {
      db,
      viewer: secretariat,
      input: {
        itemId: adoption.id,
        version: adoption.version,
        title: adoption.title,
        leadBodyId: "",
        startsAt: "10:00",
        durationMinutes: "15",
        documents: [`record:${conclusions?.id}`],
      },
    });
    expect(edited).toMatchObject({ ok: true });
    expect(
      await executeAction(updateAgendaItem, {
        db,
        viewer: secretariat,
        input: {
          itemId: adoption.id,
          version: adoption.version,
          title: "Stale",
          leadBodyId: "",
          startsAt: "25:00",
          durationMinutes: "",
          documents: [],
        },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { startsAt: ["time"] } });

    // Not yet: items are still proposed.
    const [seventh] = await db.select().from(meetings).where(eq(meetings.id, seventhId));
    expect(
      await executeAction(issueAgenda, {
        db,
        viewer: secretariat,
        input: { meetingId: seventhId, version: seventh?.version },
      }),
    ).toMatchObject({ ok: false, formError: "agendaEmpty" });
    agenda = await getAgenda(db, secretariat, seventhId);
    for (const [i, item] of agenda.items.entries()) {
      const result = await executeAction(setAgendaItemStatus, {
        db,
        viewer: secretariat,
        input: { itemId: item.id, version: item.version, status: i === 3 ? "dropped" : "accepted" },
      });
      expect(result).toMatchObject({ ok: true });
    }
    const added = await executeAction(addAgendaItem, {
      db,
      viewer: secretariat,
      input: {
        meetingId: seventhId,
        title: "Cooperation in disaster relief",
        leadBodyId: "",
        startsAt: "",
        durationMinutes: "",
        documents: [],
      },
    });
    expect(added).toMatchObject({ ok: true });
    const issued = await executeAction(issueAgenda, {
      db,
      viewer: secretariat,
      input: { meetingId: seventhId, version: seventh?.version },
    });
    expect(issued).toMatchObject({ ok: true, data: { items: 23 } });

    // Issued: every signed-in user reads the accepted items, numbered; it no longer changes.
    const forAu = await getAgenda(db, focalAu, seventhId);
    expect(forAu.items).toHaveLength(23);
    expect(forAu.items.map((i) => i.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(forAu.items.at(-1)?.title).toBe("Cooperation in disaster relief");
    expect(forAu.items[0]).toMatchObject({ startsAt: "10:00", durationMinutes: 15 });
    expect(
      await executeAction(moveAgendaItem, {
        db,
        viewer: secretariat,
        input: { itemId: adoption.id, direction: "down" },
      }),
    ).toMatchObject({ ok: false, formError: "agendaIssued" });
    const [decision] = await db
      .select()
      .from(decisions)
      .where(
        and(eq(decisions.meetingId, sixthId), eq(decisions.title, "Set up a standing committee")),
      );
    expect(
      (await getDecision(db, focalAu, decision?.id ?? "", await readClock(db))).agendaItems,
    ).toEqual([expect.objectContaining({ meetingId: seventhId, status: "accepted" })]);
  });

  it("refuses to prepare a meeting again once the next one has been held", async () => {
    await db.update(meetings).set({ status: "held" }).where(eq(meetings.id, seventhId));
    expect(await prepare(sixthId)).toMatchObject({
      ok: false,
      formError: "nextMeetingAlreadyHeld",
    });
  });
});
