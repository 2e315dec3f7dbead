import { z } from "zod";
import { isoDate } from "./schemas";

// Client-safe: the closed-day form and its server action share these.
export const addClosedDaySchema = z.strictObject({
  day: isoDate,
  description: z.string().trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
});
export const removeClosedDaySchema = z.strictObject({ id: z.uuid() });
