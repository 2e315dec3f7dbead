"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { locales } from "@/lib/i18n/locales";
import { setLocaleAction } from "@/lib/profile/actions";
import { useActionCall } from "./form/use-action-call";
import { FormAlert } from "./form-alert";

// Language names are written in their own language, as is the convention for switchers.
const names: Record<(typeof locales)[number], string> = { en: "English", fr: "Français" };

export function LanguageSwitcher() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const id = useId();
  const change = useActionCall(setLocaleAction);
  return (
    <div className="field">
      <label htmlFor={id}>{t("language")}</label>
      <select
        id={id}
        value={locale}
        disabled={change.pending}
        onChange={(event) => change.run({ locale: event.target.value })}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {names[code]}
          </option>
        ))}
      </select>
      <FormAlert error={change.error} />
    </div>
  );
}
