import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { organizations, outbox, users } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { designateFocalPoint } from "./designate-focal-point";
import { getOrganization, listOrganizations } from "./queries";
import { updateOrganization } from "./update-organization";

// Organizations under their official name in the reader's language (English where none),
// found and sorted by the name shown, and e-mails naming them in the recipient's language.

describe("organization names in the reader's language", () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  afterAll(async () => database.close());

  it("shows, finds and sorts by the name in the reader's language", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const inFrench = { ...secretariat, locale: "fr" };
    const list = await listOrganizations(db, inFrench);
    const au = list.find((o) => o.englishName === "African Union");
    expect(au?.name).toBe("Union africaine");
    // Sorted as French sorts: "Communauté…" before "Conseil de l’Europe" before "Union…".
    const names = list.map((o) => o.name);
    expect(names).toEqual(
      [...names].sort((a, b) => new Intl.Collator("fr", { sensitivity: "base" }).compare(a, b)),
    );
    expect(
      (await listOrganizations(db, inFrench, { q: "Ligue des États" })).map((o) => o.englishName),
    ).toEqual(["League of Arab States"]);
    // The English name still finds it.
    expect((await listOrganizations(db, inFrench, { q: "League of Arab" })).length).toBe(1);
    const [las] = await db.select().from(organizations).where(eq(organizations.shortName, "LAS"));
    if (!las) throw new Error("LAS");
    expect((await getOrganization(db, { ...secretariat, locale: "ar" }, las.id)).displayName).toBe(
      "جامعة الدول العربية",
    );
    // A language without an official name falls back to English.
    expect((await getOrganization(db, { ...secretariat, locale: "de" }, las.id)).displayName).toBe(
      "League of Arab States",
    );
  });

  it("keeps the names the secretariat edits, dropping the empty ones", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const [pif] = await db.select().from(organizations).where(eq(organizations.shortName, "PIF"));
    if (!pif) throw new Error("PIF");
    const saved = await executeAction(updateOrganization, {
      db,
      viewer: secretariat,
      input: {
        id: pif.id,
        version: pif.version,
        name: pif.name,
        shortName: pif.shortName,
        kind: pif.kind,
        headquarters: pif.headquarters,
        languages: pif.languages,
        headName: null,
        headTitle: null,
        website: null,
        active: true,
        names: { fr: "Forum des Îles du Pacifique", es: "", ru: null },
      },
    });
    expect(saved).toMatchObject({ ok: true });
    const [after] = await db.select().from(organizations).where(eq(organizations.id, pif.id));
    expect(after?.names).toEqual({ fr: "Forum des Îles du Pacifique" });
  });

  it("writes to a new focal point in the organization's language, naming it in that language", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const [oif] = await db.select().from(organizations).where(eq(organizations.shortName, "OIF"));
    if (!oif) throw new Error("OIF");
    expect(
      await executeAction(designateFocalPoint, {
        db,
        viewer: secretariat,
        input: {
          organizationId: oif.id,
          version: oif.version,
          name: "Marie Lefèvre",
          email: "marie.lefevre@oif.example.org",
          jobTitle: null,
        },
      }),
    ).toMatchObject({ ok: true });
    const [person] = await db
      .select()
      .from(users)
      .where(eq(users.email, "marie.lefevre@oif.example.org"));
    expect(person?.locale).toBe("fr");
    const [mail] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, "marie.lefevre@oif.example.org"));
    expect(mail?.subject).toBe("Votre compte Concordia : choisissez votre mot de passe");
    expect(mail?.body).toContain("Organisation internationale de la Francophonie");
  });

  it("writes in the language the secretariat chose for the new focal point instead", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const [las] = await db.select().from(organizations).where(eq(organizations.shortName, "LAS"));
    if (!las) throw new Error("LAS");
    expect(
      await executeAction(designateFocalPoint, {
        db,
        viewer: secretariat,
        input: {
          organizationId: las.id,
          version: las.version,
          name: "Nadia Haddad",
          email: "nadia.haddad@las.example.org",
          jobTitle: null,
          locale: "en",
        },
      }),
    ).toMatchObject({ ok: true });
    const [person] = await db
      .select()
      .from(users)
      .where(eq(users.email, "nadia.haddad@las.example.org"));
    expect(person?.locale).toBe("en");
    const [mail] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, "nadia.haddad@las.example.org"));
    expect(mail?.subject).toBe("Your Concordia account: set your password");
    expect(
      await executeAction(designateFocalPoint, {
        db,
        viewer: secretariat,
        input: {
          organizationId: las.id,
          version: las.version + 1,
          name: "Nadia Haddad",
          email: "nadia.haddad@las.example.org",
          jobTitle: null,
          locale: "tlh",
        },
      }),
    ).toMatchObject({ ok: false, code: "validation", fieldErrors: { locale: ["chooseOne"] } });
  });
});
