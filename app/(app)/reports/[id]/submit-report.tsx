"use client";

import { ConfirmStep } from "@/app/_components/confirm-step";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { submitReportAction } from "@/lib/reports/actions";

/** Submits the saved report to the secretariat, after a confirmation (it is then read-only). */
export function SubmitReport({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("reports");
  // The page comes back without this section: it says what happened (?done=).
  const submit = useActionCall(submitReportAction, {
    redirectTo: () => `/reports/${reportId}?done=submitted`,
  });
  return (
    <ConfirmStep
      label={t("submit")}
      question={t("confirmSubmit")}
      confirmLabel={t("submitYes")}
      pendingLabel={t("submitting")}
      cancelLabel={t("cancel")}
      pending={submit.pending}
      onConfirm={() => submit.run({ reportId, version })}
    >
      <FormAlert error={submit.error} />
    </ConfirmStep>
  );
}
