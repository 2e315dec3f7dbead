"use server";

// Signed in, the change goes through runAction (lib/action.ts), which authorizes it against
// lib/auth/permissions.ts; signed out, only the sign-in page's language cookie is set.

import { cookies } from "next/headers";
import { runAction } from "@/lib/action-server";
import { getViewer } from "@/lib/auth/session";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setLocaleSchema } from "./schemas";
import { setOwnLocale } from "./set-locale";

/** Signed in: saved on the user. Signed out (the sign-in page): kept in a cookie only. */
export async function setLocaleAction(input: unknown) {
  const parsed = setLocaleSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false as const, code: "validation" as const, formError: "validation" };
  const jar = await cookies();
  jar.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    sameSite: "lax",
    maxAge: 365 * 24 * 60 * 60,
    httpOnly: false,
  });
  if (!(await getViewer())) return { ok: true as const, data: parsed.data };
  return runAction(setOwnLocale, parsed.data);
}
