"use client";

import { type AbstractIntlMessages, NextIntlClientProvider } from "next-intl";
import { type ReactNode, use } from "react";

// The messages of the client components, loaded once per language as a script of their own
// (cached by the browser like any other) rather than written into every page and every
// navigation's payload: passing the catalogue through the server component tree doubled the
// size of each page (76 kB of messages in 100 kB of HTML) and a quarter of the rendering time.

const catalogues = new Map<string, Promise<AbstractIntlMessages>>();

/**
 * The language's catalogue, one promise per language for the life of the page: React's `use`
 * marks it settled, so every later render reads it at once.
 */
function catalogue(locale: string): Promise<AbstractIntlMessages> {
  let loading = catalogues.get(locale);
  if (!loading) {
    loading = import(`../../messages/${locale}.json`).then(
      (module: { default: AbstractIntlMessages }) => module.default,
    );
    loading.catch(() => catalogues.delete(locale));
    catalogues.set(locale, loading);
  }
  return loading;
}

export function ClientMessages({
  locale,
  timeZone,
  children,
}: {
  locale: string;
  timeZone: string;
  children: ReactNode;
}) {
  const messages = use(catalogue(locale));
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
