// Client-safe list of the languages the interface is offered in.
// The six official languages of the United Nations, in the UN's order.
export const locales = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
/** Each language named in itself, as language switchers do. */
export const localeNames: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};
export const LOCALE_COOKIE = "NEXT_LOCALE";

const rtlLanguages = new Set(["ar", "fa", "he", "ur"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: string): "ltr" | "rtl" {
  return rtlLanguages.has(locale.split("-")[0] ?? locale) ? "rtl" : "ltr";
}

/** Picks the first supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase().split("-")[0];
    if (isLocale(tag)) return tag;
  }
  return undefined;
}

/**
 * The language to write to someone in when they have not chosen one: the first of their
 * organization's working languages the interface offers, else English.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  return languages.find(isLocale) ?? defaultLocale;
}
