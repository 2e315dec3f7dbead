import { z } from "zod";
import { decisionStatuses } from "@/db/schema/enums";

// Client-safe: the decision forms and the server actions share these.

/**
 * The paragraphs of the Chair's conclusions a decision comes from, typed as "4, 7" (or
 * "4 and 7"): whole numbers from 1, each once, in order.
 */
export const sourceParagraphsField = z
  .union([z.string(), z.array(z.number())])
  .nullish()
  .transform((value, ctx) => {
    if (Array.isArray(value)) return value;
    const parts = (value ?? "")
      .split(/(?:\s*(?:,|;|&|\band\b|\bet\b)\s*)|\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const numbers: number[] = [];
    for (const part of parts) {
      const n = Number(part);
      if (!Number.isInteger(n) || n < 1 || n > 999) {
        ctx.addIssue({ code: "custom", message: "paragraphNumbers" });
        return z.NEVER;
      }
      if (!numbers.includes(n)) numbers.push(n);
    }
    return numbers.sort((a, b) => a - b);
  });

/**
 * The working-group recommendation a decision endorses, chosen as "<report id>:<recommendation
 * id>" among the meeting's accepted reports ("" for none).
 */
export const endorsementField = z
  .union([
    // Parsed already (the form parses it before the action parses it again).
    z.strictObject({ reportId: z.uuid(), recommendationId: z.string().regex(/^[\w-]{1,64}$/) }),
    z.string().regex(/^[0-9a-f-]{36}:[\w-]{1,64}$/i, { error: "chooseOne" }),
    z.literal(""),
  ])
  .nullish()
  .transform((v) => {
    if (!v) return null;
    if (typeof v === "object") return v;
    const [reportId = "", recommendationId = ""] = v.split(":");
    return { reportId, recommendationId };
  });

const decisionFields = {
  title: z.string().trim().min(3, { error: "required" }).max(300, { error: "tooLong" }),
  text: z.string().trim().min(3, { error: "required" }).max(5000, { error: "tooLong" }),
  responsibleBodyId: z
    .union([z.uuid(), z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
  sourceParagraphs: sourceParagraphsField,
  endorsement: endorsementField,
};

export const recordDecisionSchema = z.strictObject({ meetingId: z.uuid(), ...decisionFields });

export const updateDecisionSchema = z.strictObject({
  decisionId: z.uuid(),
  version: z.coerce.number().int().positive(),
  ...decisionFields,
});

export const withdrawDecisionSchema = z.strictObject({
  decisionId: z.uuid(),
  version: z.coerce.number().int().positive(),
});

export const setDecisionStatusSchema = z.strictObject({
  decisionId: z.uuid(),
  version: z.coerce.number().int().positive(),
  status: z.enum(decisionStatuses, { error: "chooseOne" }),
  reason: z.string().trim().min(3, { error: "reasonRequired" }).max(1000, { error: "tooLong" }),
});

/** How a stored endorsement reads in the form's select. */
export function endorsementValue(reportId: string | null, recommendationId: string | null): string {
  return reportId && recommendationId ? `${reportId}:${recommendationId}` : "";
}
