import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "./locales";

// A language's messages come in two files: messages/common/<locale>.json holds what any page's
// browser code may show (errors, validation, the shell, the language names) and reaches the
// browser as one cached script; messages/<locale>.json holds the rest, of which a page sends
// only the namespaces its own client components use (app/_components/page-messages.tsx). The
// server reads both as one catalogue.

const loaded = new Map<string, Promise<AbstractIntlMessages>>();

/** Both files of a language as one catalogue, loaded once per language. */
export function messagesFor(locale: Locale): Promise<AbstractIntlMessages> {
  let loading = loaded.get(locale);
  if (!loading) {
    loading = Promise.all([
      import(`../../messages/${locale}.json`),
      import(`../../messages/common/${locale}.json`),
    ]).then(([pages, common]: { default: AbstractIntlMessages }[]) => ({
      ...pages?.default,
      ...common?.default,
    }));
    loading.catch(() => loaded.delete(locale));
    loaded.set(locale, loading);
  }
  return loading;
}
