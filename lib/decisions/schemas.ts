import { z } from "zod";
import { decisionStatuses } from "@/db/schema/enums";

// Client-safe: the decision forms and the server actions share these.

export const recordDecisionSchema = z.strictObject({
  meetingId: z.uuid(),
  title: z.string().trim().min(3, { error: "required" }).max(300, { error: "tooLong" }),
  text: z.string().trim().min(3, { error: "required" }).max(5000, { error: "tooLong" }),
  responsibleBodyId: z
    .union([z.uuid(), z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const setDecisionStatusSchema = z.strictObject({
  decisionId: z.uuid(),
  version: z.coerce.number().int().positive(),
  status: z.enum(decisionStatuses, { error: "chooseOne" }),
  reason: z.string().trim().min(3, { error: "reasonRequired" }).max(1000, { error: "tooLong" }),
});
