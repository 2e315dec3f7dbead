"use client";

import { ConfirmStep } from "@/app/_components/confirm-step";
import { ActionForm } from "@/app/_components/form/action-form";
import { TextareaField } from "@/app/_components/form/fields";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { acceptReportAction, returnReportAction } from "@/lib/reports/actions";

/** The secretariat accepts the submitted report, after a confirmation: it is then final. */
export function AcceptReport({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("reports");
  // The page comes back without the review: it says what happened (?done=).
  const accept = useActionCall(acceptReportAction, {
    redirectTo: () => `/reports/${reportId}?done=accepted`,
  });
  return (
    <section className="stack" aria-labelledby="accept-heading">
      <h3 id="accept-heading">{t("acceptHeading")}</h3>
      <p className="muted">{t("acceptExplanation")}</p>
      <ConfirmStep
        label={t("accept")}
        question={t("confirmAccept")}
        confirmLabel={t("acceptYes")}
        pendingLabel={t("accepting")}
        cancelLabel={t("cancel")}
        pending={accept.pending}
        onConfirm={() => accept.run({ reportId, version })}
      >
        <FormAlert error={accept.error} />
      </ConfirmStep>
    </section>
  );
}

/** The secretariat returns the submitted report to its chairs with remarks (required). */
export function ReturnReport({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("reports");
  const state = useActionForm({
    schema: () => import("@/lib/reports/schemas").then((m) => m.returnReportSchema),
    action: returnReportAction,
    defaultValues: { reportId, version, remarks: "" },
    redirectTo: () => `/reports/${reportId}?done=returned`,
  });
  return (
    <section className="stack" aria-labelledby="return-heading">
      <h3 id="return-heading">{t("returnHeading")}</h3>
      <ActionForm state={state} label={t("returnHeading")}>
        <TextareaField name="remarks" label={t("remarks")} hint={t("remarksHint")} rows={5} />
        <div>
          <SubmitButton pendingLabel={t("returning")} variant="secondary">
            {t("returnSubmit")}
          </SubmitButton>
        </div>
      </ActionForm>
    </section>
  );
}
