import format, { type FormatValues } from "icu-minify/format";

// Formats a message next-intl's loader compiled at build time (next.config.ts,
// experimental.messages.precompile) — the browser's translator (app/_components/intl.tsx)
// and messages/precompiled.test.ts, which proves it reads every message of every catalogue as
// the full ICU implementation does. The Intl formatters are made once per language and options.

/** A message as the loader compiled it: plain text, or icu-minify's compact parts. */
export type CompiledMessage = Parameters<typeof format>[0];

const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

const formatters = {
  getNumberFormat: (locale: string, options?: Intl.NumberFormatOptions) =>
    once(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)),
  getPluralRules: (locale: string, options?: Intl.PluralRulesOptions) =>
    once(`p|${locale}|${JSON.stringify(options)}`, () => new Intl.PluralRules(locale, options)),
  getDateTimeFormat: (locale: string, options?: Intl.DateTimeFormatOptions) =>
    once(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)),
};

/** The message with its values, in the language's number, plural and date rules. */
export function formatMessage(
  message: CompiledMessage,
  locale: string,
  timeZone: string,
  values?: FormatValues,
): string {
  const result: unknown = format(message, locale, values, { formatters, timeZone });
  return Array.isArray(result) ? result.join("") : String(result);
}

/** A date or time, with a formatter made once per language and options. */
export function formatDateTime(
  value: Date | number,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return formatters.getDateTimeFormat(locale, options).format(value);
}
