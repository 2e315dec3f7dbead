"use client";

import { type ReactNode, use, useMemo } from "react";
import { IntlProvider, type Messages, useIntlValue } from "./intl";

// What the browser code of every page may need (the errors shown without the server:
// messages/common/<locale>.json; what a form shows once used comes then, ./form-messages.tsx)
// arrives once per language as a script of its own, cached
// by the browser like any other, rather than written into every page's payload. The rest of
// the catalogue stays on the server; a page sends the few namespaces its own client components
// use (PageMessages in ./page-messages.tsx), merged in below.

const catalogues = new Map<string, Promise<Messages>>();

/**
 * The language's common messages, one promise per language for the life of the page: React's
 * `use` marks it settled, so every later render reads it at once.
 */
function common(locale: string): Promise<Messages> {
  let loading = catalogues.get(locale);
  if (!loading) {
    loading = import(`../../messages/common/${locale}.json`).then(
      (module: { default: Messages }) => module.default,
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
  const messages = use(common(locale));
  return (
    <IntlProvider locale={locale} timeZone={timeZone} messages={messages}>
      {children}
    </IntlProvider>
  );
}

/** The common messages with a page's own namespaces added (the language and time zone kept). */
export function MoreMessages({ messages, children }: { messages: Messages; children: ReactNode }) {
  const { locale, timeZone, messages: common } = useIntlValue();
  const merged = useMemo(() => ({ ...common, ...messages }), [common, messages]);
  return (
    <IntlProvider locale={locale} timeZone={timeZone} messages={merged}>
      {children}
    </IntlProvider>
  );
}
