import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Tx } from "@/db/client";
import { bodies, invitations, meetings, memberships, organizations, users } from "@/db/schema";
import { appLink } from "@/lib/app-url";
import { readClock } from "@/lib/clock";
import { catalogueFor } from "@/lib/i18n/catalogues";
import { effectiveReplyDeadline } from "@/lib/invitations/reply-deadline";
import { formatForEmail, queueEmail } from "@/lib/notifications/queue";
import { nameInLocaleOf } from "@/lib/organizations/display-name";
import { recordsOpenForComment } from "@/lib/records/comments-due";
import { issueAccountToken } from "./tokens";

// The e-mail that lets a new person in: a single-use link to set their password (valid 7
// days), what they are in the application for, and what is waiting for them there.

/**
 * Lines naming what is pending for the user's organizations: invitations to answer, then
 * circulated records they may still comment on.
 */
export async function pendingFor(tx: Tx, userId: string, locale: string): Promise<string[]> {
  const rows = await tx
    .select({
      organization: nameInLocaleOf(sql`${locale}`),
      meeting: meetings.title,
      deadline: effectiveReplyDeadline,
      timeZone: meetings.timeZone,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(invitations, eq(invitations.organizationId, memberships.organizationId))
    .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.role, "focal_point"),
        eq(invitations.status, "pending"),
        notInArray(meetings.status, ["held", "concluded"]),
      ),
    )
    .orderBy(meetings.startsOn);
  const t = createTranslator({ ...(await catalogueFor(locale)), namespace: "email" });
  const focalOf = await tx
    .select({ organizationId: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "focal_point")));
  const clock = await readClock(tx);
  const records = await recordsOpenForComment(
    tx,
    focalOf.flatMap((m) => (m.organizationId ? [m.organizationId] : [])),
    clock.now,
  );
  return [
    ...rows.map((r) =>
      t("pendingInvitation", {
        meeting: r.meeting,
        organization: r.organization,
        deadline: r.deadline ? formatForEmail(r.deadline, locale, r.timeZone) : t("noDeadline"),
      }),
    ),
    ...records.map((r) =>
      t("pendingComments", {
        record: r.title,
        meeting: r.meetingTitle,
        deadline: r.deadline ? formatForEmail(r.deadline, locale, r.timeZone) : t("noDeadline"),
      }),
    ),
  ];
}

/** "focal point of the African Union", "chair of the Working Group on Disarmament", ... */
async function rolesOf(tx: Tx, userId: string, locale: string): Promise<string> {
  const rows = await tx
    .select({
      role: memberships.role,
      organization: nameInLocaleOf(sql`${locale}`),
      body: bodies.name,
    })
    .from(memberships)
    .leftJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(bodies, eq(bodies.id, memberships.bodyId))
    .where(eq(memberships.userId, userId));
  const t = createTranslator({ ...(await catalogueFor(locale)), namespace: "email.roles" });
  const parts = rows.map((r) =>
    r.role === "focal_point"
      ? t("focalPoint", { organization: r.organization ?? "" })
      : r.role === "chair"
        ? t("chair", { body: r.body ?? "" })
        : r.role === "secretariat"
          ? t("secretariat")
          : t("participant"),
  );
  return parts.length > 0 ? parts.join("; ") : t("participant");
}

/**
 * Sends (or sends again) the account invitation to a user who has no password yet. Returns
 * false, sending nothing, when the account already has a password or is deactivated.
 */
export async function sendAccountInvitation(
  tx: Tx,
  { userId, invitedById }: { userId: string; invitedById: string | null },
): Promise<boolean> {
  const [user] = await tx
    .select({
      email: users.email,
      name: users.name,
      locale: users.locale,
      passwordHash: users.passwordHash,
      active: users.active,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.passwordHash || !user.active) return false;
  const now = new Date();
  const token = await issueAccountToken(tx, {
    userId,
    purpose: "invitation",
    createdById: invitedById,
    now,
  });
  await tx.update(users).set({ invitedAt: now }).where(eq(users.id, userId));
  const pending = await pendingFor(tx, userId, user.locale);
  const t = createTranslator({ ...(await catalogueFor(user.locale)), namespace: "email" });
  await queueEmail(tx, {
    to: user.email,
    locale: user.locale,
    template: "accountInvitation",
    values: {
      name: user.name,
      roles: await rolesOf(tx, userId, user.locale),
      link: appLink(`/account/set-password?token=${token}`),
      pending: pending.length > 0 ? pending.map((p) => `- ${p}`).join("\n") : t("nothingPending"),
    },
    related: { entity: "user", id: userId },
  });
  return true;
}

/** Whether each of these users still has to set a password (for designation commands). */
export async function withoutPassword(tx: Tx, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Set(rows.filter((r) => !r.passwordHash).map((r) => r.id));
}
