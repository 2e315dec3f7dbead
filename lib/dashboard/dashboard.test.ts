import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { bodies, invitations, meetings, memberships, organizations, outbox } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { getBody, listBodies } from "@/lib/bodies/queries";
import { readClock } from "@/lib/clock";
import { getMeeting, listMeetings } from "@/lib/meetings/queries";
import { navigationFor } from "@/lib/navigation";
import { removeFocalPoint } from "@/lib/organizations/remove-focal-point";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { getDashboard } from "./queries";

describe("what each role sees first", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it("reads today from the database's as-of date", async () => {
    const clock = await readClock(database.db);
    expect(clock.today).toBe("2006-03-01");
    expect(clock.pinned).toBe(true);
  });

  it("the secretariat's dashboard: the sixth meeting, months since it, the next Council debate and the counts", async () => {
    const viewer = await viewerFor(database.db, "secretariat");
    const data = await getDashboard(database.db, viewer, await readClock(database.db));
    expect(data.meetingInView).toMatchObject({ kind: "latest", meeting: { sequenceNumber: 6 } });
    expect(data.monthsSinceLatest).toBe(8);
    expect(data.nextCouncilMeeting).toMatchObject({
      meetingDate: "2006-09-20",
      meetingNumber: 5529,
      presidency: "Greece",
    });
    // The demo gives every organization a focal point.
    expect(data.secretariat).toEqual({
      organizations: 20,
      withoutFocalPoint: 0,
      bodies: 7,
      outboxPending: 0,
    });
    expect(data.ownBodies).toEqual([]);

    // The SCO's focal point is removed: the count shows one organization without one.
    const db = database.db;
    const [sco] = await db.select().from(organizations).where(eq(organizations.shortName, "SCO"));
    if (!sco) throw new Error("SCO");
    const [focal] = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organizationId, sco.id), eq(memberships.role, "focal_point")));
    const removed = await executeAction(removeFocalPoint, {
      db,
      viewer,
      input: { organizationId: sco.id, version: sco.version, userId: focal?.userId },
    });
    expect(removed).toMatchObject({ ok: true });
    const after = await getDashboard(db, viewer, await readClock(db));
    expect(after.secretariat).toEqual({
      organizations: 20,
      withoutFocalPoint: 1,
      bodies: 7,
      outboxPending: 0,
    });

    // A body closed yesterday no longer counts among those at work.
    const closing = eq(bodies.slug, "wg-disarmament");
    await db.update(bodies).set({ activeTo: "2006-02-28" }).where(closing);
    try {
      expect((await getDashboard(db, viewer, await readClock(db))).secretariat?.bodies).toBe(6);
    } finally {
      await db.update(bodies).set({ activeTo: null }).where(closing);
    }

    // An e-mail waiting to be sent counts; a sent one does not.
    const waiting = await db
      .insert(outbox)
      .values([
        { recipient: "a@example.org", subject: "Waiting", body: "…" },
        { recipient: "b@example.org", subject: "Sent", body: "…", status: "sent" },
      ])
      .returning({ id: outbox.id });
    try {
      expect((await getDashboard(db, viewer, await readClock(db))).secretariat?.outboxPending).toBe(
        1,
      );
    } finally {
      await db.delete(outbox).where(
        inArray(
          outbox.id,
          waiting.map((w) => w.id),
        ),
      );
    }
  });

  it("shows the next meeting once one is planned (dated ones first), the latest meanwhile", async () => {
    const db = database.db;
    const viewer = await viewerFor(db, "secretariat");
    const inView = async () => (await getDashboard(db, viewer, await readClock(db))).meetingInView;
    const undated = await db
      .insert(meetings)
      .values({ sequenceNumber: 8, title: "Eighth high-level meeting" })
      .returning({ id: meetings.id });
    const planned = await db
      .insert(meetings)
      .values({
        sequenceNumber: 7,
        title: "Seventh high-level meeting",
        startsOn: "2006-09-22",
        endsOn: "2006-09-22",
      })
      .returning({ id: meetings.id });
    const ids = [...undated, ...planned].map((m) => m.id);
    try {
      expect(await inView()).toMatchObject({ kind: "next", meeting: { id: planned[0]?.id } });
      await db.delete(meetings).where(eq(meetings.id, planned[0]?.id ?? ""));
      expect(await inView()).toMatchObject({ kind: "next", meeting: { id: undated[0]?.id } });
      // Marked held without dates (a data slip), it is neither ahead nor the latest held.
      await db
        .update(meetings)
        .set({ status: "held" })
        .where(eq(meetings.id, undated[0]?.id ?? ""));
      expect(await inView()).toMatchObject({ kind: "latest", meeting: { sequenceNumber: 6 } });
    } finally {
      await db.delete(meetings).where(inArray(meetings.id, ids));
    }
  });

  it("a chair sees their working group, a focal point their organization, and neither the secretariat's counts", async () => {
    const clock = await readClock(database.db);
    const chair = await getDashboard(
      database.db,
      await viewerFor(database.db, "chairPeacekeeping"),
      clock,
    );
    expect(chair.secretariat).toBeNull();
    expect(chair.ownBodies).toEqual([
      expect.objectContaining({ name: "Working Group on Peacekeeping", members: 7, decisions: 2 }),
    ]);
    const focal = await getDashboard(database.db, await viewerFor(database.db, "focalAu"), clock);
    expect(focal.secretariat).toBeNull();
    expect(focal.ownOrganizations).toEqual([
      expect.objectContaining({ shortName: "AU", awaitingReply: 0, workingGroups: 3 }),
    ]);
  });

  it("navigation fits the role", async () => {
    const keys = async (role: Parameters<typeof viewerFor>[1]) =>
      (await navigationFor(database.db, await viewerFor(database.db, role))).map((i) => i.key);
    expect(await keys("secretariat")).toEqual([
      "dashboard",
      "meetings",
      "records",
      "calendar",
      "organizations",
      "bodies",
      "tasks",
      "users",
      "outbox",
      "activity",
    ]);
    expect(await keys("chairPeacekeeping")).toEqual([
      "dashboard",
      "myWorkingGroup",
      "meetings",
      "records",
      "calendar",
      "organizations",
      "bodies",
      "tasks",
    ]);
    expect(await keys("focalAu")).toEqual([
      "dashboard",
      "myOrganization",
      "invitations",
      "meetings",
      "records",
      "calendar",
      "organizations",
      "bodies",
      "tasks",
    ]);
  });

  it("lists past meetings with their decision counts, none upcoming yet", async () => {
    const viewer = await viewerFor(database.db, "focalOsce");
    const { upcoming, past } = await listMeetings(
      database.db,
      viewer,
      await readClock(database.db),
    );
    expect(upcoming).toEqual([]);
    expect(past.map((m) => m.sequenceNumber)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(past[0]?.decisions).toBe(16);
    expect(past[1]?.decisions).toBe(0);
    const sixth = await getMeeting(database.db, viewer, past[0]?.id ?? "");
    expect(sixth.decisions[2]).toMatchObject({
      position: 3,
      title: "Set up a standing committee",
      bodyName: "Standing Committee",
    });
  });

  it("lists a meeting being prepared without dates among the upcoming ones", async () => {
    const viewer = await viewerFor(database.db, "focalOsce");
    const [undated] = await database.db
      .insert(meetings)
      .values({ sequenceNumber: 7, title: "Seventh high-level meeting", status: "planned" })
      .returning();
    try {
      const { upcoming, past } = await listMeetings(
        database.db,
        viewer,
        await readClock(database.db),
      );
      expect(upcoming.map((m) => m.title)).toEqual(["Seventh high-level meeting"]);
      expect(past).toHaveLength(6);
    } finally {
      await database.db.delete(meetings).where(eq(meetings.id, undated?.id ?? ""));
    }
  });

  it("lists the bodies with chairs, members and decisions", async () => {
    const viewer = await viewerFor(database.db, "focalAu");
    const { rows: bodies, total } = await listBodies(database.db, viewer, {
      today: (await readClock(database.db)).today,
    });
    expect(bodies).toHaveLength(7);
    expect(total).toBe(7);
    const committee = bodies.find((b) => b.kind === "standing_committee");
    expect(committee).toMatchObject({ members: 20, chairs: ["Ingrid Solberg"] });
    const disarmament = bodies.find((b) => b.name === "Working Group on Disarmament");
    expect(disarmament).toMatchObject({ chairs: ["Jonas Lindqvist"], members: 5, decisions: 1 });
    const detail = await getBody(database.db, viewer, disarmament?.id ?? "");
    expect(detail.members.map((m) => m.shortName)).toContain("OPCW");
  });

  it("lists an invitation as awaiting a reply only while the focal point may still reply", async () => {
    const db = database.db;
    const [au] = await db.select().from(organizations).where(eq(organizations.shortName, "AU"));
    if (!au) throw new Error("AU");
    const invite = async (
      sequenceNumber: number,
      status: "held" | "invitations_open",
      startsOn: string,
    ) => {
      const [meeting] = await db
        .insert(meetings)
        .values({
          sequenceNumber,
          title: `Meeting ${sequenceNumber}`,
          startsOn,
          endsOn: startsOn,
          status,
        })
        .returning();
      if (!meeting) throw new Error("meeting");
      await db.insert(invitations).values({
        meetingId: meeting.id,
        organizationId: au.id,
        status: "pending",
        // After today (1 March 2006): only the meeting's status can close the window.
        replyDeadline: new Date("2006-08-20T21:59:00Z"),
      });
      return meeting.title;
    };
    // Held already: the reply command refuses it (lib/invitations/windows.ts), so it awaits nothing.
    await invite(107, "held", "2006-02-20");
    const open = await invite(108, "invitations_open", "2006-09-20");
    const focal = await getDashboard(db, await viewerFor(db, "focalAu"), await readClock(db));
    expect(focal.awaitingReply.map((i) => i.meetingTitle)).toEqual([open]);
    expect(focal.ownOrganizations).toEqual([
      expect.objectContaining({ shortName: "AU", awaitingReply: 1 }),
    ]);
  });
});
