import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { auditLog, memberships, organizations, outbox, users } from "@/db/schema";
import { lookupAccountToken } from "@/lib/accounts/tokens";
import { executeAction } from "@/lib/action";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import type { Viewer } from "../auth/permissions";
import { designateFocalPoint } from "./designate-focal-point";
import { getOrganization, listOrganizations, organizationCounts } from "./queries";
import { removeFocalPoint } from "./remove-focal-point";
import { updateOrganization } from "./update-organization";

async function org(db: Db, shortName: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.shortName, shortName));
  if (!row) throw new Error(shortName);
  return row;
}

function editInput(o: Awaited<ReturnType<typeof org>>, changes: Record<string, unknown> = {}) {
  return {
    id: o.id,
    version: o.version,
    name: o.name,
    shortName: o.shortName,
    kind: o.kind,
    headquarters: o.headquarters,
    languages: o.languages,
    headName: o.headName,
    headTitle: o.headTitle,
    website: o.website,
    active: o.active,
    ...changes,
  };
}

async function auditRows(db: Db, entityId: string) {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, entityId))
    .orderBy(desc(auditLog.id));
}

describe("organizations", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
  });
  afterAll(async () => database.close());

  it("the secretariat edits an organization: saved, version bumped, one audit row with before and after", async () => {
    const before = await org(db, "PIF");
    const result = await executeAction(updateOrganization, {
      db,
      viewer: secretariat,
      input: editInput(before, {
        headquarters: "  Suva, Fiji ",
        headName: "Greg Urwin",
        headTitle: "Secretary General",
        website: "https://www.forumsec.org",
      }),
    });
    expect(result).toEqual({ ok: true, data: { id: before.id, version: before.version + 1 } });
    const after = await org(db, "PIF");
    expect(after).toMatchObject({
      headquarters: "Suva, Fiji",
      headName: "Greg Urwin",
      version: before.version + 1,
    });
    // Edited on the demo's day (as of 1 March 2006) where the editor is, not on the real date.
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: secretariat.timeZone });
    expect(day.format(after.updatedAt)).toBe("2006-03-01");
    const audit = await auditRows(db, before.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "organization.update",
      entity: "organization",
      actorId: secretariat.id,
      before: expect.objectContaining({ headquarters: "Suva", headName: null }),
      after: expect.objectContaining({ headquarters: "Suva, Fiji", headName: "Greg Urwin" }),
    });
  });

  it("refuses a stale version as a conflict, keeps the first save and writes no audit row", async () => {
    const read = await org(db, "SADC");
    const first = await executeAction(updateOrganization, {
      db,
      viewer: secretariat,
      input: editInput(read, { headquarters: "Gaborone, Botswana" }),
    });
    expect(first.ok).toBe(true);
    const second = await executeAction(updateOrganization, {
      db,
      viewer: secretariat,
      input: editInput(read, { headquarters: "Somewhere else" }),
    });
    expect(second).toMatchObject({
      ok: false,
      code: "conflict",
      current: expect.objectContaining({
        headquarters: "Gaborone, Botswana",
        version: read.version + 1,
      }),
    });
    expect((await org(db, "SADC")).headquarters).toBe("Gaborone, Botswana");
    expect(await auditRows(db, read.id)).toHaveLength(1);
  });

  it("gives field errors for bad input and writes nothing", async () => {
    const before = await org(db, "CIS");
    const result = await executeAction(updateOrganization, {
      db,
      viewer: secretariat,
      input: editInput(before, {
        name: " ",
        headquarters: "",
        website: "javascript:alert(1)",
        kind: "empire",
      }),
    });
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: {
        name: ["required"],
        headquarters: ["required"],
        website: ["url"],
        kind: ["chooseOne"],
      },
    });
    expect(await org(db, "CIS")).toEqual(before);
    expect(await auditRows(db, before.id)).toHaveLength(0);
  });

  it("rejects unknown fields (strict schema)", async () => {
    const before = await org(db, "CIS");
    const result = await executeAction(updateOrganization, {
      db,
      viewer: secretariat,
      input: { ...editInput(before), createdAt: "1990-01-01" },
    });
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { _form: ["unknownField"] },
    });
  });

  it("refuses a name or short name another organization uses", async () => {
    const before = await org(db, "CIS");
    const result = await executeAction(updateOrganization, {
      db,
      viewer: secretariat,
      input: editInput(before, { name: "african union", shortName: "osce" }),
    });
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { name: ["taken"], shortName: ["taken"] },
    });
    expect(await org(db, "CIS")).toEqual(before);
  });

  it("reports a missing organization as not found", async () => {
    const before = await org(db, "CIS");
    const result = await executeAction(updateOrganization, {
      db,
      viewer: secretariat,
      input: editInput(before, { id: "00000000-0000-4000-8000-000000000000" }),
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });

  it("a focal point cannot edit, even their own organization; nothing changes", async () => {
    const focal = await viewerFor(db, "focalAu");
    const au = await org(db, "AU");
    const result = await executeAction(updateOrganization, {
      db,
      viewer: focal,
      input: editInput(au, { name: "Changed by the focal point" }),
    });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await org(db, "AU")).toEqual(au);
    expect(await auditRows(db, au.id)).toHaveLength(0);
  });

  it("designating a focal point replaces the previous one, who is told and loses the role; a new account gets a set-password link", async () => {
    const oas = await org(db, "OAS");
    const result = await executeAction(designateFocalPoint, {
      db,
      viewer: secretariat,
      input: {
        organizationId: oas.id,
        version: oas.version,
        name: "Luis Moreno",
        email: " Luis.Moreno@OAS.example.org ",
        jobTitle: "Director",
      },
    });
    expect(result).toMatchObject({ ok: true });
    const detail = await getOrganization(db, secretariat, oas.id);
    expect(detail.focalPoints.map((p) => p.email)).toEqual(["luis.moreno@oas.example.org"]);
    expect(detail.focalPoints[0]).toMatchObject({ canSignIn: false, jobTitle: "Director" });
    // The previous focal point (the demo account) lost the role at once...
    const [previous] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "focal.oas@example.org"));
    const grants = await db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, previous?.id ?? ""));
    expect(grants).toHaveLength(0);
    // ...and is told who succeeds them.
    const replaced = await db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, "focal.oas@example.org"));
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({
      subject: "Organization of American States: a new focal point",
      status: "pending",
      relatedEntity: "organization",
      relatedId: oas.id,
    });
    expect(replaced[0]?.body).toContain(
      "The secretariat has recorded Luis Moreno as the focal point of Organization of American States.",
    );
    // The new account has no password: one e-mail, the invitation with a link to set it.
    const mail = await db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, "luis.moreno@oas.example.org"));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe("Your Concordia account: set your password");
    expect(mail[0]?.status).toBe("pending");
    expect(mail[0]?.body).toContain("Dear Luis Moreno,");
    expect(mail[0]?.body).toContain("focal point of Organization of American States");
    // The link in the e-mail is a working, single-use invitation for this account.
    const token = mail[0]?.body.match(/\/account\/set-password\?token=([\w-]+)/)?.[1] ?? "";
    expect(await lookupAccountToken(db, token)).toMatchObject({
      status: "valid",
      purpose: "invitation",
      email: "luis.moreno@oas.example.org",
    });
    const audit = await auditRows(db, oas.id);
    expect(audit[0]).toMatchObject({
      action: "organization.designateFocalPoint",
      before: { focalPoints: ["focal.oas@example.org"] },
      after: { focalPoints: ["luis.moreno@oas.example.org"] },
    });
  });

  it("designating the first focal point: an account that has a password gets the notice, nobody is told of a replacement", async () => {
    // The SCO is left without a focal point first.
    const before = await org(db, "SCO");
    const [demoFocal] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "focal.sco@example.org"));
    const removed = await executeAction(removeFocalPoint, {
      db,
      viewer: secretariat,
      input: { organizationId: before.id, version: before.version, userId: demoFocal?.id },
    });
    expect(removed).toMatchObject({ ok: true });
    expect((await getOrganization(db, secretariat, before.id)).focalPoints).toEqual([]);

    // An existing account with a password (the demo password) becomes its focal point.
    const participant = await viewerFor(db, "participant");
    const sco = await org(db, "SCO");
    const result = await executeAction(designateFocalPoint, {
      db,
      viewer: secretariat,
      input: {
        organizationId: sco.id,
        version: sco.version,
        name: "Another Name",
        email: "participant@test.example.org",
        jobTitle: null,
      },
    });
    expect(result).toMatchObject({ ok: true, data: { userId: participant.id } });
    const detail = await getOrganization(db, secretariat, sco.id);
    expect(detail.focalPoints).toEqual([
      // The existing account keeps its own name.
      expect.objectContaining({ email: "participant@test.example.org", name: "Test participant" }),
    ]);
    const mail = await db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, "participant@test.example.org"));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe("You are the focal point of Shanghai Cooperation Organization");
    expect(mail[0]?.body).not.toContain("set-password");
    // No predecessor: the e-mail to the new focal point is the only one about the SCO.
    const aboutSco = await db
      .select({ recipient: outbox.recipient })
      .from(outbox)
      .where(and(eq(outbox.relatedEntity, "organization"), eq(outbox.relatedId, sco.id)));
    expect(aboutSco).toEqual([{ recipient: "participant@test.example.org" }]);
    expect(
      await db.select().from(outbox).where(eq(outbox.recipient, "focal.sco@example.org")),
    ).toEqual([]);
    expect((await auditRows(db, sco.id))[0]).toMatchObject({
      action: "organization.designateFocalPoint",
      before: { focalPoints: [] },
      after: { focalPoints: ["participant@test.example.org"] },
    });
  });

  it("designating with a stale version is a conflict and changes nothing", async () => {
    const oas = await org(db, "OAS");
    const result = await executeAction(designateFocalPoint, {
      db,
      viewer: secretariat,
      input: {
        organizationId: oas.id,
        version: oas.version - 1,
        name: "Someone Else",
        email: "someone@oas.example.org",
        jobTitle: null,
      },
    });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    const [{ n } = { n: -1 }] = await db
      .select({ n: count() })
      .from(users)
      .where(eq(users.email, "someone@oas.example.org"));
    expect(n).toBe(0);
  });

  it("removes a focal point after which the organization has none", async () => {
    const oas = await org(db, "OAS");
    const [person] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "luis.moreno@oas.example.org"));
    const result = await executeAction(removeFocalPoint, {
      db,
      viewer: secretariat,
      input: { organizationId: oas.id, version: oas.version, userId: person?.id },
    });
    expect(result).toMatchObject({ ok: true });
    const remaining = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.organizationId, oas.id), eq(memberships.role, "focal_point")));
    expect(remaining).toHaveLength(0);
  });

  it("lists, filters by kind and by name, and counts organizations without a focal point", async () => {
    const all = await listOrganizations(db, secretariat);
    expect(all).toHaveLength(20);
    expect(all.find((o) => o.shortName === "AU")?.focalPoints).toEqual(["Amina Tesfaye"]);
    const regional = await listOrganizations(db, secretariat, { kind: "chapter_viii_regional" });
    expect(regional.map((o) => o.shortName).sort()).toEqual(["AU", "CoE", "LAS", "OAS", "OSCE"]);
    expect(
      (await listOrganizations(db, secretariat, { q: "arab" })).map((o) => o.shortName),
    ).toEqual(["LAS"]);
    expect(await listOrganizations(db, secretariat, { q: "100%_" })).toEqual([]);
    // The demo gives every organization a focal point; OAS's was removed above, and the
    // SCO's replaced.
    expect(all.filter((o) => o.focalPoints.length === 0).map((o) => o.shortName)).toEqual(["OAS"]);
    expect(all.find((o) => o.shortName === "SCO")?.focalPoints).toEqual(["Test participant"]);
    expect(all.find((o) => o.shortName === null)?.focalPoints).toEqual(["Richard Ashworth"]);
    const [counts] = await db
      .select(organizationCounts)
      .from(organizations)
      .where(eq(organizations.active, true));
    expect(counts).toEqual({ total: 20, withoutFocalPoint: 1 });
  });
});
