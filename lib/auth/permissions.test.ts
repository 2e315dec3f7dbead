import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import {
  agendaItems,
  auditLog,
  bodies,
  closedDays,
  decisions,
  invitations,
  meetings,
  memberships,
  organizations,
  outbox,
  recordComments,
  records,
  recordVersions,
  reportAttachments,
  reports,
  scSessions,
  tasks,
  users,
} from "@/db/schema";
import { createTestDatabase } from "@/tests/database";
import { allRoles, type RoleName, viewerFor } from "@/tests/viewers";
import { executeAction } from "../action";
import { allActions } from "../action-registry";
import { can, capabilities } from "./permissions";

type Case = {
  allowed: RoleName[];
  /** A valid input for this action, built fresh against the current database state. */
  input: (db: Db) => Promise<Record<string, unknown>>;
};

async function organizationByShortName(db: Db, shortName: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.shortName, shortName));
  if (!row) throw new Error(shortName);
  return row;
}

let sequence = 100;
async function insertMeeting(db: Db, overrides: Partial<typeof meetings.$inferInsert> = {}) {
  sequence += 1;
  const [row] = await db
    .insert(meetings)
    .values({
      sequenceNumber: sequence,
      title: `Meeting ${sequence}`,
      startsOn: "2006-02-01",
      endsOn: "2006-02-01",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("meeting");
  return row;
}

async function insertCouncilMeeting(db: Db) {
  const [row] = await db
    .insert(scSessions)
    .values({
      meetingDate: "2006-05-05",
      title: `Briefing ${crypto.randomUUID()}`,
      format: "briefing",
    })
    .returning();
  if (!row) throw new Error("sc");
  return row;
}

const councilInput = () => ({
  meetingDate: "2006-06-01",
  meetingTime: "10:00",
  meetingNumber: null,
  format: "briefing",
  title: `Briefing ${crypto.randomUUID()}`,
  presidency: "Denmark",
  withRegionalOrganizations: false,
  outcomeSymbol: null,
});

/** An invitation of the African Union to a fresh meeting (the AU focal point may answer it). */
async function insertInvitation(db: Db, shortName = "AU") {
  const meeting = await insertMeeting(db, {
    startsOn: "2006-09-22",
    endsOn: "2006-09-22",
    status: "invitations_open",
  });
  const org = await organizationByShortName(db, shortName);
  const [row] = await db
    .insert(invitations)
    .values({ meetingId: meeting.id, organizationId: org.id })
    .returning();
  if (!row) throw new Error("invitation");
  return { meeting, invitation: row };
}

async function bodyBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(bodies).where(eq(bodies.slug, slug));
  if (!row) throw new Error(slug);
  return row;
}

/** A task of the working group on peacekeeping (its chair may update it; not disarmament's). */
async function insertPeacekeepingTask(db: Db) {
  const body = await bodyBySlug(db, "wg-peacekeeping");
  const [row] = await db
    .insert(tasks)
    .values({ title: "Prepare a report", bodyId: body.id })
    .returning();
  if (!row) throw new Error("task");
  return row;
}

/** A user without a password (invited), or deactivated. */
async function insertUser(db: Db, values: { active?: boolean } = {}) {
  const [row] = await db
    .insert(users)
    .values({ email: `person.${crypto.randomUUID()}@example.org`, name: "A Person", ...values })
    .returning({ id: users.id });
  if (!row) throw new Error("user");
  return row.id;
}

/** A report of the working group on peacekeeping to a fresh meeting, in the given status. */
async function insertPeacekeepingReport(
  db: Db,
  status: "requested" | "draft" | "submitted" = "draft",
) {
  const meeting = await insertMeeting(db, { startsOn: "2006-09-22", endsOn: "2006-09-22" });
  const body = await bodyBySlug(db, "wg-peacekeeping");
  const [row] = await db
    .insert(reports)
    .values({
      bodyId: body.id,
      meetingId: meeting.id,
      status,
      title: "Report on peacekeeping",
      body: "Cooperation in peacekeeping grew this year.",
    })
    .returning();
  if (!row) throw new Error("report");
  return row;
}

/** The first bytes of a real PDF file: enough for its type to be recognized. */
const pdfBytes = () =>
  new TextEncoder().encode("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

/** A record of a fresh meeting held last month, to which the AU was invited (records cases). */
async function insertRecord(
  db: Db,
  {
    status = "draft",
    circulated = false,
  }: { status?: "draft" | "circulated"; circulated?: boolean } = {},
) {
  const meeting = await insertMeeting(db, { status: "held" });
  const au = await organizationByShortName(db, "AU");
  await db
    .insert(invitations)
    .values({ meetingId: meeting.id, organizationId: au.id, attended: true });
  const [record] = await db
    .insert(records)
    .values({
      meetingId: meeting.id,
      kind: "chairs_conclusions",
      title: "Chair's conclusions",
      status,
      paragraphs: [{ number: 1, text: "The participants met." }],
    })
    .returning();
  if (!record) throw new Error("record");
  if (circulated) {
    await db.insert(recordVersions).values({
      recordId: record.id,
      version: 1,
      title: record.title,
      paragraphs: record.paragraphs,
      stage: "circulated",
      commentDeadline: new Date("2006-03-20T22:00:00Z"),
      recipientOrganizationIds: [au.id],
    });
  }
  return { record, au };
}

/** An item of a fresh meeting's provisional agenda (agenda cases). */
async function insertAgendaItem(
  db: Db,
  values: Partial<typeof agendaItems.$inferInsert> = {},
  meetingId?: string,
) {
  const meeting = meetingId ?? (await insertMeeting(db)).id;
  const [row] = await db
    .insert(agendaItems)
    .values({ meetingId: meeting, position: 1, title: "Other matters", ...values })
    .returning();
  if (!row) throw new Error("agenda item");
  return row;
}

// Who may run each action: the single source is lib/auth/permissions.ts; this table is
// what the product promises, written out so that a change to the policy shows up here.
const cases: Record<string, Case> = {
  "report.request": {
    allowed: ["secretariat"],
    input: async (db) => {
      const meeting = await insertMeeting(db, { startsOn: "2006-09-22", endsOn: "2006-09-22" });
      return {
        meetingId: meeting.id,
        bodyIds: [(await bodyBySlug(db, "wg-peacekeeping")).id],
        dueAt: "2006-09-01T18:00",
      };
    },
  },
  "report.save": {
    // The peacekeeping chair for their group's report; never the disarmament chair, and not
    // the secretariat, which reviews reports but does not write them.
    allowed: ["chairPeacekeeping"],
    input: async (db) => {
      const report = await insertPeacekeepingReport(db, "requested");
      return {
        reportId: report.id,
        version: report.version,
        title: "Report of the Working Group on Peacekeeping",
        summary: "",
        body: "The group met three times.",
        recommendations: [{ id: "", text: "Share lessons learned" }],
      };
    },
  },
  "report.submit": {
    allowed: ["chairPeacekeeping"],
    input: async (db) => {
      const report = await insertPeacekeepingReport(db, "draft");
      return { reportId: report.id, version: report.version };
    },
  },
  "report.accept": {
    allowed: ["secretariat"],
    input: async (db) => {
      const report = await insertPeacekeepingReport(db, "submitted");
      return { reportId: report.id, version: report.version };
    },
  },
  "report.return": {
    allowed: ["secretariat"],
    input: async (db) => {
      const report = await insertPeacekeepingReport(db, "submitted");
      return { reportId: report.id, version: report.version, remarks: "Add the figures." };
    },
  },
  "report.attach": {
    allowed: ["chairPeacekeeping"],
    input: async (db) => {
      const report = await insertPeacekeepingReport(db, "draft");
      return { reportId: report.id, file: new File([pdfBytes()], "annex.pdf") };
    },
  },
  "report.removeAttachment": {
    allowed: ["chairPeacekeeping"],
    input: async (db) => {
      const report = await insertPeacekeepingReport(db, "draft");
      const [row] = await db
        .insert(reportAttachments)
        .values({
          reportId: report.id,
          fileName: "annex.pdf",
          mediaType: "application/pdf",
          size: 4,
          sha256: "0",
          content: Buffer.from("%PDF"),
        })
        .returning({ id: reportAttachments.id });
      return { reportId: report.id, attachmentId: row?.id };
    },
  },
  "outbox.requeue": {
    allowed: ["secretariat"],
    input: async (db) => {
      const [row] = await db
        .insert(outbox)
        .values({ recipient: "gone@example.org", subject: "s", body: "b", status: "failed" })
        .returning({ id: outbox.id });
      if (!row) throw new Error("outbox");
      return { id: row.id };
    },
  },
  "account.addUser": {
    allowed: ["secretariat"],
    input: async () => ({
      name: "New Colleague",
      email: `colleague.${crypto.randomUUID()}@un.example.org`,
      jobTitle: null,
      locale: "en",
      role: "secretariat",
    }),
  },
  "account.resendInvitation": {
    allowed: ["secretariat"],
    input: async (db) => ({ userId: await insertUser(db) }),
  },
  "account.deactivate": {
    allowed: ["secretariat"],
    input: async (db) => ({ userId: await insertUser(db) }),
  },
  "account.reactivate": {
    allowed: ["secretariat"],
    input: async (db) => ({ userId: await insertUser(db, { active: false }) }),
  },
  "account.changePassword": {
    allowed: allRoles,
    input: async () => ({
      currentPassword: "concordia-demo",
      password: "Granite-river-lantern-2006",
      confirmation: "Granite-river-lantern-2006",
    }),
  },
  "account.signOutOtherSessions": { allowed: allRoles, input: async () => ({}) },
  "account.updatePreferences": {
    allowed: allRoles,
    input: async () => ({ locale: "fr", timeZone: "Europe/Paris" }),
  },
  "organization.update": {
    allowed: ["secretariat"],
    input: async (db) => {
      const org = await organizationByShortName(db, "PIF");
      return {
        id: org.id,
        version: org.version,
        name: org.name,
        shortName: org.shortName,
        kind: org.kind,
        headquarters: `Suva ${org.version}`,
        languages: org.languages,
        headName: null,
        headTitle: null,
        website: null,
        active: true,
      };
    },
  },
  "organization.designateFocalPoint": {
    allowed: ["secretariat"],
    input: async (db) => {
      const org = await organizationByShortName(db, "SCO");
      return {
        organizationId: org.id,
        version: org.version,
        name: "Li Wei",
        email: `li.wei.${org.version}@sco.example.org`,
        jobTitle: null,
      };
    },
  },
  "organization.removeFocalPoint": {
    allowed: ["secretariat"],
    input: async (db) => {
      const org = await organizationByShortName(db, "NATO");
      const email = `fp.${crypto.randomUUID()}@nato.example.org`;
      const [user] = await db
        .insert(users)
        .values({ email, name: "NATO focal point" })
        .returning({ id: users.id });
      if (!user) throw new Error("user");
      await db
        .insert(memberships)
        .values({ userId: user.id, role: "focal_point", organizationId: org.id });
      return { organizationId: org.id, version: org.version, userId: user.id };
    },
  },
  "profile.setLocale": {
    allowed: allRoles,
    input: async () => ({ locale: "fr" }),
  },
  "calendar.createCouncilMeeting": { allowed: ["secretariat"], input: async () => councilInput() },
  "calendar.updateCouncilMeeting": {
    allowed: ["secretariat"],
    input: async (db) => {
      const row = await insertCouncilMeeting(db);
      return { id: row.id, version: row.version, ...councilInput() };
    },
  },
  "calendar.deleteCouncilMeeting": {
    allowed: ["secretariat"],
    input: async (db) => {
      const row = await insertCouncilMeeting(db);
      return { id: row.id, version: row.version };
    },
  },
  "calendar.importProgramme": {
    allowed: ["secretariat"],
    input: async () => ({
      fileName: "programme.csv",
      content: `date,time,meeting_number,format,title,presidency,with_regional_organizations,outcome_symbol\n2006-06-02,10:00,,briefing,Import ${crypto.randomUUID()},Denmark,no,`,
    }),
  },
  "calendar.addClosedDay": {
    allowed: ["secretariat"],
    input: async () => {
      sequence += 1;
      return {
        day: `2040-01-${String((sequence % 28) + 1).padStart(2, "0")}`,
        description: "Test holiday",
      };
    },
  },
  "calendar.removeClosedDay": {
    allowed: ["secretariat"],
    input: async (db) => {
      sequence += 1;
      const [row] = await db
        .insert(closedDays)
        .values({
          day: `2041-02-${String((sequence % 28) + 1).padStart(2, "0")}`,
          description: "x",
        })
        .returning();
      return { id: row?.id };
    },
  },
  "calendar.createFeed": { allowed: allRoles, input: async () => ({}) },
  "calendar.revokeFeed": { allowed: allRoles, input: async () => ({}) },
  "meeting.plan": {
    allowed: ["secretariat"],
    input: async () => {
      sequence += 1;
      return {
        sequenceNumber: sequence,
        title: `Meeting ${sequence}`,
        theme: null,
        venue: "United Nations Headquarters, New York",
        timeZone: "America/New_York",
        startsOn: "2006-09-22",
        endsOn: "2006-09-22",
        scSessionId: null,
      };
    },
  },
  "meeting.update": {
    allowed: ["secretariat"],
    input: async (db) => {
      const m = await insertMeeting(db);
      return {
        id: m.id,
        version: m.version,
        sequenceNumber: m.sequenceNumber,
        title: "Renamed",
        theme: null,
        venue: m.venue,
        timeZone: "America/New_York",
        startsOn: "2006-02-01",
        endsOn: "2006-02-02",
        scSessionId: null,
      };
    },
  },
  "meeting.advanceStatus": {
    allowed: ["secretariat"],
    input: async (db) => {
      const m = await insertMeeting(db);
      return { id: m.id, version: m.version, to: "held" };
    },
  },
  "invitation.open": {
    allowed: ["secretariat"],
    input: async (db) => {
      const m = await insertMeeting(db, { startsOn: "2006-09-22", endsOn: "2006-09-22" });
      const org = await organizationByShortName(db, "AU");
      return { meetingId: m.id, organizationIds: [org.id], replyDeadline: "2006-08-25T18:00" };
    },
  },
  "invitation.reply": {
    // The AU's own focal point, and the secretariat on its behalf; never the OSCE's.
    allowed: ["secretariat", "focalAu"],
    input: async (db) => {
      const { invitation } = await insertInvitation(db);
      return {
        invitationId: invitation.id,
        version: invitation.version,
        attending: true,
        representationLevel: "head",
        headName: "Alpha Oumar Konaré",
        headTitle: "Chairperson of the Commission",
        delegation: [{ name: "A. Delegate", title: "Adviser", email: "delegate@au.example.org" }],
        remarks: null,
      };
    },
  },
  "invitation.remind": {
    allowed: ["secretariat"],
    input: async (db) => ({ meetingId: (await insertInvitation(db)).meeting.id }),
  },
  "invitation.recordAttendance": {
    allowed: ["secretariat"],
    input: async (db) => {
      const meeting = await insertMeeting(db, {
        startsOn: "2006-02-01",
        endsOn: "2006-02-01",
        status: "held",
      });
      const org = await organizationByShortName(db, "OAS");
      const [row] = await db
        .insert(invitations)
        .values({ meetingId: meeting.id, organizationId: org.id, status: "confirmed" })
        .returning();
      return {
        meetingId: meeting.id,
        rows: [{ invitationId: row?.id, attended: true, headPresent: false }],
      };
    },
  },
  "task.assign": {
    allowed: ["secretariat"],
    input: async (db) => ({
      title: "Compile lessons learned",
      detail: "",
      bodyId: (await bodyBySlug(db, "wg-peacekeeping")).id,
      leadOrganizationId: null,
      dueOn: "2006-08-31",
      decisionId: null,
      meetingId: null,
    }),
  },
  "task.edit": {
    allowed: ["secretariat"],
    input: async (db) => {
      const task = await insertPeacekeepingTask(db);
      return {
        id: task.id,
        version: task.version,
        title: "Renamed",
        detail: "",
        bodyId: task.bodyId,
        leadOrganizationId: null,
        dueOn: null,
        decisionId: null,
        meetingId: null,
      };
    },
  },
  "task.updateProgress": {
    // The peacekeeping chair for their group's task; never the disarmament chair.
    allowed: ["secretariat", "chairPeacekeeping"],
    input: async (db) => {
      const task = await insertPeacekeepingTask(db);
      return {
        taskId: task.id,
        version: task.version,
        status: "in_progress",
        progress: 50,
        note: "Halfway",
      };
    },
  },
  "decision.record": {
    allowed: ["secretariat"],
    input: async (db) => {
      const [sixth] = await db.select().from(meetings).where(eq(meetings.sequenceNumber, 6));
      return {
        meetingId: sixth?.id,
        title: "A new decision",
        text: "Text of the decision",
        responsibleBodyId: null,
      };
    },
  },
  "decision.setStatus": {
    allowed: ["secretariat"],
    input: async (db) => {
      const [sixth] = await db.select().from(meetings).where(eq(meetings.sequenceNumber, 6));
      sequence += 1;
      const [row] = await db
        .insert(decisions)
        .values({
          meetingId: sixth?.id ?? "",
          position: 1000 + sequence,
          title: "Untasked",
          text: "x",
        })
        .returning();
      return {
        decisionId: row?.id,
        version: row?.version,
        status: "implemented",
        reason: "Done by a letter of the Secretary-General",
      };
    },
  },
  "body.create": {
    allowed: ["secretariat"],
    input: async () => ({
      kind: "working_group",
      name: `Working Group ${crypto.randomUUID()}`,
      mandate: "Terms",
      activeFrom: null,
    }),
  },
  "body.update": {
    allowed: ["secretariat"],
    input: async (db) => {
      const body = await bodyBySlug(db, "wg-un-reform");
      return {
        id: body.id,
        version: body.version,
        name: body.name,
        mandate: `Revised ${crypto.randomUUID()}`,
        activeFrom: null,
        activeTo: null,
      };
    },
  },
  "body.appointChair": {
    allowed: ["secretariat"],
    input: async (db) => ({
      bodyId: (await bodyBySlug(db, "wg-un-reform")).id,
      name: "New Chair",
      email: `chair.${crypto.randomUUID()}@example.org`,
      jobTitle: null,
    }),
  },
  "body.removeChair": {
    allowed: ["secretariat"],
    input: async (db) => {
      const body = await bodyBySlug(db, "wg-un-reform");
      const [user] = await db
        .insert(users)
        .values({ email: `old.${crypto.randomUUID()}@example.org`, name: "Old chair" })
        .returning();
      await db
        .insert(memberships)
        .values({ userId: user?.id ?? "", role: "chair", bodyId: body.id });
      return { bodyId: body.id, userId: user?.id };
    },
  },
  "body.setMembers": {
    allowed: ["secretariat"],
    input: async (db) => {
      const body = await bodyBySlug(db, "wg-un-reform");
      return {
        bodyId: body.id,
        version: body.version,
        organizationIds: [(await organizationByShortName(db, "AU")).id],
      };
    },
  },
  "meeting.updateDeadlines": {
    allowed: ["secretariat"],
    input: async (db) => {
      const m = await insertMeeting(db);
      return {
        meetingId: m.id,
        version: m.version,
        invitation_replies: "2006-01-05T18:00",
        working_group_reports: "2006-01-10T18:00",
        record_comments: "2006-02-20T18:00",
      };
    },
  },
  "record.create": {
    allowed: ["secretariat"],
    input: async (db) => ({
      meetingId: (await insertMeeting(db)).id,
      kind: "statement",
      title: "Statement by the Chair",
      symbol: null,
      issuedOn: "",
      originalLanguage: "en",
      paragraphs: [{ text: "The participants met." }],
    }),
  },
  "record.update": {
    allowed: ["secretariat"],
    input: async (db) => {
      const { record } = await insertRecord(db);
      return {
        recordId: record.id,
        version: record.version,
        kind: "chairs_conclusions",
        title: "Chair's conclusions",
        symbol: "A/61/1",
        issuedOn: "",
        originalLanguage: "en",
        paragraphs: [{ text: "The participants met." }, { text: "They agreed." }],
      };
    },
  },
  "record.circulate": {
    allowed: ["secretariat"],
    input: async (db) => {
      const { record, au } = await insertRecord(db);
      return {
        recordId: record.id,
        version: record.version,
        organizationIds: [au.id],
        commentDeadline: "2006-03-20T18:00",
      };
    },
  },
  "record.comment": {
    // The focal point of a recipient organization; not the secretariat, not another's.
    allowed: ["focalAu"],
    input: async (db) => {
      const { record, au } = await insertRecord(db, { status: "circulated", circulated: true });
      return {
        recordId: record.id,
        organizationId: au.id,
        paragraphNumber: 1,
        text: "Please name the meeting's date.",
        proposedText: null,
      };
    },
  },
  "record.disposeComment": {
    allowed: ["secretariat"],
    input: async (db) => {
      const { record, au } = await insertRecord(db, { status: "circulated", circulated: true });
      const [comment] = await db
        .insert(recordComments)
        .values({
          recordId: record.id,
          recordVersion: 1,
          organizationId: au.id,
          paragraphNumber: 1,
          text: "A comment",
        })
        .returning();
      return {
        commentId: comment?.id,
        version: comment?.version,
        disposition: "accepted",
        reason: "Agreed",
      };
    },
  },
  "record.revise": {
    allowed: ["secretariat"],
    input: async (db) => {
      const { record } = await insertRecord(db, { status: "circulated", circulated: true });
      return { recordId: record.id, version: record.version };
    },
  },
  "record.finalize": {
    allowed: ["secretariat"],
    input: async (db) => {
      const { record } = await insertRecord(db);
      return { recordId: record.id, version: record.version };
    },
  },
  "record.delete": {
    allowed: ["secretariat"],
    input: async (db) => {
      const { record } = await insertRecord(db);
      return { recordId: record.id, version: record.version };
    },
  },
  "decision.update": {
    allowed: ["secretariat"],
    input: async (db) => {
      // A meeting without final Chair's conclusions: its outcome is still in draft.
      const meeting = await insertMeeting(db);
      const [row] = await db
        .insert(decisions)
        .values({ meetingId: meeting.id, position: 1, title: "Draft decision", text: "x" })
        .returning();
      return {
        decisionId: row?.id,
        version: row?.version,
        title: "Edited decision",
        text: "Edited text",
        responsibleBodyId: "",
        sourceParagraphs: "",
        endorsement: "",
      };
    },
  },
  "decision.withdraw": {
    allowed: ["secretariat"],
    input: async (db) => {
      const meeting = await insertMeeting(db);
      const [row] = await db
        .insert(decisions)
        .values({ meetingId: meeting.id, position: 1, title: "Recorded in error", text: "x" })
        .returning();
      return { decisionId: row?.id, version: row?.version };
    },
  },
  "meeting.prepare": {
    allowed: ["secretariat"],
    input: async (db) => {
      // Numbers of their own, so that the next meeting it creates never meets another case's.
      sequence += 1;
      const m = await insertMeeting(db, {
        sequenceNumber: 20_000 + 2 * sequence,
        status: "concluded",
      });
      return { meetingId: m.id };
    },
  },
  "agenda.addItem": {
    allowed: ["secretariat"],
    input: async (db) => ({
      meetingId: (await insertMeeting(db)).id,
      title: "Briefing by the Chair of the standing committee",
      leadBodyId: (await bodyBySlug(db, "standing-committee")).id,
      startsAt: "10:00",
      durationMinutes: "30",
      documents: [],
    }),
  },
  "agenda.updateItem": {
    allowed: ["secretariat"],
    input: async (db) => {
      const item = await insertAgendaItem(db);
      return {
        itemId: item.id,
        version: item.version,
        title: "Any other business",
        leadBodyId: "",
        startsAt: "",
        durationMinutes: "",
        documents: [],
      };
    },
  },
  "agenda.setItemStatus": {
    allowed: ["secretariat"],
    input: async (db) => {
      const item = await insertAgendaItem(db);
      return { itemId: item.id, version: item.version, status: "accepted" };
    },
  },
  "agenda.moveItem": {
    allowed: ["secretariat"],
    input: async (db) => {
      const first = await insertAgendaItem(db);
      const second = await insertAgendaItem(
        db,
        { position: 2, title: "Adoption" },
        first.meetingId,
      );
      return { itemId: second.id, direction: "up" };
    },
  },
  "agenda.issue": {
    allowed: ["secretariat"],
    input: async (db) => {
      const item = await insertAgendaItem(db, { status: "accepted" });
      const [m] = await db.select().from(meetings).where(eq(meetings.id, item.meetingId));
      return { meetingId: item.meetingId, version: m?.version };
    },
  },
};

async function auditCount(db: Db) {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
}

describe("the permission policy, for every action and every role", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it("lists every action defined in lib/ in the registry and in this table", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const defined: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
          for (const m of readFileSync(full, "utf8").matchAll(
            /defineAction\(\{\s*name: "([\w.]+)"/g,
          )) {
            if (m[1]) defined.push(m[1]);
          }
        }
      }
    };
    walk(root);
    expect(defined.sort()).toEqual(allActions.map((a) => a.name).sort());
    expect(Object.keys(cases).sort()).toEqual(defined.sort());
  });

  for (const action of allActions) {
    for (const role of allRoles) {
      it(`${action.name} as ${role}`, async () => {
        const testCase = cases[action.name];
        if (!testCase) throw new Error(`no case for ${action.name}`);
        const db = database.db;
        const viewer = await viewerFor(db, role);
        const input = await testCase.input(db);
        const auditBefore = await auditCount(db);
        const result = await executeAction(action, { db, viewer, input });
        if (testCase.allowed.includes(role)) {
          expect(result).toMatchObject({ ok: true });
          expect(await auditCount(db)).toBe(auditBefore + 1);
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden" });
          expect(await auditCount(db)).toBe(auditBefore);
        }
      });
    }
  }

  it("refuses everything to a request without a session", async () => {
    for (const action of allActions) {
      const result = await executeAction(action, { db: database.db, viewer: null, input: {} });
      expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    }
  });

  it("scopes chairs to their body and focal points to their organization", async () => {
    const chair = await viewerFor(database.db, "chairPeacekeeping");
    const focal = await viewerFor(database.db, "focalAu");
    const secretariat = await viewerFor(database.db, "secretariat");
    const ownBody = chair.grants.find((g) => g.role === "chair")?.bodyId;
    const ownOrganization = focal.grants.find((g) => g.role === "focal_point")?.organizationId;
    const osce = await organizationByShortName(database.db, "OSCE");
    expect(can(chair, "task.updateProgress", { bodyId: ownBody })).toBe(true);
    expect(
      can(chair, "task.updateProgress", { bodyId: "00000000-0000-0000-0000-000000000000" }),
    ).toBe(false);
    expect(can(focal, "invitation.replyFor", { organizationId: ownOrganization })).toBe(true);
    expect(can(focal, "invitation.replyFor", { organizationId: osce.id })).toBe(false);
    expect(can(secretariat, "invitation.replyFor", { organizationId: osce.id })).toBe(true);
    expect(can(null, "organization.read")).toBe(false);
    for (const capability of capabilities)
      expect(typeof can(secretariat, capability)).toBe("boolean");
  });
});
