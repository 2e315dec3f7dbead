import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { circulationBlocker, commentWindow, finalizeBlocker, mayReadVersion } from "./stages";

const person = (grants: Viewer["grants"]): Viewer => ({
  id: "u",
  name: "U",
  email: "u@example.org",
  locale: "en",
  timeZone: "UTC",
  grants,
});
const secretariat = person([{ role: "secretariat", organizationId: null, bodyId: null }]);
const focalAu = person([{ role: "focal_point", organizationId: "au", bodyId: null }]);
const focalOsce = person([{ role: "focal_point", organizationId: "osce", bodyId: null }]);
const chair = person([{ role: "chair", organizationId: null, bodyId: "wg" }]);
const deadline = new Date("2006-10-13T22:00:00Z");
const circulated = { version: 1, commentDeadline: deadline, recipientOrganizationIds: ["au"] };

describe("the rules of a record's life", () => {
  it("opens comments to a recipient's focal point until the deadline, and to nobody else", () => {
    const before = { now: new Date("2006-10-13T21:59:00Z") };
    const after = { now: new Date("2006-10-13T22:01:00Z") };
    expect(commentWindow({ status: "circulated" }, circulated, focalAu, before)).toMatchObject({
      open: true,
      organizationIds: ["au"],
    });
    expect(commentWindow({ status: "circulated" }, circulated, focalAu, after)).toMatchObject({
      open: false,
      reason: "commentDeadlinePassed",
    });
    expect(commentWindow({ status: "circulated" }, circulated, focalOsce, before).open).toBe(false);
    expect(commentWindow({ status: "circulated" }, circulated, secretariat, before).open).toBe(
      false,
    );
    expect(commentWindow({ status: "draft" }, null, focalAu, before).reason).toBe(
      "recordNotCirculated",
    );
    expect(commentWindow({ status: "final" }, null, focalAu, before).reason).toBe(
      "recordNotCirculated",
    );
  });

  it("lets a circulated version be read by its recipients, the chairs and the secretariat; a final one by all", () => {
    const version = { stage: "circulated" as const, recipientOrganizationIds: ["au"] };
    expect(mayReadVersion(focalAu, version)).toBe(true);
    expect(mayReadVersion(chair, version)).toBe(true);
    expect(mayReadVersion(secretariat, version)).toBe(true);
    expect(mayReadVersion(focalOsce, version)).toBe(false);
    expect(mayReadVersion(person([]), version)).toBe(false);
    expect(mayReadVersion(person([]), { ...version, stage: "final" })).toBe(true);
  });

  it("circulates only a draft with text, of a meeting held; finalizes once the comments are closed and answered", () => {
    expect(circulationBlocker({ status: "draft", paragraphs: 3 }, { status: "held" })).toBeNull();
    expect(circulationBlocker({ status: "draft", paragraphs: 0 }, { status: "held" })).toBe(
      "recordEmpty",
    );
    expect(circulationBlocker({ status: "draft", paragraphs: 3 }, { status: "planned" })).toBe(
      "recordMeetingNotHeld",
    );
    expect(circulationBlocker({ status: "circulated", paragraphs: 3 }, { status: "held" })).toBe(
      "recordNotDraft",
    );
    const record = { status: "circulated" as const, paragraphs: 3, commentDeadline: deadline };
    expect(finalizeBlocker(record, 0, { now: new Date("2006-10-01T12:00:00Z") })).toBe(
      "commentsStillOpen",
    );
    expect(finalizeBlocker(record, 1, { now: new Date("2006-10-20T12:00:00Z") })).toBe(
      "commentsAwaitAnswer",
    );
    expect(finalizeBlocker(record, 0, { now: new Date("2006-10-20T12:00:00Z") })).toBeNull();
    expect(finalizeBlocker({ ...record, status: "final" }, 0, { now: new Date() })).toBe(
      "recordFinal",
    );
  });
});
