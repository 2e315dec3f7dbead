import { and, eq, inArray, max, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  invitations,
  memberships,
  organizations,
  records,
  recordVersions,
  users,
} from "@/db/schema";
import { defineAction } from "@/lib/action";
import { appLink } from "@/lib/app-url";
import { ConflictError, ValidationError } from "@/lib/errors";
import { venueTimeToInstant } from "@/lib/meetings/deadlines";
import { formatForEmail, queueEmail } from "@/lib/notifications/queue";
import { nameInLocaleOf } from "@/lib/organizations/display-name";
import { loadRecord } from "./record-rows";
import { circulateRecordSchema } from "./schemas";
import { circulationBlocker } from "./stages";

/**
 * Circulates a draft for comments: freezes it as the next version (its text, the deadline and
 * the organizations it goes to), and tells the focal points of those organizations and the
 * chairs of the bodies, each in their language. Circulating again after a revision freezes a
 * new version; the earlier ones stay readable.
 */
export const circulateRecord = defineAction({
  name: "record.circulate",
  schema: circulateRecordSchema,
  capability: "record.manage",
  async run({ tx, viewer, input, audit, clock }) {
    const record = await loadRecord(tx, input.recordId);
    const blocker = circulationBlocker(
      { status: record.status, paragraphs: record.paragraphs.length },
      { status: record.meetingStatus },
    );
    if (blocker) throw new ValidationError({ _form: [blocker] }, blocker);
    if (record.version !== input.version) throw new ConflictError({ version: record.version });
    const deadline = venueTimeToInstant(input.commentDeadline, record.meetingTimeZone);
    if (deadline <= clock.now) throw new ValidationError({ commentDeadline: ["deadlineNotAhead"] });
    // The recipients are chosen among the organizations invited to the meeting.
    const chosen = [...new Set(input.organizationIds)];
    const invited = await tx
      .select({ organizationId: invitations.organizationId })
      .from(invitations)
      .where(
        and(
          eq(invitations.meetingId, record.meetingId),
          inArray(invitations.organizationId, chosen),
        ),
      );
    if (invited.length !== chosen.length)
      throw new ValidationError({ organizationIds: ["notInvited"] });

    const [last] = await tx
      .select({ version: max(recordVersions.version) })
      .from(recordVersions)
      .where(eq(recordVersions.recordId, record.id));
    const textVersion = (last?.version ?? 0) + 1;
    const at = clock.stamp();
    const [saved] = await tx
      .update(records)
      .set({
        status: "circulated",
        commentDeadline: deadline,
        version: sql`${records.version} + 1`,
        updatedAt: at,
      })
      .where(and(eq(records.id, record.id), eq(records.version, input.version)))
      .returning({ version: records.version });
    if (!saved) throw new ConflictError({ version: record.version });
    await tx.insert(recordVersions).values({
      recordId: record.id,
      version: textVersion,
      title: record.title,
      symbol: record.symbol,
      paragraphs: record.paragraphs,
      stage: "circulated",
      commentDeadline: deadline,
      recipientOrganizationIds: chosen,
      createdById: viewer.id,
      circulatedAt: at,
    });

    const notified = await notifyReaders(tx, {
      recordId: record.id,
      recordTitle: record.title,
      meetingTitle: record.meetingTitle,
      timeZone: record.meetingTimeZone,
      deadline,
      organizationIds: chosen,
    });
    await audit({
      action: "record.circulate",
      entity: "record",
      entityId: record.id,
      before: { status: record.status },
      after: {
        status: "circulated",
        textVersion,
        commentDeadline: deadline.toISOString(),
        recipients: chosen,
        notified,
      },
    });
    return { version: saved.version, textVersion, recipients: chosen.length, notified };
  },
  revalidate: (input) => [`/records/${input.recordId}`, "/records", "/"],
});

/** E-mails the focal points of the recipient organizations and the chairs of the bodies. */
async function notifyReaders(
  tx: Tx,
  circulation: {
    recordId: string;
    recordTitle: string;
    meetingTitle: string;
    timeZone: string;
    deadline: Date;
    organizationIds: string[];
  },
): Promise<number> {
  const focalPoints = await tx
    .select({
      email: users.email,
      name: users.name,
      locale: users.locale,
      organization: nameInLocaleOf(users.locale),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(memberships.role, "focal_point"),
        inArray(memberships.organizationId, circulation.organizationIds),
        eq(users.active, true),
      ),
    );
  const chairs = await tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.role, "chair"), eq(users.active, true)));
  const link = appLink(`/records/${circulation.recordId}`);
  const common = { record: circulation.recordTitle, meeting: circulation.meetingTitle, link };
  // One e-mail per person: a focal point of two recipient organizations is named for both.
  const byEmail = new Map<string, { name: string; locale: string; organizations: string[] }>();
  for (const person of focalPoints) {
    const known = byEmail.get(person.email);
    if (known) known.organizations.push(person.organization);
    else byEmail.set(person.email, { ...person, organizations: [person.organization] });
  }
  for (const [email, person] of byEmail) {
    await queueEmail(tx, {
      to: email,
      locale: person.locale,
      template: "recordCirculated",
      values: {
        ...common,
        name: person.name,
        organization: person.organizations.join(", "),
        deadline: formatForEmail(circulation.deadline, person.locale, circulation.timeZone),
      },
      related: { entity: "record", id: circulation.recordId },
    });
  }
  for (const chair of chairs) {
    if (byEmail.has(chair.email)) continue;
    byEmail.set(chair.email, { ...chair, organizations: [] });
    await queueEmail(tx, {
      to: chair.email,
      locale: chair.locale,
      template: "recordCirculatedToChair",
      values: {
        ...common,
        name: chair.name,
        deadline: formatForEmail(circulation.deadline, chair.locale, circulation.timeZone),
      },
      related: { entity: "record", id: circulation.recordId },
    });
  }
  return byEmail.size;
}
