"use client";

import { useTranslations } from "@/app/_components/intl";

// Never a stack trace: the details are in the server log.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="card" role="alert">
      <h1>{t("pageTitle")}</h1>
      <p>{t("internal")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
