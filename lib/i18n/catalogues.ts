import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import ru from "@/messages/ru.json";
import zh from "@/messages/zh.json";
import { isLocale, type Locale } from "./locales";

// The message catalogues for text made outside a page (e-mails, calendar files, CSV headers).
// Imported without the JSON attribute: in the built application next-intl's loader compiles
// them ahead of time (next.config.ts) and the attribute would bypass it; tsx and Vitest load
// them as plain JSON, formatted by the full ICU implementation (messages/precompiled.test.ts
// proves both read the same).

export type Messages = typeof en;

// English is the reference shape; that every other catalogue has exactly its keys, each a
// valid message, is checked by messages/messages.test.ts rather than by the type checker
// (which would stop every build while a new key waits for its translations).
const catalogues: Record<Locale, Messages> = {
  ar: ar as unknown as Messages,
  zh: zh as unknown as Messages,
  en,
  fr: fr as unknown as Messages,
  ru: ru as unknown as Messages,
  es: es as unknown as Messages,
};

/** The catalogue of a language, English when the language is not offered. */
export function catalogueFor(locale: string): { locale: Locale; messages: Messages } {
  const chosen: Locale = isLocale(locale) ? locale : "en";
  return { locale: chosen, messages: catalogues[chosen] };
}
