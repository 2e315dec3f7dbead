import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { meetingDeadlines, meetings, scSessions } from "@/db/schema";
import { executeAction, executeQuery } from "@/lib/action";
import { createTestDatabase } from "@/tests/database";
import { dayIn } from "@/tests/days";
import { viewerFor } from "@/tests/viewers";
import type { Viewer } from "../auth/permissions";
import { buildCalendar } from "../calendar/ics";
import { readClock } from "../clock";
import { advanceMeetingStatus } from "./advance-meeting-status";
import { deriveDeadlines } from "./deadlines";
import { planMeeting } from "./plan-meeting";
import { assessMeetingDates, proposeNextMeeting } from "./planning";
import { meetingsForCalendar, upcomingDeadlines } from "./queries";
import { nextStatuses, statusBlocker } from "./status-rules";
import { updateDeadlines } from "./update-deadlines";
import { updateMeeting } from "./update-meeting";

describe("planning a meeting", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let seventhId = "";
  let councilId = "";
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    const [council] = await db.select().from(scSessions).where(eq(scSessions.meetingNumber, 5529));
    councilId = council?.id ?? "";
  });
  afterAll(async () => database.close());

  const seventh = () => ({
    sequenceNumber: 7,
    title: "Seventh high-level meeting",
    theme: "Partnership",
    venue: "United Nations Headquarters, New York",
    timeZone: "America/New_York",
    startsOn: "2006-09-22",
    endsOn: "2006-09-22",
    scSessionId: councilId,
  });

  it("proposes the seventh meeting next to the 20 September 2006 open debate", async () => {
    const proposals = await proposeNextMeeting(db, secretariat);
    expect(proposals.sequenceNumber).toBe(7);
    expect(proposals.window).toEqual({ from: "2006-05-26", to: "2006-09-26" });
    expect(proposals.candidates.map((c) => c.startsOn)).toEqual([
      "2006-09-19",
      "2006-09-21",
      "2006-09-18",
      "2006-09-22",
    ]);
    const focal = await viewerFor(db, "focalAu");
    await expect(proposeNextMeeting(db, focal)).rejects.toThrow();
  });

  it("flags a demo holiday when dates are typed by hand", async () => {
    const assessment = await executeQuery(assessMeetingDates, {
      db,
      viewer: secretariat,
      input: { startsOn: "2006-09-04", endsOn: "2006-09-04", sequenceNumber: 7 },
    });
    expect(assessment).toEqual({
      ok: true,
      data: {
        monthsSincePrevious: 13.3,
        warnings: [{ kind: "closed", day: "2006-09-04", description: "Labour Day" }],
      },
    });
    const focal = await viewerFor(db, "focalAu");
    expect(
      await executeQuery(assessMeetingDates, {
        db,
        viewer: focal,
        input: { startsOn: "2006-09-04", endsOn: "2006-09-04", sequenceNumber: 7 },
      }),
    ).toEqual({ ok: false, code: "forbidden", formError: "forbidden" });
    // Dates out of order are a validation failure, shaped like an action's.
    expect(
      await executeQuery(assessMeetingDates, {
        db,
        viewer: secretariat,
        input: { startsOn: "2006-09-05", endsOn: "2006-09-04", sequenceNumber: 7 },
      }),
    ).toMatchObject({ ok: false, code: "validation", fieldErrors: { endsOn: ["endBeforeStart"] } });
  });

  it("plans it with deadlines derived from its dates, in the venue's time zone", async () => {
    const result = await executeAction(planMeeting, { db, viewer: secretariat, input: seventh() });
    if (!result.ok) throw new Error(JSON.stringify(result));
    seventhId = result.data.id;
    const deadlines = await db
      .select()
      .from(meetingDeadlines)
      .where(eq(meetingDeadlines.meetingId, seventhId));
    const byKind = Object.fromEntries(deadlines.map((d) => [d.kind, d.dueAt.toISOString()]));
    // 18:00 in New York (EDT, UTC-4) four weeks, three weeks before; three weeks after.
    expect(byKind).toEqual({
      invitation_replies: "2006-08-25T22:00:00.000Z",
      working_group_reports: "2006-09-01T22:00:00.000Z",
      record_comments: "2006-10-13T22:00:00.000Z",
    });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, seventhId));
    expect(row).toMatchObject({ status: "planned", scSessionId: councilId, version: 1 });
    // Planned on the application's today (the demo's 1 March 2006), not the real date.
    expect(dayIn(row?.createdAt, secretariat.timeZone)).toBe("2006-03-01");
    expect(dayIn(row?.updatedAt, secretariat.timeZone)).toBe("2006-03-01");
    expect(deadlines.map((d) => dayIn(d.updatedAt, secretariat.timeZone))).toEqual([
      "2006-03-01",
      "2006-03-01",
      "2006-03-01",
    ]);
  });

  it("refuses a duplicate number, an end before the start and an implausible date, writing nothing", async () => {
    expect(
      await executeAction(planMeeting, { db, viewer: secretariat, input: seventh() }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { sequenceNumber: ["sequenceTaken"] },
    });
    expect(
      await executeAction(planMeeting, {
        db,
        viewer: secretariat,
        input: { ...seventh(), sequenceNumber: 8, endsOn: "2006-09-21" },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { endsOn: ["endBeforeStart"] } });
    expect(
      await executeAction(planMeeting, {
        db,
        viewer: secretariat,
        input: { ...seventh(), sequenceNumber: 8, startsOn: "3006-09-22", endsOn: "3006-09-22" },
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { startsOn: ["dateOutOfRange"], endsOn: ["dateOutOfRange"] },
    });
    const rows = await db.select().from(meetings).where(eq(meetings.sequenceNumber, 8));
    expect(rows).toEqual([]);
  });

  it("allows dates before today: earlier meetings of the series are recorded too", async () => {
    const result = await executeAction(planMeeting, {
      db,
      viewer: secretariat,
      input: {
        ...seventh(),
        sequenceNumber: 50,
        title: "Historic",
        startsOn: "1999-03-01",
        endsOn: "1999-03-01",
        scSessionId: null,
      },
    });
    expect(result).toMatchObject({ ok: true });
  });

  it("a second edit from a stale version is a conflict that shows the saved values", async () => {
    const first = await executeAction(updateMeeting, {
      db,
      viewer: secretariat,
      input: { ...seventh(), id: seventhId, version: 1, theme: "First edit" },
    });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const [edited] = await db.select().from(meetings).where(eq(meetings.id, seventhId));
    expect(dayIn(edited?.updatedAt, secretariat.timeZone)).toBe("2006-03-01");
    const second = await executeAction(updateMeeting, {
      db,
      viewer: secretariat,
      input: { ...seventh(), id: seventhId, version: 1, theme: "Second edit" },
    });
    expect(second).toMatchObject({
      ok: false,
      code: "conflict",
      current: expect.objectContaining({ theme: "First edit", version: 2 }),
    });
  });

  it("moves only forward, and not to held before the meeting starts", async () => {
    // What the status control offers is what the command accepts.
    expect(nextStatuses("planned")).toEqual(["invitations_open", "held", "concluded"]);
    expect(nextStatuses("concluded")).toEqual([]);
    for (const to of nextStatuses("held")) {
      expect(
        statusBlocker(
          { status: "held", startsOn: "2006-01-01", endsOn: "2006-01-01", hasReplyDeadline: true },
          to,
          "2006-03-01",
        ),
      ).toBeNull();
    }
    expect(
      statusBlocker(
        { status: "held", startsOn: "2006-01-01", endsOn: "2006-01-01", hasReplyDeadline: true },
        "planned",
        "2006-03-01",
      ),
    ).toBe("statusNotForward");
    expect(
      statusBlocker(
        { status: "planned", startsOn: null, endsOn: null, hasReplyDeadline: false },
        "invitations_open",
        "2006-03-01",
      ),
    ).toBe("statusNeedsDates");
    const held = await executeAction(advanceMeetingStatus, {
      db,
      viewer: secretariat,
      input: { id: seventhId, version: 2, to: "held" },
    });
    expect(held).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { to: ["statusNotYetHeld"] },
    });
    const open = await executeAction(advanceMeetingStatus, {
      db,
      viewer: secretariat,
      input: { id: seventhId, version: 2, to: "invitations_open" },
    });
    expect(open).toMatchObject({ ok: true, data: { status: "invitations_open", version: 3 } });
    const back = await executeAction(advanceMeetingStatus, {
      db,
      viewer: secretariat,
      input: { id: seventhId, version: 3, to: "planned" },
    });
    expect(back).toMatchObject({ ok: false, fieldErrors: { to: ["statusNotForward"] } });
  });

  it("edits the deadlines in venue time, with the meeting's version", async () => {
    const result = await executeAction(updateDeadlines, {
      db,
      viewer: secretariat,
      input: {
        meetingId: seventhId,
        version: 3,
        invitation_replies: "2006-08-31T12:00",
        working_group_reports: "2006-09-01T18:00",
        record_comments: "2006-10-13T18:00",
      },
    });
    expect(result).toMatchObject({ ok: true, data: { version: 4 } });
    const [replies] = await db
      .select()
      .from(meetingDeadlines)
      .where(
        and(
          eq(meetingDeadlines.meetingId, seventhId),
          eq(meetingDeadlines.kind, "invitation_replies"),
        ),
      );
    expect(replies?.dueAt.toISOString()).toBe("2006-08-31T16:00:00.000Z");
    const stale = await executeAction(updateDeadlines, {
      db,
      viewer: secretariat,
      input: {
        meetingId: seventhId,
        version: 3,
        invitation_replies: "2006-08-01T12:00",
        working_group_reports: "2006-09-01T18:00",
        record_comments: "2006-10-13T18:00",
      },
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
  });

  it("shows the deadlines ahead and writes an iCalendar file with the meeting and its deadlines", async () => {
    const focal = await viewerFor(db, "focalAu");
    const ahead = await upcomingDeadlines(db, focal, await readClock(db));
    expect(ahead.map((d) => d.kind)).toEqual([
      "invitation_replies",
      "working_group_reports",
      "record_comments",
    ]);
    const calendar = await meetingsForCalendar(db, focal, { meetingId: seventhId });
    expect(calendar).toHaveLength(1);
    expect(calendar[0]?.deadlines).toHaveLength(3);
    const ics = buildCalendar({
      name: "Test",
      meetings: calendar,
      host: "test",
      deadlineLabel: (k, m) => `${k}: ${m}`,
    });
    expect(ics).toContain("DTSTART;VALUE=DATE:20060922");
    expect(ics).toContain("DTEND;VALUE=DATE:20060923");
    expect(ics).toContain("SUMMARY:Seventh high-level meeting");
    expect(ics).toContain("DTSTART:20060831T160000Z");
    expect(ics).toContain("SUMMARY:invitation_replies: Seventh high-level meeting");
  });

  it("derives deadlines across a change of daylight saving time", () => {
    const [replies, , comments] = deriveDeadlines({
      startsOn: "2006-11-20",
      endsOn: "2006-11-20",
      timeZone: "America/New_York",
    });
    // 23 October is still EDT (UTC-4); 11 December is EST (UTC-5).
    expect(replies?.dueAt.toISOString()).toBe("2006-10-23T22:00:00.000Z");
    expect(comments?.dueAt.toISOString()).toBe("2006-12-11T23:00:00.000Z");
  });
});

