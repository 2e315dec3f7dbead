import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { demoUsers } from "@/db/demo-data";
import {
  appSettings,
  auditLog,
  invitations,
  meetings,
  memberships,
  organizations,
  outbox,
  scSessions,
} from "@/db/schema";
import { executeAction } from "@/lib/action";
import { planMeeting } from "@/lib/meetings/plan-meeting";
import { sendDueEmails } from "@/lib/notifications/sender";
import { removeFocalPoint } from "@/lib/organizations/remove-focal-point";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import type { Viewer } from "../auth/permissions";
import { readClock } from "../clock";
import { getDashboard } from "../dashboard/queries";
import { openInvitations } from "./open-invitations";
import { participantsCsv } from "./participants-csv";
import { getInvitation, getInvitationOverview, listParticipants } from "./queries";
import { recordAttendance } from "./record-attendance";
import { effectiveReplyDeadline } from "./reply-deadline";
import { replyToInvitation } from "./reply-to-invitation";
import { sendReminders } from "./send-reminders";

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
const dayIn = (instant: Date | null | undefined, timeZone: string) =>
  instant ? new Intl.DateTimeFormat("en-CA", { timeZone }).format(instant) : null;

const delegation = [
  { name: "Amina Tesfaye", title: "Senior official", email: "amina@au.example.org" },
  { name: "Kwame Mensah", title: "Adviser", email: "kwame@au.example.org" },
  { name: "Fatou Diallo", title: "Adviser", email: "fatou@au.example.org" },
];

