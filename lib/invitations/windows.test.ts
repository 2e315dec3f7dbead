import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import {
  attendanceWindow,
  invitationWindow,
  proposedReplyDeadline,
  reminderWindow,
  replyWindow,
} from "./windows";

const viewer = (role: "secretariat" | "focal_point"): Viewer => ({
  id: "00000000-0000-4000-8000-000000000001",
  name: "Someone",
  email: "someone@example.org",
  locale: "en",
  timeZone: "America/New_York",
  grants: [{ role, organizationId: role === "focal_point" ? "org" : null, bodyId: null }],
});
const focalPoint = viewer("focal_point");
const secretariat = viewer("secretariat");

// The demo's clock: 1 March 2006 (noon UTC for deadline comparisons).
const clock = { now: new Date("2006-03-01T12:00:00Z"), today: "2006-03-01" };
const deadline = new Date("2006-08-25T22:00:00Z");

describe("the reply window", () => {
  it("is open to the focal point before the deadline, while the meeting is ahead", () => {
    expect(
      replyWindow(
        { replyDeadline: deadline, meetingStatus: "invitations_open" },
        focalPoint,
        clock,
      ),
    ).toEqual({ open: true, reason: null, deadline, deadlinePassed: false, onBehalf: false });
  });

  it("closes for the focal point at the deadline, and stays open to the secretariat", () => {
    const late = { ...clock, now: new Date("2006-08-26T00:00:00Z") };
    const invitation = { replyDeadline: deadline, meetingStatus: "invitations_open" } as const;
    expect(replyWindow(invitation, focalPoint, late)).toMatchObject({
      open: false,
      reason: "deadlinePassed",
      deadlinePassed: true,
    });
    expect(replyWindow(invitation, secretariat, late)).toMatchObject({
      open: true,
      reason: "deadlinePassed",
      onBehalf: true,
    });
  });

  it("closes once the meeting is held or concluded, whatever the deadline says", () => {
    for (const meetingStatus of ["held", "concluded"] as const) {
      expect(replyWindow({ replyDeadline: null, meetingStatus }, focalPoint, clock)).toMatchObject({
        open: false,
        reason: "meetingAlreadyHeld",
        deadlinePassed: false,
      });
    }
    // Both reasons at once: the meeting is what the focal point is told.
    const late = { ...clock, now: new Date("2006-10-01T12:00:00Z") };
    expect(
      replyWindow({ replyDeadline: deadline, meetingStatus: "held" }, focalPoint, late).reason,
    ).toBe("meetingAlreadyHeld");
  });

  it("has no deadline to pass when none is set", () => {
    expect(
      replyWindow({ replyDeadline: null, meetingStatus: "invitations_open" }, focalPoint, clock),
    ).toMatchObject({ open: true, deadline: null, deadlinePassed: false });
  });
});

describe("the secretariat's windows", () => {
  it("invites to a dated meeting not yet held", () => {
    expect(invitationWindow({ status: "planned", startsOn: "2006-09-22" })).toEqual({
      open: true,
      reason: null,
    });
    expect(invitationWindow({ status: "planned", startsOn: null })).toEqual({
      open: false,
      reason: "statusNeedsDates",
    });
    expect(invitationWindow({ status: "held", startsOn: "2006-09-22" })).toEqual({
      open: false,
      reason: "meetingAlreadyHeld",
    });
  });

  it("reminds until the meeting begins", () => {
    const meeting = { status: "invitations_open", startsOn: "2006-09-22" } as const;
    expect(reminderWindow(meeting, clock).open).toBe(true);
    expect(reminderWindow(meeting, { today: "2006-09-22" })).toEqual({
      open: false,
      reason: "meetingAlreadyHeld",
    });
    expect(reminderWindow({ ...meeting, status: "concluded" }, clock).open).toBe(false);
  });

  it("records attendance from the first day of the meeting", () => {
    expect(attendanceWindow({ startsOn: "2006-09-22" }, clock)).toEqual({
      open: false,
      reason: "meetingNotHeldYet",
    });
    expect(attendanceWindow({ startsOn: "2006-09-22" }, { today: "2006-09-22" }).open).toBe(true);
    expect(attendanceWindow({ startsOn: null }, clock).open).toBe(false);
  });
});

describe("the proposed reply deadline", () => {
  const meeting = {
    startsOn: "2006-09-22",
    endsOn: "2006-09-22",
    timeZone: "America/New_York",
    replyDeadline: null,
  };

  it("is the meeting's own deadline, at the venue", () => {
    expect(proposedReplyDeadline({ ...meeting, replyDeadline: deadline })).toBe("2006-08-25T18:00");
  });

  it("is otherwise four weeks before the meeting at 18:00 venue time, or nothing undated", () => {
    expect(proposedReplyDeadline(meeting)).toBe("2006-08-25T18:00");
    expect(proposedReplyDeadline({ ...meeting, startsOn: null, endsOn: null })).toBe("");
  });
});
