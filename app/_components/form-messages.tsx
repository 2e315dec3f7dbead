"use client";

import { Suspense, use } from "react";
import { useLocale } from "@/app/_components/intl";

// What a form shows once it has been used: why a field is not accepted ("validation") and why
// the server refused a change ("refusals"), messages/forms/<locale>.json, 3 kB gzip. None of it
// can show before a form is used (a check in the browser, or the server's answer), so it is not
// part of the page's scripts: a form starts loading it when it is first focused (ActionForm) or
// its action is called (useActionCall), and a message waits for it the first time (a few
// milliseconds; from the browser's cache after that). What must show without the server (it
// cannot be reached, the form's checks did not load, the page failed) stays in the common
// messages every page has ("errors").

type Namespace = "validation" | "refusals";
type Catalogue = Record<Namespace, Record<string, string>>;

const catalogues = new Map<string, Promise<Catalogue>>();

/** The language's form messages, one promise per language for the life of the page. */
function loadFormMessages(locale: string): Promise<Catalogue> {
  let loading = catalogues.get(locale);
  if (!loading) {
    loading = import(`../../messages/forms/${locale}.json`).then(
      (module: { default: Catalogue }) => module.default,
      // Not loaded (offline, or a new release): no text this time (a field is still marked
      // invalid, and the form says its checks could not be loaded); the next message retries.
      (): Catalogue => {
        catalogues.delete(locale);
        return { validation: {}, refusals: {} };
      },
    );
    catalogues.set(locale, loading);
  }
  return loading;
}

/** Starts loading the messages (a form focused, an action called). */
export function preloadFormMessages(locale: string) {
  void loadFormMessages(locale);
}

function Text({ messageKey, from, fallback }: Props) {
  const messages = use(loadFormMessages(useLocale()));
  for (const namespace of from) {
    const text = messages[namespace][messageKey];
    if (text !== undefined) return text;
  }
  return fallback ?? messages.validation.invalid ?? null;
}

type Props = {
  messageKey: string;
  /** Where to look for the key, in order. */
  from: readonly Namespace[];
  /** For a key found nowhere (else the generic "This value is not valid"). */
  fallback?: string;
};

/** A key under "validation" or "refusals", in the user's language. */
export function FormMessage(props: Props) {
  return (
    <Suspense fallback={null}>
      <Text {...props} />
    </Suspense>
  );
}
