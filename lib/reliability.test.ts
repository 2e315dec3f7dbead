import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import {
  appSettings,
  auditLog,
  bodies,
  invitations,
  meetings,
  organizations,
  outbox,
  tasks,
} from "@/db/schema";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { executeAction } from "./action";
import { listOutbox, PAGE_SIZE } from "./activity/queries";
import type { Viewer } from "./auth/permissions";
import { openInvitations } from "./invitations/open-invitations";
import { getInvitation } from "./invitations/queries";
import { replyToInvitation } from "./invitations/reply-to-invitation";
import { sendReminders } from "./invitations/send-reminders";
import { planMeeting } from "./meetings/plan-meeting";
import { updateDeadlines } from "./meetings/update-deadlines";
import { updateOrganization } from "./organizations/update-organization";
import { assignTask } from "./tasks/assign-task";

// Nothing lost, nothing twice (issue 12): one source for each deadline, reminders that do not
// repeat themselves, replays that run once, races that end in a message, pages that skip none.

const plan = (n: number) => ({
  sequenceNumber: n,
  title: `Meeting number ${n}`,
  theme: "",
  venue: "United Nations Headquarters, New York",
  timeZone: "America/New_York",
  startsOn: "2006-09-22",
  endsOn: "2006-09-22",
  scSessionId: "",
});

async function setAsOf(db: Db, day: string) {
  await db.update(appSettings).set({ value: day }).where(eq(appSettings.key, "as_of_date"));
}

