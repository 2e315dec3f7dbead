import { z } from "zod";
import { bodyKinds } from "@/db/schema/enums";
import { isoDate } from "@/lib/calendar/schemas";
import { searchText } from "@/lib/lists/search-text";

// Client-safe: the body forms and the server actions share these.

const optionalDate = z
  .union([isoDate, z.literal("")])
  .nullish()
  .transform((v) => (v ? v : null));

export const createBodySchema = z.strictObject({
  kind: z.enum(bodyKinds, { error: "chooseOne" }),
  name: z.string().trim().min(3, { error: "required" }).max(200, { error: "tooLong" }),
  mandate: z.string().trim().max(10_000, { error: "tooLong" }).default(""),
  activeFrom: optionalDate,
});

export const updateBodySchema = z
  .strictObject({
    id: z.uuid(),
    version: z.coerce.number().int().positive(),
    name: z.string().trim().min(3, { error: "required" }).max(200, { error: "tooLong" }),
    mandate: z.string().trim().max(10_000, { error: "tooLong" }).default(""),
    activeFrom: optionalDate,
    activeTo: optionalDate,
  })
  .refine((v) => !v.activeFrom || !v.activeTo || v.activeTo >= v.activeFrom, {
    error: "endBeforeStart",
    path: ["activeTo"],
  });

export const appointChairSchema = z.strictObject({
  bodyId: z.uuid(),
  name: z.string().trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "email" })),
  jobTitle: z
    .string()
    .trim()
    .max(200, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const removeChairSchema = z.strictObject({ bodyId: z.uuid(), userId: z.uuid() });

export const setMembersSchema = z.strictObject({
  bodyId: z.uuid(),
  version: z.coerce.number().int().positive(),
  organizationIds: z.array(z.uuid()).max(500),
});

/** The Bodies page's filter, from the query string: bad values fall back to the defaults. */
export const bodyFilterSchema = z.object({
  show: z.enum(["open", "closed"]).optional().catch(undefined),
  name: searchText,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