describe("invitations and attendance", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let focalAu: Viewer;
  let focalOsce: Viewer;
  let meetingId = "";
  const invitationOf: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    focalAu = await viewerFor(db, "focalAu");
    focalOsce = await viewerFor(db, "focalOsce");
    // The demo gives every organization a focal point; NATO's is removed here, so that one
    // organization is invited without anybody to tell.
    const [nato] = await db.select().from(organizations).where(eq(organizations.shortName, "NATO"));
    const [natoFocal] = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(eq(memberships.organizationId, nato?.id ?? ""), eq(memberships.role, "focal_point")),
      );
    const removed = await executeAction(removeFocalPoint, {
      db,
      viewer: secretariat,
      input: { organizationId: nato?.id, version: nato?.version, userId: natoFocal?.userId },
    });
    if (!removed.ok) throw new Error("remove NATO's focal point");
    const [council] = await db.select().from(scSessions).where(eq(scSessions.meetingNumber, 5529));
    const planned = await executeAction(planMeeting, {
      db,
      viewer: secretariat,
      input: {
        sequenceNumber: 7,
        title: "Seventh high-level meeting",
        theme: null,
        venue: "United Nations Headquarters, New York",
        timeZone: "America/New_York",
        startsOn: "2006-09-22",
        endsOn: "2006-09-22",
        scSessionId: council?.id ?? null,
      },
    });
    if (!planned.ok) throw new Error("plan");
    meetingId = planned.data.id;
  });
  afterAll(async () => database.close());

  const reply = (shortName: string, changes: Record<string, unknown> = {}) => ({
    invitationId: invitationOf[shortName],
    version: 1,
    attending: true,
    representationLevel: "head",
    headName: "Alpha Oumar Konaré",
    headTitle: "Chairperson of the Commission",
    delegation,
    remarks: null,
    ...changes,
  });

  it("opens invitations for all active organizations and notifies their focal points", async () => {
    const all = await db
      .select({ id: organizations.id, shortName: organizations.shortName })
      .from(organizations);
    const result = await executeAction(openInvitations, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        organizationIds: all.map((o) => o.id),
        replyDeadline: "2006-08-25T18:00",
      },
    });
    // Every organization is invited; every focal point but NATO's (it has none) is told.
    expect(result).toEqual({ ok: true, data: { invited: 20, alreadyInvited: 0, notified: 19 } });
    const rows = await db
      .select({
        id: invitations.id,
        organizationId: invitations.organizationId,
        ownDeadline: invitations.replyDeadline,
        replyDeadline: effectiveReplyDeadline,
        status: invitations.status,
        createdAt: invitations.createdAt,
      })
      .from(invitations)
      .where(eq(invitations.meetingId, meetingId));
    expect(rows).toHaveLength(20);
    // Sent on the demo's day (as of 1 March 2006), not on the real date.
    expect(new Set(rows.map((r) => dayIn(r.createdAt, secretariat.timeZone)))).toEqual(
      new Set(["2006-03-01"]),
    );
    // Each invitation follows the meeting's deadline (one source): none of its own.
    expect(
      rows.every(
        (r) =>
          r.status === "pending" &&
          r.ownDeadline === null &&
          r.replyDeadline?.toISOString() === "2006-08-25T22:00:00.000Z",
      ),
    ).toBe(true);
    for (const o of all)
      invitationOf[o.shortName ?? "ComSec"] = rows.find((r) => r.organizationId === o.id)?.id ?? "";
    const mails = await db
      .select()
      .from(outbox)
      .where(
        and(
          eq(outbox.relatedEntity, "invitation"),
          inArray(
            outbox.relatedId,
            rows.map((r) => r.id),
          ),
        ),
      );
    const focalPointEmails = demoUsers
      .filter((u) => u.role === "focal_point" && u.email !== "focal.nato@example.org")
      .map((u) => u.email)
      .sort();
    expect(focalPointEmails).toHaveLength(19);
    expect(mails.map((m) => m.recipient).sort()).toEqual(focalPointEmails);
    // Each focal point is told about their own organization's invitation, in their language.
    const toAu = mails.find((m) => m.recipient === "focal.au@example.org");
    expect(toAu?.relatedId).toBe(invitationOf.AU);
    expect(toAu?.subject).toBe("Invitation: Seventh high-level meeting");
    expect(toAu?.body).toContain("Friday, August 25, 2006");
    const toCoe = mails.find((m) => m.recipient === "focal.coe@example.org");
    expect(toCoe?.relatedId).toBe(invitationOf.CoE);
    expect(toCoe?.subject).toBe("Invitation : Seventh high-level meeting");
    expect(toCoe?.body).toContain("vendredi 25 août 2006");
    const [meeting] = await db
      .select({ status: meetings.status })
      .from(meetings)
      .where(eq(meetings.id, meetingId));
    expect(meeting?.status).toBe("invitations_open");
    // Opening again invites nobody twice.
    const again = await executeAction(openInvitations, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        organizationIds: all.map((o) => o.id),
        replyDeadline: "2006-08-25T18:00",
      },
    });
    expect(again).toMatchObject({ ok: true, data: { invited: 0, alreadyInvited: 20 } });
  });

  it("the African Union's focal point confirms: the head attends with a delegation of three", async () => {
    const result = await executeAction(replyToInvitation, {
      db,
      viewer: focalAu,
      input: reply("AU"),
    });
    expect(result).toEqual({ ok: true, data: { version: 2, repeated: false } });
    const row = await getInvitation(db, focalAu, invitationOf.AU ?? "");
    expect(row).toMatchObject({
      status: "confirmed",
      representationLevel: "head",
      headAttending: true,
      enteredBySecretariat: false,
    });
    expect(row.delegation).toHaveLength(3);
    // The demo reads as of 1 March 2006: the reply is dated that day where the replier is.
    expect(dayIn(row.repliedAt, focalAu.timeZone)).toBe("2006-03-01");
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, invitationOf.AU ?? ""), eq(auditLog.action, "invitation.reply")),
      );
    expect(audit).toMatchObject({
      actorId: focalAu.id,
      before: expect.objectContaining({ status: "pending" }),
      after: expect.objectContaining({ status: "confirmed" }),
    });
  });

  it("the same reply submitted twice gives one reply, not two and not a conflict", async () => {
    const auditsBefore = (await db.select({ n: count() }).from(auditLog))[0]?.n;
    const repeated = await executeAction(replyToInvitation, {
      db,
      viewer: focalAu,
      input: reply("AU"),
    });
    expect(repeated).toEqual({ ok: true, data: { version: 2, repeated: true } });
    expect((await db.select({ n: count() }).from(auditLog))[0]?.n).toBe(auditsBefore);
  });

  it("a different reply from a stale version is a conflict and the first reply is kept", async () => {
    const stale = await executeAction(replyToInvitation, {
      db,
      viewer: secretariat,
      input: reply("AU", { attending: false }),
    });
    expect(stale).toMatchObject({
      ok: false,
      code: "conflict",
      // What the other person saved, in the form's terms, with the version to answer on.
      current: expect.objectContaining({
        attending: true,
        representationLevel: "head",
        version: 2,
      }),
    });
    expect((await getInvitation(db, focalAu, invitationOf.AU ?? "")).status).toBe("confirmed");
  });

  it("a focal point cannot reply for another organization, nor read its invitation", async () => {
    const result = await executeAction(replyToInvitation, {
      db,
      viewer: focalAu,
      input: reply("OSCE", { attending: false }),
    });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    const [osce] = await db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invitationOf.OSCE ?? ""));
    expect(osce).toMatchObject({ status: "pending", version: 1 });
    await expect(getInvitation(db, focalAu, invitationOf.OSCE ?? "")).rejects.toThrow();
    await expect(getInvitationOverview(db, focalAu, meetingId)).rejects.toThrow();
  });

  it("the OSCE declines; declining clears the attendance details", async () => {
    const result = await executeAction(replyToInvitation, {
      db,
      viewer: focalOsce,
      // The form still holds an empty delegation row, hidden once "does not attend" is chosen.
      input: reply("OSCE", {
        attending: false,
        remarks: "Ministerial Council the same week",
        delegation: [{ name: "", title: "", email: "" }],
      }),
    });
    expect(result).toMatchObject({ ok: true });
    const row = await getInvitation(db, focalOsce, invitationOf.OSCE ?? "");
    expect(row).toMatchObject({
      status: "declined",
      representationLevel: null,
      headAttending: false,
      delegation: [],
    });
  });

  it("validates the reply with clear errors and writes nothing", async () => {
    const bad = await executeAction(replyToInvitation, {
      db,
      viewer: focalAu,
      input: reply("AU", {
        version: 2,
        representationLevel: "",
        delegation: [
          { name: "", title: "", email: "not-an-email" },
          { name: "Kwame Mensah", title: "", email: "kwame@au.example.org" },
          { name: "Again", title: "", email: "kwame@au.example.org" },
        ],
      }),
    });
    expect(bad).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: {
        representationLevel: ["chooseOne"],
        "delegation.0.name": ["required"],
        "delegation.0.email": ["email"],
        "delegation.2.email": ["duplicateEmail"],
      },
    });
    // The head attending (the "head" level) is named.
    expect(
      await executeAction(replyToInvitation, {
        db,
        viewer: focalAu,
        input: reply("AU", { version: 2, headName: " " }),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { headName: ["required"] } });
    // One question, not two: a separate "head attends" box is no longer part of a reply.
    expect(
      await executeAction(replyToInvitation, {
        db,
        viewer: focalAu,
        input: reply("AU", { version: 2, headAttending: true }),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { _form: ["unknownField"] } });
    const tooMany = Array.from({ length: 13 }, (_, i) => ({
      name: `Member ${i}`,
      title: "",
      email: `m${i}@au.example.org`,
    }));
    expect(
      await executeAction(replyToInvitation, {
        db,
        viewer: focalAu,
        input: reply("AU", { version: 2, delegation: tooMany }),
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { delegation: ["delegationTooLarge"] },
    });
    expect((await getInvitation(db, focalAu, invitationOf.AU ?? "")).version).toBe(2);
  });

  it("counts replies for the secretariat: 1 confirmed, 1 declined, 18 without reply, one head", async () => {
    const overview = await getInvitationOverview(db, secretariat, meetingId);
    expect(overview.counts).toMatchObject({
      invited: 20,
      confirmed: 1,
      declined: 1,
      pending: 18,
      headsAttending: 1,
      delegates: 3,
    });
    const filtered = await getInvitationOverview(db, secretariat, meetingId, {
      status: "pending",
      kind: "chapter_viii_regional",
    });
    expect(filtered.rows.map((r) => r.shortName).sort()).toEqual(["CoE", "LAS", "OAS"]);
    expect(overview.rows.find((r) => r.shortName === "NATO")?.focalPoints).toEqual([]);
    expect(overview.rows.find((r) => r.shortName === "LAS")?.focalPoints).toEqual([
      "Karim Mansour",
    ]);
  });

  it("shows a focal point the invitations awaiting their reply on the dashboard", async () => {
    const clock = await readClock(db);
    const oas = await getDashboard(db, await viewerFor(db, "focalOas"), clock);
    expect(oas.awaitingReply).toEqual([
      expect.objectContaining({
        meetingTitle: "Seventh high-level meeting",
        organizationName: "Organization of American States",
      }),
    ]);
    const au = await getDashboard(db, focalAu, clock);
    expect(au.awaitingReply).toEqual([]);
    const osceView = await getDashboard(db, focalOsce, clock);
    expect(osceView.awaitingReply).toEqual([]);
  });

  it("sends reminders to those without a reply, recorded on each invitation", async () => {
    const result = await executeAction(sendReminders, {
      db,
      viewer: secretariat,
      input: { meetingId },
    });
    // 18 without a reply (all but the AU and the OSCE); NATO has no focal point to remind.
    expect(result).toEqual({ ok: true, data: { organizations: 18, emails: 17 } });
    const [oas] = await db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invitationOf.OAS ?? ""));
    expect(oas?.remindersSent).toBe(1);
    expect(dayIn(oas?.lastRemindedAt, secretariat.timeZone)).toBe("2006-03-01");
    const [au] = await db
      .select()
      .from(invitations)
      .where(eq(invitations.id, invitationOf.AU ?? ""));
    expect(au?.remindersSent).toBe(0);
    const reminders = await db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, "focal.oas@example.org"));
    expect(reminders.map((m) => m.subject)).toContain(
      "Reminder: reply for Organization of American States (Seventh high-level meeting)",
    );
    // Every focal point whose organization has not replied, and nobody else.
    const reminded = await db
      .select({ recipient: outbox.recipient })
      .from(outbox)
      .where(and(eq(outbox.relatedEntity, "meeting"), eq(outbox.relatedId, meetingId)));
    expect(reminded.map((m) => m.recipient).sort()).toEqual(
      demoUsers
        .filter((u) => u.role === "focal_point")
        .map((u) => u.email)
        .filter(
          (e) =>
            !["focal.au@example.org", "focal.osce@example.org", "focal.nato@example.org"].includes(
              e,
            ),
        )
        .sort(),
    );
  });

  it("after the deadline only the secretariat can change a reply, marked as entered by it", async () => {
    await db
      .update(appSettings)
      .set({ value: "2006-09-01" })
      .where(eq(appSettings.key, "as_of_date"));
    const late = await executeAction(replyToInvitation, {
      db,
      viewer: focalAu,
      input: reply("AU", { version: 2, representationLevel: "deputy_head" }),
    });
    expect(late).toMatchObject({ ok: false, code: "validation", formError: "deadlinePassed" });
    const bySecretariat = await executeAction(replyToInvitation, {
      db,
      viewer: secretariat,
      input: reply("OAS", {
        attending: true,
        representationLevel: "senior_official",
        // Typed before the level was changed from "Head of organization": not kept.
        headName: "Albert Ramdin",
      }),
    });
    expect(bySecretariat).toMatchObject({ ok: true });
    expect(await getInvitation(db, secretariat, invitationOf.OAS ?? "")).toMatchObject({
      enteredBySecretariat: true,
      representationLevel: "senior_official",
      headAttending: false,
      headName: null,
    });
  });

  it("records actual attendance only once the meeting has started, and compares it with the replies", async () => {
    const early = await executeAction(recordAttendance, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        rows: [{ invitationId: invitationOf.AU, attended: true, headPresent: true }],
      },
    });
    expect(early).toMatchObject({ ok: false, formError: "meetingNotHeldYet" });
    await db
      .update(appSettings)
      .set({ value: "2006-09-23" })
      .where(eq(appSettings.key, "as_of_date"));
    const result = await executeAction(recordAttendance, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        rows: [
          { invitationId: invitationOf.AU, attended: true, headPresent: false },
          { invitationId: invitationOf.OAS, attended: true, headPresent: true },
        ],
      },
    });
    expect(result).toEqual({ ok: true, data: { recorded: 2 } });
    // The meeting has begun: the page offers no reminder, and the command agrees.
    expect(
      await executeAction(sendReminders, { db, viewer: secretariat, input: { meetingId } }),
    ).toMatchObject({ ok: false, formError: "meetingAlreadyHeld" });
    const overview = await getInvitationOverview(db, secretariat, meetingId);
    expect(overview.counts).toMatchObject({
      confirmed: 2,
      attended: 2,
      headsAttending: 1,
      headsPresent: 1,
    });
    await db
      .update(appSettings)
      .set({ value: "2006-03-01" })
      .where(eq(appSettings.key, "as_of_date"));
  });

  it("lists participants alphabetically in a CSV whose cells cannot run as formulas", async () => {
    const { rows } = await listParticipants(db, secretariat, meetingId);
    expect(rows.map((r) => r.organizationName)).toEqual([
      "African Union",
      "Organization of American States",
    ]);
    const csv = participantsCsv(
      [
        ...rows,
        {
          organizationName: '=HYPERLINK("http://x")',
          representationLevel: "other",
          headAttending: false,
          headName: null,
          headTitle: null,
          delegation: [{ name: "@SUM(A1)", title: "+1", email: "-x@example.org" }],
        },
      ],
      {
        header: ["Organization", "Level", "Head attending", "Head", "Name", "Title", "E-mail"],
        level: (l) => l ?? "",
        yes: "yes",
        no: "no",
      },
    );
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("Organization,Level,Head attending,Head,Name,Title,E-mail");
    // A line per delegation member: the AU's three, the OAS's three, the test row's one.
    expect(lines).toHaveLength(1 + 3 + 3 + 1);
    expect(lines[1]).toBe(
      'African Union,head,yes,"Alpha Oumar Konaré, Chairperson of the Commission",Amina Tesfaye,Senior official,amina@au.example.org',
    );
    expect(lines.at(-1)).toBe(
      '"\'=HYPERLINK(""http://x"")",other,no,,\'@SUM(A1),\'+1,\'-x@example.org',
    );
    await expect(listParticipants(db, focalAu, meetingId)).rejects.toThrow();
  });

  it("sends the outbox by SMTP when configured, retrying failures with back-off", async () => {
    const sentTo: string[] = [];
    let failNext = true;
    const transport = {
      sendMail: async (mail: { to: string }) => {
        if (failNext) {
          failNext = false;
          throw new Error("421 try again later");
        }
        sentTo.push(mail.to);
        return {};
      },
    };
    const now = new Date();
    const first = await sendDueEmails(db, transport as never, {
      from: "test@example.org",
      now,
      batch: 100,
    });
    const pendingTotal = first.sent + first.failed;
    expect(first.failed).toBe(1);
    expect(first.sent).toBe(pendingTotal - 1);
    const [retried] = await db.select().from(outbox).where(eq(outbox.status, "pending"));
    expect(retried).toMatchObject({ attempts: 1, lastError: "421 try again later" });
    // Not due yet: nothing is sent before the back-off has passed.
    expect(
      await sendDueEmails(db, transport as never, { from: "t@example.org", now, batch: 100 }),
    ).toEqual({ sent: 0, failed: 0 });
    const later = new Date(now.getTime() + 61_000);
    expect(
      await sendDueEmails(db, transport as never, {
        from: "t@example.org",
        now: later,
        batch: 100,
      }),
    ).toEqual({ sent: 1, failed: 0 });
    expect(sentTo).toHaveLength(pendingTotal);
    expect(await db.select().from(outbox).where(eq(outbox.status, "pending"))).toEqual([]);
  });
});
