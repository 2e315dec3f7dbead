import { z } from "zod";
import { invitationStatuses, organizationKinds, representationLevels } from "@/db/schema/enums";
import { isIsoDate } from "@/lib/calendar/days";
import { MAX_DELEGATION } from "./choices";

export { MAX_DELEGATION } from "./choices";

// Client-safe: the reply form, the secretariat's forms and the server actions share these.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));

export const delegationMemberSchema = z.strictObject({
  name: z.string().trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
  title: z.string().trim().max(200, { error: "tooLong" }).default(""),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "email" })),
});

export const replySchema = z
  .strictObject({
    invitationId: z.uuid(),
    version: z.coerce.number().int().positive(),
    attending: z.boolean({ error: "chooseOne" }),
    // The form's "choose…" option sends "": no level chosen. "head" is the head of the
    // organization attending in person: the one way to say so (there is no separate box).
    representationLevel: z
      .union([z.literal(""), z.enum(representationLevels, { error: "chooseOne" })])
      .nullish()
      .transform((v) => (v ? v : null)),
    headName: optionalText(200),
    headTitle: optionalText(200),
    // Members are checked only when the organization attends: a decline ignores the rows.
    delegation: z
      .array(
        z.strictObject({
          name: z.string().max(200, { error: "tooLong" }),
          title: z.string().max(200, { error: "tooLong" }).default(""),
          email: z.string().max(254, { error: "tooLong" }),
        }),
      )
      .max(MAX_DELEGATION, { error: "delegationTooLarge" })
      .default([]),
    remarks: optionalText(2000),
  })
  .superRefine((reply, ctx) => {
    if (!reply.attending) return;
    if (!reply.representationLevel) {
      ctx.addIssue({ code: "custom", path: ["representationLevel"], message: "chooseOne" });
    }
    if (reply.representationLevel === "head" && !reply.headName) {
      ctx.addIssue({ code: "custom", path: ["headName"], message: "required" });
    }
    if (reply.delegation.length === 0) {
      ctx.addIssue({ code: "custom", path: ["delegation"], message: "delegationEmpty" });
    }
    reply.delegation.forEach((member, i) => {
      const checked = delegationMemberSchema.safeParse(member);
      for (const issue of checked.success ? [] : checked.error.issues) {
        ctx.addIssue({
          code: "custom",
          path: ["delegation", i, ...issue.path],
          message: issue.message,
        });
      }
    });
    const emails = reply.delegation.map((m) => m.email.trim().toLowerCase());
    emails.forEach((email, i) => {
      if (emails.indexOf(email) !== i) {
        ctx.addIssue({
          code: "custom",
          path: ["delegation", i, "email"],
          message: "duplicateEmail",
        });
      }
    });
  })
  // Accepts its own output (the form sends what it parsed): declining drops the details, and
  // the head's name and title are kept only when the head attends ("head" level).
  .transform((reply) => {
    const level = reply.attending ? reply.representationLevel : null;
    return {
      ...reply,
      representationLevel: level,
      headName: level === "head" ? reply.headName : null,
      headTitle: level === "head" ? reply.headTitle : null,
      delegation: reply.attending
        ? reply.delegation.map((m) => delegationMemberSchema.parse(m))
        : [],
    };
  });
export type ReplyInput = z.input<typeof replySchema>;
export type ReplyOutput = z.output<typeof replySchema>;

/** Local date and time at the venue, "YYYY-MM-DDTHH:mm". */
const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: "dateTime" })
  .refine((v) => isIsoDate(v.slice(0, 10)), { error: "dateTime" });

export const openInvitationsSchema = z.strictObject({
  meetingId: z.uuid(),
  organizationIds: z.array(z.uuid()).min(1, { error: "chooseAtLeastOne" }).max(500),
  replyDeadline: localDateTime,
});

export const sendRemindersSchema = z.strictObject({
  meetingId: z.uuid(),
  /** Remind also the organizations reminded in the last 24 hours. */
  force: z.boolean().optional(),
});

export const recordAttendanceSchema = z.strictObject({
  meetingId: z.uuid(),
  rows: z
    .array(
      z.strictObject({
        invitationId: z.uuid(),
        attended: z.boolean(),
        headPresent: z.boolean(),
      }),
    )
    .max(500),
});

export const invitationFilterSchema = z.object({
  status: z.enum(invitationStatuses).optional().catch(undefined),
  kind: z.enum(organizationKinds).optional().catch(undefined),
});
