"use client";

import { useTranslations } from "@/app/_components/intl";

// Errors outside the signed-in shell (or of the shell itself, e.g. the database is down):
// a plain page in the user's language, never a stack trace (details are in the server log).
export default function RootError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="main centered-page" id="main">
      <div className="card" role="alert">
        <h1>{t("pageTitle")}</h1>
        <p>{t("unavailable")}</p>
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>
      </div>
    </main>
  );
}
