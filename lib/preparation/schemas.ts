import { z } from "zod";
import type { AgendaDocument } from "@/db/schema/agenda";

export { documentValue } from "./choices";

// Client-safe: the preparation and agenda forms and the server actions share these.

export const prepareNextMeetingSchema = z.strictObject({ meetingId: z.uuid() });

/**
 * Documents linked to an agenda item, as the form's checkboxes send them: "record:<id>" (one
 * checked box of a single one arrives as a string, none as false).
 */
export const documentField = z
  .preprocess(
    // The browser sends the form's strings; the action receives the parsed documents again.
    (v) =>
      Array.isArray(v)
        ? v.map((d) =>
            d && typeof d === "object" && "kind" in d && "id" in d ? `${d.kind}:${d.id}` : d,
          )
        : typeof v === "string" && v
          ? [v]
          : v
            ? v
            : [],
    z
      .array(z.string().regex(/^(record|report|decision):[0-9a-f-]{36}$/i, { error: "invalid" }))
      .max(20, { error: "tooManyDocuments" }),
  )
  .transform((values): AgendaDocument[] =>
    [...new Set(values)].map((v) => {
      const [kind, id = ""] = v.split(":");
      return { kind: kind as AgendaDocument["kind"], id };
    }),
  );

const itemFields = {
  title: z.string().trim().min(3, { error: "required" }).max(500, { error: "tooLong" }),
  leadBodyId: z
    .union([z.uuid(), z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
  // Time of day at the venue.
  startsAt: z
    .union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time" }), z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
  durationMinutes: z
    .union([z.literal(""), z.coerce.number({ error: "minutes" })])
    .nullish()
    .transform((v) => (v === "" || v === null || v === undefined ? null : v))
    .refine((v) => v === null || (Number.isInteger(v) && v >= 5 && v <= 600), {
      error: "minutes",
    }),
  documents: documentField,
};

export const addAgendaItemSchema = z.strictObject({ meetingId: z.uuid(), ...itemFields });

export const updateAgendaItemSchema = z.strictObject({
  itemId: z.uuid(),
  version: z.coerce.number().int().positive(),
  ...itemFields,
});

export const setAgendaItemStatusSchema = z.strictObject({
  itemId: z.uuid(),
  version: z.coerce.number().int().positive(),
  status: z.enum(["proposed", "accepted", "dropped"], { error: "chooseOne" }),
});

export const moveAgendaItemSchema = z.strictObject({
  itemId: z.uuid(),
  direction: z.enum(["up", "down"]),
});

export const issueAgendaSchema = z.strictObject({
  meetingId: z.uuid(),
  version: z.coerce.number().int().positive(),
});
