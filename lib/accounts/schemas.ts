import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { userRoles } from "./choices";

export { userRoles } from "./choices";

// Client-safe: the account forms and the server actions share these. Messages are keys under
// "validation" in messages/<locale>.json. The server also refuses passwords that are common
// or easy to guess (lib/accounts/password-strength.ts), which needs a dictionary too large to
// send to every browser.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const newPassword = z
  .string()
  .min(PASSWORD_MIN, { error: "passwordTooShort" })
  .max(PASSWORD_MAX, { error: "passwordTooLong" })
  .refine((v) => v.trim().length >= PASSWORD_MIN, { error: "passwordTooShort" });

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

const confirmed = <T extends { password: string; confirmation: string }>(v: T) =>
  v.password === v.confirmation;
const confirmationIssue = { error: "passwordsDiffer", path: ["confirmation"] };

export const setPasswordSchema = z
  .strictObject({
    token: z.string().trim().min(20).max(200),
    password: newPassword,
    confirmation: z.string().max(PASSWORD_MAX),
  })
  .refine(confirmed, confirmationIssue);
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

export const forgotPasswordSchema = z.strictObject({ email });

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, { error: "required" }).max(200),
    password: newPassword,
    confirmation: z.string().max(PASSWORD_MAX),
  })
  .refine(confirmed, confirmationIssue)
  .refine((v) => v.password !== v.currentPassword, {
    error: "passwordUnchanged",
    path: ["password"],
  });

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const preferencesSchema = z.strictObject({
  locale: z.enum(locales, { error: "chooseOne" }),
  timeZone: z.string().trim().min(1).max(64).refine(isTimeZone, { error: "chooseOne" }),
});

export const addUserSchema = z.strictObject({
  name: z.string().trim().min(2, { error: "required" }).max(200, { error: "tooLong" }),
  email,
  jobTitle: z
    .string()
    .trim()
    .max(200, { error: "tooLong" })
    .nullish()
    .transform((v) => (v ? v : null)),
  locale: z.enum(locales, { error: "chooseOne" }),
  role: z.enum(userRoles, { error: "chooseOne" }),
});

export const userIdSchema = z.strictObject({ userId: z.uuid() });

export const userFilterSchema = z.object({
  status: z.enum(["invited", "active", "deactivated"]).optional().catch(undefined),
  role: z.enum(["secretariat", "chair", "focal_point", "participant"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type UserFilter = z.output<typeof userFilterSchema>;
