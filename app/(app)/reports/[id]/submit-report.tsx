"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { submitReportAction } from "@/lib/reports/actions";

/** Submits the saved report to the secretariat, after a confirmation (it is then read-only). */
export function SubmitReport({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("reports");
  const [confirming, setConfirming] = useState(false);
  // The page comes back without this section: it says what happened (?done=).
  const submit = useActionCall(submitReportAction, {
    redirectTo: () => `/reports/${reportId}?done=submitted`,
  });
  return (
    <div className="stack">
      {confirming ? (
        <div className="stack">
          <p>
            <strong>{t("confirmSubmit")}</strong>
          </p>
          <div className="actions-row">
            <button
              type="button"
              className="button"
              disabled={submit.pending}
              aria-disabled={submit.pending}
              onClick={() => submit.run({ reportId, version })}
            >
              {submit.pending ? t("submitting") : t("submitYes")}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t("submit")}
          </button>
        </div>
      )}
      <FormAlert error={submit.error} />
    </div>
  );
}
