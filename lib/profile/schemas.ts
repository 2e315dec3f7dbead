import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

export const setLocaleSchema = z.strictObject({ locale: z.enum(locales, { error: "chooseOne" }) });
