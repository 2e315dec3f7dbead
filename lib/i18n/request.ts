import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import {
  defaultLocale,
  isLocale,
  LOCALE_COOKIE,
  type Locale,
  localeFromAcceptLanguage,
} from "./locales";
import { messagesFor } from "./messages";

/** The signed-in user's saved language, else the cookie, else the browser's, else English. */
export async function resolveLocale(): Promise<{ locale: Locale; timeZone: string }> {
  // Without the database (down, or unreachable) the page still speaks the browser's language:
  // the error page is shown in it rather than failing too.
  const viewer = await getViewer().catch(() => null);
  if (viewer && isLocale(viewer.locale))
    return { locale: viewer.locale, timeZone: viewer.timeZone };
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie)
    ? fromCookie
    : (localeFromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale);
  return { locale, timeZone: viewer?.timeZone ?? "America/New_York" };
}

export default getRequestConfig(async () => {
  const { locale, timeZone } = await resolveLocale();
  return { locale, messages: await messagesFor(locale), timeZone };
});
