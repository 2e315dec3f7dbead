import { and, eq, sql } from "drizzle-orm";
import { invitations, meetings } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { effectiveReplyDeadline } from "./reply-deadline";
import { type ReplyOutput, replySchema } from "./schemas";
import { replyWindow } from "./windows";

const stored = {
  status: invitations.status,
  representationLevel: invitations.representationLevel,
  headAttending: invitations.headAttending,
  headName: invitations.headName,
  headTitle: invitations.headTitle,
  delegation: invitations.delegation,
  remarks: invitations.remarks,
  version: invitations.version,
};

/**
 * What a reply stores: declining clears the attendance details; the head attends exactly
 * when the level of representation is "head" (one question on the form, two columns here).
 */
function replyValues(input: ReplyOutput) {
  if (!input.attending) {
    return {
      status: "declined" as const,
      representationLevel: null,
      headAttending: false,
      headName: null,
      headTitle: null,
      delegation: [],
      remarks: input.remarks,
    };
  }
  const headAttending = input.representationLevel === "head";
  return {
    status: "confirmed" as const,
    representationLevel: input.representationLevel,
    headAttending,
    headName: headAttending ? input.headName : null,
    headTitle: headAttending ? input.headTitle : null,
    delegation: input.delegation,
    remarks: input.remarks,
  };
}

type ReplyFields = {
  status: string;
  representationLevel: string | null;
  headAttending: boolean | null;
  headName: string | null;
  headTitle: string | null;
  delegation: { name: string; title: string; email: string }[];
  remarks: string | null;
};

function pick(b: ReplyFields): ReplyFields {
  const { status, representationLevel, headAttending, headName, headTitle, delegation, remarks } =
    b;
  return { status, representationLevel, headAttending, headName, headTitle, delegation, remarks };
}

/** The reply someone else saved, in the form's own terms, with the version to answer on. */
function asFormValues(current: ReplyFields & { version: number }) {
  return {
    version: current.version,
    attending: current.status === "pending" ? undefined : current.status === "confirmed",
    representationLevel: current.representationLevel ?? "",
    headName: current.headName ?? "",
    headTitle: current.headTitle ?? "",
    delegation: current.delegation,
    remarks: current.remarks ?? "",
  };
}

/** Compares two replies field by field (jsonb does not keep the key order of delegation rows). */
function sameReply(a: ReplyFields, b: ReplyFields): boolean {
  const canonical = (r: ReplyFields) =>
    JSON.stringify({
      ...pick(r),
      headAttending: !!r.headAttending,
      delegation: r.delegation.map((m) => [m.name, m.title, m.email]),
    });
  return canonical(a) === canonical(b);
}

// The focal point answers for their organization until the reply deadline; after it, and
// for replies received by letter, the secretariat records them (marked as such).
export const replyToInvitation = defineAction({
  name: "invitation.reply",
  schema: replySchema,
  capability: "invitation.replyFor",
  async scope(input, tx) {
    const [row] = await tx
      .select({ organizationId: invitations.organizationId })
      .from(invitations)
      .where(eq(invitations.id, input.invitationId));
    return { organizationId: row?.organizationId ?? null };
  },
  async run({ tx, viewer, input, audit, clock, unchanged }) {
    const [current] = await tx
      .select({
        ...stored,
        replyDeadline: effectiveReplyDeadline,
        meetingStatus: meetings.status,
      })
      .from(invitations)
      .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
      .where(eq(invitations.id, input.invitationId));
    if (!current) throw new NotFoundError();
    const replying = replyWindow(current, viewer, clock);
    if (!replying.open && replying.reason) {
      throw new ValidationError({ _form: [replying.reason] }, replying.reason);
    }
    const values = replyValues(input);
    if (current.version !== input.version) {
      // The same reply sent twice (double click, retry) is one reply, not a conflict.
      if (sameReply(values, current)) {
        unchanged();
        return { version: current.version, repeated: true };
      }
      throw new ConflictError(asFormValues(current));
    }
    const now = clock.stamp();
    const [after] = await tx
      .update(invitations)
      .set({
        ...values,
        repliedById: viewer.id,
        repliedAt: now,
        enteredBySecretariat: replying.onBehalf,
        version: sql`${invitations.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(invitations.id, input.invitationId), eq(invitations.version, input.version)))
      .returning(stored);
    if (!after) throw new ConflictError(asFormValues(current));
    await audit({
      action: "invitation.reply",
      entity: "invitation",
      entityId: input.invitationId,
      before: pick(current),
      after: { ...pick(after), enteredBySecretariat: replying.onBehalf },
    });
    return { version: after.version, repeated: false };
  },
  revalidate: (input) => [`/invitations/${input.invitationId}`, "/"],
});
