"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import { type CompiledMessage, formatDateTime, formatMessage } from "@/lib/i18n/format-message";

// The messages of the browser's components: the language, its time zone and the messages the
// page sent (./client-messages.tsx), with the part of next-intl's client API they use —
// useTranslations (a message by key, with its values; whether a key exists), useLocale and
// useFormatter's dateTime. next-intl's own client runtime (3.6 kB gzip on every
// page, with its error handling, rich text and memoizing) stays on the server, where pages read
// messages with next-intl/server. A missing message shows as its path, as next-intl's does.

export type Messages = { [key: string]: Messages | CompiledMessage };

type IntlValue = { locale: string; timeZone: string; messages: Messages };

const IntlContext = createContext<IntlValue | null>(null);

export function IntlProvider({ children, ...value }: IntlValue & { children: ReactNode }) {
  const { locale, timeZone, messages } = value;
  const memo = useMemo(() => ({ locale, timeZone, messages }), [locale, timeZone, messages]);
  return <IntlContext.Provider value={memo}>{children}</IntlContext.Provider>;
}

/** The language, time zone and messages in effect. */
export function useIntlValue(): IntlValue {
  const intl = useContext(IntlContext);
  if (!intl) throw new Error("A component reads messages outside the IntlProvider.");
  return intl;
}

export const useLocale = (): string => useIntlValue().locale;

/** The entry at a dotted path ("planning.warnings"), if any. */
function at(messages: Messages, path: string): Messages | CompiledMessage | undefined {
  let node: Messages | CompiledMessage | undefined = messages;
  for (const key of path.split(".")) {
    if (node === undefined || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = node[key];
  }
  return node;
}

const isMessage = (entry: unknown): entry is CompiledMessage =>
  typeof entry === "string" || Array.isArray(entry);

export type Translator = {
  (key: string, values?: Record<string, string | number | Date>): string;
  /** Whether the namespace holds that message. */
  has: (key: string) => boolean;
};

/** The messages of a namespace ("records", "planning.warnings"). */
export function useTranslations(namespace: string): Translator {
  const { locale, timeZone, messages } = useIntlValue();
  return useMemo(() => {
    const scope = at(messages, namespace);
    const find = (key: string) =>
      scope && typeof scope === "object" && !Array.isArray(scope) ? at(scope, key) : undefined;
    const t = ((key, values) => {
      const message = find(key);
      if (isMessage(message)) return formatMessage(message, locale, timeZone, values);
      if (process.env.NODE_ENV !== "production")
        console.error(`Missing message: ${namespace}.${key} (${locale})`);
      return `${namespace}.${key}`;
    }) as Translator;
    t.has = (key) => isMessage(find(key));
    return t;
  }, [locale, timeZone, messages, namespace]);
}

/** Dates in the viewer's language (and, unless the options say otherwise, time zone). */
export function useFormatter() {
  const { locale, timeZone } = useIntlValue();
  return useMemo(
    () => ({
      dateTime: (value: Date | number, options: Intl.DateTimeFormatOptions = {}) =>
        formatDateTime(value, locale, { timeZone, ...options }),
    }),
    [locale, timeZone],
  );
}