describe("reliability", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let focalAu: Viewer;
  let meetingId = "";
  let auInvitation = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    focalAu = await viewerFor(db, "focalAu");
    const planned = await executeAction(planMeeting, { db, viewer: secretariat, input: plan(7) });
    if (!planned.ok) throw new Error(JSON.stringify(planned));
    meetingId = planned.data.id;
    const all = await db.select({ id: organizations.id }).from(organizations);
    const opened = await executeAction(openInvitations, {
      db,
      viewer: secretariat,
      input: {
        meetingId,
        organizationIds: all.map((o) => o.id),
        replyDeadline: "2006-08-25T18:00",
      },
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const [au] = await db.select().from(organizations).where(eq(organizations.shortName, "AU"));
    const [row] = await db
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(eq(invitations.meetingId, meetingId), eq(invitations.organizationId, au?.id ?? "")),
      );
    auInvitation = row?.id ?? "";
  });
  afterAll(async () => {
    await database.close();
  });

  it("moves every invitation's deadline with the meeting's: replies and reminders follow", async () => {
    // 28 August: the first deadline (25 August) has passed for focal points.
    await setAsOf(db, "2006-08-28");
    const reply = async () => {
      const [current] = await db
        .select({ version: invitations.version })
        .from(invitations)
        .where(eq(invitations.id, auInvitation));
      return executeAction(replyToInvitation, {
        db,
        viewer: focalAu,
        input: {
          invitationId: auInvitation,
          version: current?.version ?? 1,
          attending: false,
          representationLevel: null,
          headName: null,
          headTitle: null,
          delegation: [],
          remarks: null,
        },
      });
    };
    expect(await reply()).toMatchObject({ ok: false, formError: "deadlinePassed" });

    // The secretariat extends the meeting's deadline to 1 September ...
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(
      await executeAction(updateDeadlines, {
        db,
        viewer: secretariat,
        input: {
          meetingId,
          version: meeting?.version ?? 1,
          invitation_replies: "2006-09-01T18:00",
          working_group_reports: "2006-09-01T18:00",
          record_comments: "2006-10-13T18:00",
        },
      }),
    ).toMatchObject({ ok: true });
    // ... which is what the focal point sees, and the reply goes in.
    const shown = await getInvitation(db, focalAu, auInvitation);
    expect(shown.replyDeadline?.toISOString()).toBe("2006-09-01T22:00:00.000Z");
    expect(await reply()).toMatchObject({ ok: true });

    // Reminders quote the new date.
    const reminded = await executeAction(sendReminders, {
      db,
      viewer: secretariat,
      input: { meetingId },
    });
    expect(reminded).toMatchObject({ ok: true, data: { organizations: 19 } });
    const [mail] = await db
      .select({ body: outbox.body })
      .from(outbox)
      .where(eq(outbox.recipient, "focal.osce@example.org"))
      .orderBy(outbox.createdAt)
      .limit(10);
    expect(mail).toBeDefined();
    const reminders = await db.select({ body: outbox.body }).from(outbox);
    const osceReminder = reminders.find(
      (m) => m.body.includes("has not yet received") && m.body.includes("Security and Cooperation"),
    );
    expect(osceReminder?.body).toContain("September 1, 2006");
    await setAsOf(db, "2006-03-01");
  });

  it("does not remind an organization twice within 24 hours unless forced", async () => {
    const before = (await db.select({ n: count() }).from(outbox))[0]?.n ?? 0;
    const again = await executeAction(sendReminders, {
      db,
      viewer: secretariat,
      input: { meetingId },
    });
    expect(again).toMatchObject({ ok: false, formError: "allRemindedRecently" });
    expect((await db.select({ n: count() }).from(outbox))[0]?.n).toBe(before);
    const forced = await executeAction(sendReminders, {
      db,
      viewer: secretariat,
      input: { meetingId, force: true },
    });
    expect(forced).toMatchObject({ ok: true, data: { organizations: 19 } });
  });

  it("runs a create replayed with the same key once: 20 parallel replays, one task", async () => {
    const [body] = await db.select().from(bodies).where(eq(bodies.slug, "wg-peacekeeping"));
    const input = {
      title: "Draft the rapid deployment roster",
      detail: "",
      bodyId: body?.id ?? "",
      leadOrganizationId: "",
      dueOn: "",
      decisionId: "",
      meetingId: "",
    };
    const key = "0f8f1c2e-9a1b-4c3d-8e5f-112233445566";
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        executeAction(assignTask, { db, viewer: secretariat, input, idempotencyKey: key }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? (r.data as { id: string }).id : "")));
    expect(ids.size).toBe(1);
    const rows = await db.select().from(tasks).where(eq(tasks.title, input.title));
    expect(rows).toHaveLength(1);
    const audits = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, "task.assign"), eq(auditLog.entityId, rows[0]?.id ?? "")));
    expect(audits[0]?.n).toBe(1);
    // Another key is another submission.
    expect(
      await executeAction(assignTask, {
        db,
        viewer: secretariat,
        input,
        idempotencyKey: `${key}x`,
      }),
    ).toMatchObject({ ok: true });
    expect(await db.select().from(tasks).where(eq(tasks.title, input.title))).toHaveLength(2);
  });

  it("lets one of 20 parallel saves of the same version through: 19 conflicts, nothing lost", async () => {
    const [org] = await db.select().from(organizations).where(eq(organizations.shortName, "PIF"));
    if (!org) throw new Error("PIF");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        executeAction(updateOrganization, {
          db,
          viewer: secretariat,
          input: {
            id: org.id,
            version: org.version,
            name: org.name,
            shortName: org.shortName,
            kind: org.kind,
            headquarters: `Suva (save ${i})`,
            languages: org.languages,
            headName: null,
            headTitle: null,
            website: null,
            active: true,
          },
        }),
      ),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(19);
    const [after] = await db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(after?.version).toBe(org.version + 1);
    expect(after?.headquarters).toMatch(/^Suva \(save \d+\)$/);
  });

  it("turns a race for a unique value into a message on the field", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        executeAction(planMeeting, { db, viewer: secretariat, input: plan(42) }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok))
      expect(r).toMatchObject({
        ok: false,
        code: "validation",
        fieldErrors: { sequenceNumber: ["sequenceTaken"] },
      });
  });

  it("pages the outbox without skipping e-mails queued in one transaction", async () => {
    await db.insert(outbox).values(
      Array.from({ length: PAGE_SIZE + 30 }, (_, i) => ({
        recipient: `bulk${i}@example.org`,
        subject: `Bulk ${i}`,
        body: "b",
      })),
    );
    const seen = new Set<string>();
    let after: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await listOutbox(db, secretariat, { after });
      for (const row of result.rows) seen.add(row.id);
      if (!result.nextAfter) break;
      after = result.nextAfter;
    }
    const total = (await db.select({ n: count() }).from(outbox))[0]?.n ?? 0;
    expect(seen.size).toBe(total);
  });
});
