"use client";

import { useTranslations } from "next-intl";

/** The form-level message after a submit: an error key from lib/action.ts, or a success text. */
export function FormAlert({ error, success }: { error?: string | null; success?: string | null }) {
  const t = useTranslations("errors");
  if (error) {
    return (
      <div className="alert error" role="alert">
        {t.has(error) ? t(error) : t("internal")}
      </div>
    );
  }
  if (success) {
    return (
      <div className="alert success" role="status">
        {success}
      </div>
    );
  }
  return null;
}
