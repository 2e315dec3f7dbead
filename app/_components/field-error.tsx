"use client";

import { useTranslations } from "next-intl";

/** Shows a validation key from the shared schema (or the server) in the user's language. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations("validation");
  if (!message) return null;
  return (
    <span id={id} className="error">
      {t.has(message) ? t(message) : t("invalid")}
    </span>
  );
}
