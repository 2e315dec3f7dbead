import { z } from "zod";

/** Text searched for in a list's filter (query string): trimmed, empty meaning no search. */
export const searchText = z
  .string()
  .trim()
  .max(100)
  .transform((v) => v || undefined)
  .optional()
  .catch(undefined);
