import type { Metadata } from "next";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { directionOf } from "@/lib/i18n/locales";
import { ClientMessages } from "./_components/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <ClientMessages locale={locale} timeZone={timeZone}>
          {children}
        </ClientMessages>
      </body>
    </html>
  );
}
