import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { accountTokens, auditLog, outbox, users } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadViewer } from "@/lib/auth/viewer";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { addUser } from "./add-user";
import { changePassword } from "./change-password";
import { deactivateUser } from "./deactivate-user";
import { listUsers } from "./queries";
import { reactivateUser } from "./reactivate-user";
import { requestPasswordReset } from "./request-password-reset";
import { resendInvitation } from "./resend-invitation";
import { setPasswordWithToken } from "./set-password";
import { signOutOtherSessions } from "./sign-out-other-sessions";
import { lookupAccountToken } from "./tokens";

const STRONG = "Quiet-harbour-lantern-1994";

/** The token in the link of the last e-mail sent to this address. */
async function linkTokenFor(db: Db, email: string): Promise<string> {
  const [mail] = await db
    .select({ body: outbox.body })
    .from(outbox)
    .where(eq(outbox.recipient, email))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(1);
  const token = mail?.body.match(/token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no link sent to ${email}`);
  return token;
}

async function userByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(email);
  return row;
}

describe("accounts", () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  afterAll(async () => database.close());

  it("invites a new user by e-mail with a single-use link whose token is stored only as a hash", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const email = "amira.haddad@un.example.org";
    const added = await executeAction(addUser, {
      db,
      viewer: secretariat,
      input: {
        name: "Amira Haddad",
        email,
        jobTitle: "Political Affairs Officer",
        locale: "en",
        role: "secretariat",
      },
    });
    expect(added).toMatchObject({ ok: true });
    const token = await linkTokenFor(db, email);
    const stored = await db.select().from(accountTokens);
    expect(stored.some((t) => t.tokenHash === token)).toBe(false);
    expect(JSON.stringify(stored)).not.toContain(token);
    const user = await userByEmail(db, email);
    expect(user.passwordHash).toBeNull();
    expect(user.invitedAt).toBeInstanceOf(Date);

    expect(await lookupAccountToken(db, token)).toMatchObject({ status: "valid", email });
    const first = await setPasswordWithToken(db, { token, password: STRONG, confirmation: STRONG });
    expect(first).toEqual({ ok: true, data: { email } });
    const again = await setPasswordWithToken(db, {
      token,
      password: `${STRONG}!`,
      confirmation: `${STRONG}!`,
    });
    expect(again).toMatchObject({ ok: false, formError: "linkNotValid" });
    expect(await lookupAccountToken(db, token)).toEqual({ status: "used" });
    expect((await userByEmail(db, email)).passwordHash).not.toBeNull();
  });

  it("refuses a link after its 7 days, and a forged one, revealing nothing", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const email = "late.reader@un.example.org";
    await executeAction(addUser, {
      db,
      viewer: secretariat,
      input: { name: "Late Reader", email, jobTitle: null, locale: "fr", role: "participant" },
    });
    const token = await linkTokenFor(db, email);
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 3_600_000);
    expect(await lookupAccountToken(db, token, eightDaysLater)).toEqual({ status: "expired" });
    expect(
      await setPasswordWithToken(
        db,
        { token, password: STRONG, confirmation: STRONG },
        eightDaysLater,
      ),
    ).toMatchObject({ ok: false, formError: "linkNotValid" });
    expect(await lookupAccountToken(db, "x".repeat(43))).toEqual({ status: "unknown" });
    // The e-mail was written in the user's language.
    const [mail] = await db.select().from(outbox).where(eq(outbox.recipient, email));
    expect(mail?.subject).toContain("choisissez votre mot de passe");
  });

  it("re-sends an invitation: the earlier link stops working", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const email = "second.try@un.example.org";
    await executeAction(addUser, {
      db,
      viewer: secretariat,
      input: { name: "Second Try", email, jobTitle: null, locale: "en", role: "participant" },
    });
    const firstToken = await linkTokenFor(db, email);
    const user = await userByEmail(db, email);
    expect(
      await executeAction(resendInvitation, {
        db,
        viewer: secretariat,
        input: { userId: user.id },
      }),
    ).toMatchObject({ ok: true });
    const secondToken = await linkTokenFor(db, email);
    expect(secondToken).not.toBe(firstToken);
    expect(await lookupAccountToken(db, firstToken)).toEqual({ status: "used" });
    expect(await lookupAccountToken(db, secondToken)).toMatchObject({ status: "valid" });
    // Once the password is set there is nothing to re-send.
    await setPasswordWithToken(db, { token: secondToken, password: STRONG, confirmation: STRONG });
    expect(
      await executeAction(resendInvitation, {
        db,
        viewer: secretariat,
        input: { userId: user.id },
      }),
    ).toMatchObject({ ok: false, formError: "accountAlreadyActive" });
  });

  it("refuses short and easily guessed passwords with a clear reason, storing nothing", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const email = "weak.choice@un.example.org";
    await executeAction(addUser, {
      db,
      viewer: secretariat,
      input: { name: "Weak Choice", email, jobTitle: null, locale: "en", role: "participant" },
    });
    const token = await linkTokenFor(db, email);
    expect(
      await setPasswordWithToken(db, { token, password: "short", confirmation: "short" }),
    ).toMatchObject({ fieldErrors: { password: ["passwordTooShort"] } });
    expect(
      await setPasswordWithToken(db, {
        token,
        password: "password1234",
        confirmation: "password1234",
      }),
    ).toMatchObject({ fieldErrors: { password: ["passwordTooCommon"] } });
    expect(
      await setPasswordWithToken(db, { token, password: STRONG, confirmation: `${STRONG}x` }),
    ).toMatchObject({ fieldErrors: { confirmation: ["passwordsDiffer"] } });
    expect((await userByEmail(db, email)).passwordHash).toBeNull();
    expect(await lookupAccountToken(db, token)).toMatchObject({ status: "valid" });
  });

  it("answers a reset request the same way for an unknown address, and sends nothing", async () => {
    const before = await db.select({ id: outbox.id }).from(outbox);
    expect(await requestPasswordReset(db, { email: "nobody.here@example.org" })).toEqual({
      ok: true,
    });
    expect(await db.select({ id: outbox.id }).from(outbox)).toHaveLength(before.length);
  });

  it("resets a password with a 1-hour link, which signs out every other session", async () => {
    const email = "focal.osce@example.org";
    const user = await userByEmail(db, email);
    expect(await loadViewer(db, user.id, { version: user.sessionVersion })).not.toBeNull();
    expect(await requestPasswordReset(db, { email: "Focal.OSCE@example.org" })).toEqual({
      ok: true,
    });
    const token = await linkTokenFor(db, email);
    const [row] = await db
      .select({ expiresAt: accountTokens.expiresAt, purpose: accountTokens.purpose })
      .from(accountTokens)
      .where(and(eq(accountTokens.userId, user.id), eq(accountTokens.purpose, "password_reset")));
    expect(row?.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 3_600_000);
    const twoHoursLater = new Date(Date.now() + 2 * 3_600_000);
    expect(await lookupAccountToken(db, token, twoHoursLater)).toEqual({ status: "expired" });

    expect(
      await setPasswordWithToken(db, { token, password: STRONG, confirmation: STRONG }),
    ).toMatchObject({
      ok: true,
    });
    const after = await userByEmail(db, email);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await loadViewer(db, user.id, { version: user.sessionVersion })).toBeNull();
    const [audit] = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, user.id))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.action).toBe("account.resetPassword");
  });

  it("changes a password only with the current one, and ends the other sessions", async () => {
    const viewer = await viewerFor(db, "focalAu");
    const user = await userByEmail(db, "focal.au@example.org");
    expect(
      await executeAction(changePassword, {
        db,
        viewer,
        input: { currentPassword: "not-it", password: STRONG, confirmation: STRONG },
      }),
    ).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["currentPasswordWrong"] } });
    const changed = await executeAction(changePassword, {
      db,
      viewer,
      input: { currentPassword: "concordia-demo", password: STRONG, confirmation: STRONG },
    });
    expect(changed).toEqual({ ok: true, data: { sessionVersion: user.sessionVersion + 1 } });
    expect(await loadViewer(db, user.id, { version: user.sessionVersion })).toBeNull();
    const signedOut = await executeAction(signOutOtherSessions, {
      db,
      viewer,
      input: {},
    });
    expect(signedOut).toEqual({ ok: true, data: { sessionVersion: user.sessionVersion + 2 } });
  });

  it("deactivates an account at once and can let it in again", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const chair = await userByEmail(db, "chair.peacekeeping@example.org");
    expect(
      await executeAction(deactivateUser, { db, viewer: secretariat, input: { userId: chair.id } }),
    ).toMatchObject({ ok: true });
    expect(await loadViewer(db, chair.id, { version: chair.sessionVersion + 1 })).toBeNull();
    expect(
      await executeAction(deactivateUser, {
        db,
        viewer: secretariat,
        input: { userId: secretariat.id },
      }),
    ).toMatchObject({ ok: false, formError: "cannotDeactivateYourself" });
    expect(
      await executeAction(reactivateUser, { db, viewer: secretariat, input: { userId: chair.id } }),
    ).toMatchObject({ ok: true });
    // Reactivated, but the sessions from before the deactivation stay ended.
    expect(await loadViewer(db, chair.id, { version: chair.sessionVersion })).toBeNull();
    expect(await loadViewer(db, chair.id, { version: chair.sessionVersion + 1 })).not.toBeNull();
  });

  it("lists the accounts for the secretariat, with roles and status, filtered, and refuses others", async () => {
    const secretariat = await viewerFor(db, "secretariat");
    const all = await listUsers(db, secretariat, {});
    expect(all.total).toBeGreaterThanOrEqual(28);
    const las = all.rows.find((u) => u.email === "focal.las@example.org");
    expect(las).toMatchObject({
      status: "active",
      roles: [{ role: "focal_point", organization: "League of Arab States", body: null }],
    });
    const invited = await listUsers(db, secretariat, { status: "invited" });
    expect(invited.rows.every((u) => u.status === "invited")).toBe(true);
    expect(invited.rows.map((u) => u.email)).toContain("late.reader@un.example.org");
    const chairs = await listUsers(db, secretariat, { role: "chair", q: "lindqvist" });
    expect(chairs.rows.map((u) => u.email)).toEqual(["chair.disarmament@example.org"]);
    const focal = await viewerFor(db, "focalAu");
    await expect(listUsers(db, focal, {})).rejects.toThrow();
  });
});
