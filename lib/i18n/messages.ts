import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "./locales";

// A language's messages come in three files: messages/common/<locale>.json holds the errors
// any page's browser code may show without the server, and reaches the browser as one cached
// script; messages/forms/<locale>.json holds what a form shows once used (field
// checks, the server's refusals), which the browser loads then (app/_components/form-messages.tsx);
// messages/<locale>.json holds the rest, of which a page sends only the namespaces its own
// client components use (app/_components/page-messages.tsx). The server reads all three as one
// catalogue.

const loaded = new Map<string, Promise<AbstractIntlMessages>>();

/** The three files of a language as one catalogue, loaded once per language. */
export function messagesFor(locale: Locale): Promise<AbstractIntlMessages> {
  let loading = loaded.get(locale);
  if (!loading) {
    loading = Promise.all([
      import(`../../messages/${locale}.json`),
      import(`../../messages/common/${locale}.json`),
      import(`../../messages/forms/${locale}.json`),
    ]).then(([pages, common, forms]: { default: AbstractIntlMessages }[]) => ({
      ...pages?.default,
      ...common?.default,
      ...forms?.default,
    }));
    loading.catch(() => loaded.delete(locale));
    loaded.set(locale, loading);
  }
  return loading;
}
