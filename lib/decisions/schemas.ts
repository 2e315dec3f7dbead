import { z } from "zod";
import { decisionStatuses } from "@/db/schema/enums";

export { endorsementValue } from "./choices";

// Client-safe: the decision forms and the server actions share these.

/** Words that may join paragraph numbers, in the six languages ("4 and 7", "4 y 7", "4 和 7"). */
const conjunctions = new Set(["and", "et", "y", "e", "и", "و", "和", "及", "与"]);

/** Arabic-Indic, Eastern Arabic-Indic and full-width digits as 0-9. */
function asciiDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/**
 * The paragraphs of the Chair's conclusions a decision comes from, typed as "4, 7" (or
 * "4 and 7", "٤، ٧", "4、7"): whole numbers from 1, each once, in order.
 */
export const sourceParagraphsField = z
  .union([z.string(), z.array(z.number())])
  .nullish()
  .transform((value, ctx) => {
    if (Array.isArray(value)) return value;
    const parts = asciiDigits(value ?? "")
      .replace(/[0-9]+/g, " $& ")
      .split(/[^\p{L}\p{N}\p{Pd}.]+/u)
      .filter((p) => p && !conjunctions.has(p.toLowerCase()));
    const numbers: number[] = [];
    for (const part of parts) {
      const n = /^[0-9]+$/.test(part) ? Number(part) : Number.NaN;
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
