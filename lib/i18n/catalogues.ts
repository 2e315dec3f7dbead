import { readFileSync } from "node:fs";
import path from "node:path";
import type commonEn from "@/messages/common/en.json";
import type en from "@/messages/en.json";
import type formsEn from "@/messages/forms/en.json";
import { isLocale, type Locale } from "./locales";
import { messagesFor } from "./messages";

// The message catalogues for text made outside a page (e-mails, calendar files, agenda titles).
// In the built application they come through next-intl's loader, which compiles them ahead of
// time (next.config.ts); the formatter there reads only compiled messages. Anywhere else
// (scripts, Vitest, the e2e fixtures that run the application's commands) the files are read
// as written and formatted by the full ICU implementation: messages/precompiled.test.ts proves
// both read the same. Reading them with fs there rather than importing them keeps one module
// for every runtime (plain Node would need the JSON import attribute, which bypasses the loader).

export type Messages = typeof en & typeof commonEn & typeof formsEn;

const asWritten = new Map<Locale, Messages>();

/** The three files of a language as written (no compilation): for tests and scripts. */
export function catalogueAsWritten(locale: Locale): Messages {
  let messages = asWritten.get(locale);
  if (!messages) {
    const read = (file: string) =>
      JSON.parse(readFileSync(path.join(process.cwd(), "messages", file), "utf8"));
    messages = {
      ...read(`${locale}.json`),
      ...read(`common/${locale}.json`),
      ...read(`forms/${locale}.json`),
    } as Messages;
    asWritten.set(locale, messages);
  }
  return messages;
}

/** The catalogue of a language (its three files), English when the language is not offered. */
export async function catalogueFor(
  locale: string,
): Promise<{ locale: Locale; messages: Messages }> {
  const chosen: Locale = isLocale(locale) ? locale : "en";
  const messages = process.env.NEXT_RUNTIME
    ? ((await messagesFor(chosen)) as unknown as Messages)
    : catalogueAsWritten(chosen);
  return { locale: chosen, messages };
}