describe("the planning checks agree (the previous meeting is decided once)", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let seventhId = "";
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    const planned = await executeAction(planMeeting, {
      db,
      viewer: secretariat,
      input: {
        sequenceNumber: 7,
        title: "Seventh high-level meeting",
        theme: null,
        venue: "United Nations Headquarters, New York",
        timeZone: "America/New_York",
        startsOn: "2006-09-21",
        endsOn: "2006-09-22",
        scSessionId: null,
      },
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned));
    seventhId = planned.data.id;
  });
  afterAll(async () => database.close());

  it("an eighth meeting on 19 September 2006, before the planned seventh ends, gets the same warning from the proposals and from the form's check", async () => {
    const proposals = await proposeNextMeeting(db, secretariat, {
      from: "2006-09-01",
      to: "2006-09-30",
    });
    expect(proposals.sequenceNumber).toBe(8);
    expect(proposals.previous).toMatchObject({ sequenceNumber: 7, endsOn: "2006-09-22" });
    const proposed = proposals.candidates.find((c) => c.startsOn === "2006-09-19");
    const typed = await executeQuery(assessMeetingDates, {
      db,
      viewer: secretariat,
      input: { startsOn: "2006-09-19", endsOn: "2006-09-19", sequenceNumber: 8 },
    });
    const expected = { monthsSincePrevious: null, warnings: [{ kind: "beforePrevious" }] };
    expect(proposed).toMatchObject(expected);
    expect(typed).toEqual({ ok: true, data: expected });
  });

  it("editing the seventh itself compares it with the sixth, not with itself", async () => {
    const typed = await executeQuery(assessMeetingDates, {
      db,
      viewer: secretariat,
      input: {
        startsOn: "2006-09-19",
        endsOn: "2006-09-19",
        sequenceNumber: 7,
        meetingId: seventhId,
      },
    });
    expect(typed).toEqual({ ok: true, data: { monthsSincePrevious: 13.8, warnings: [] } });
  });
});
