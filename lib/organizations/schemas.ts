import { z } from "zod";
import { organizationKinds } from "@/db/schema/enums";
import { locales } from "@/lib/i18n/locales";
import { type LanguageCode, languageCodes } from "./choices";

export { type LanguageCode, languageCodes, nameLanguages } from "./choices";

// Client-safe: shared by the forms (useActionForm) and the server actions.
// Messages are keys under "validation" in messages/<locale>.json. Each schema accepts its
// own output, so a value parsed in the browser parses again unchanged on the server.

export const isLanguageCode = (code: string): code is LanguageCode =>
  languageCodes.some((c) => c === code);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));

export const organizationFields = {
  name: z.string().trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
  shortName: optionalText(20),
  kind: z.enum(organizationKinds, { error: "chooseOne" }),
  headquarters: z.string().trim().min(2, { error: "required" }).max(120, { error: "tooLong" }),
  languages: z.array(z.enum(languageCodes)).max(languageCodes.length),
  headName: optionalText(200),
  headTitle: optionalText(200),
  website: z
    .string()
    .trim()
    .max(300, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(z.url({ protocol: /^https?$/, error: "url" }).nullable()),
  active: z.boolean(),
  // Official names in the other UN languages (English is `name`); empty ones are dropped.
  names: z
    .strictObject({
      ar: optionalText(200),
      zh: optionalText(200),
      fr: optionalText(200),
      ru: optionalText(200),
      es: optionalText(200),
    })
    .partial()
    .optional(),
};

export const updateOrganizationSchema = z.strictObject({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  ...organizationFields,
});

export type OrganizationInput = z.input<typeof updateOrganizationSchema>;

export const designateFocalPointSchema = z.strictObject({
  organizationId: z.uuid(),
  version: z.coerce.number().int().positive(),
  name: z.string().trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "email" })),
  jobTitle: optionalText(200),
  /** The language they are written to in; without it, the organization's working language. */
  locale: z.enum(locales, { error: "chooseOne" }).optional(),
});

export const removeFocalPointSchema = z.strictObject({
  organizationId: z.uuid(),
  version: z.coerce.number().int().positive(),
  userId: z.uuid(),
});

export const organizationFilterSchema = z.object({
  kind: z.enum(organizationKinds).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
