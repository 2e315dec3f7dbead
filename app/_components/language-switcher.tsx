"use client";

import { useId } from "react";
import { useLocale } from "@/app/_components/intl";
import { localeNames, locales } from "@/lib/i18n/locales";
import { setLocaleAction } from "@/lib/profile/actions";
import { useActionCall } from "./form/use-action-call";
import { FormAlert } from "./form-alert";

/** The language menu; its label comes from the server (the shell's messages stay there). */
export function LanguageSwitcher({ label }: { label: string }) {
  const locale = useLocale();
  const id = useId();
  const change = useActionCall(setLocaleAction);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={locale}
        disabled={change.disabled}
        onChange={(event) => change.run({ locale: event.target.value })}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
      <FormAlert error={change.error} />
    </div>
  );
}
