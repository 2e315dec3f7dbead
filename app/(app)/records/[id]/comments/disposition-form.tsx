"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { RadioGroupField } from "@/app/_components/form/choice-fields";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { TextareaField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import type { CommentDisposition } from "@/db/schema/enums";
import { disposeCommentAction } from "@/lib/records/actions";
import { dispositionChoices } from "@/lib/records/choices";

/** The secretariat's answer to one comment: accepted, accepted in part, not accepted or noted, and why. */
export function DispositionForm({
  commentId,
  version,
  disposition,
  reason,
  label,
}: {
  commentId: string;
  version: number;
  disposition: CommentDisposition;
  reason: string | null;
  /** Names the comment answered, e.g. "Answer to the African Union on paragraph 2". */
  label: string;
}) {
  const t = useTranslations("records");
  const dispositions = useTranslations("commentDispositions");
  const state = useActionForm({
    schema: () => import("@/lib/records/schemas").then((m) => m.disposeCommentSchema),
    action: disposeCommentAction,
    defaultValues: {
      commentId,
      version,
      disposition: disposition === "pending" ? undefined : disposition,
      reason: reason ?? "",
    },
    message: () => t("answerSaved"),
    resetTo: (data, values) => ({ ...values, version: data.version }),
  });
  return (
    <ActionForm state={state} label={label}>
      <ConflictNotice
        conflict={state.conflict}
        explanation={t("answerConflict")}
        loadLabel={t("loadTheirs")}
        onLoad={state.loadConflict}
        fields={[
          { name: "disposition", label: t("disposition") },
          { name: "reason", label: t("reason") },
        ]}
        format={(value, name) =>
          name === "disposition" && typeof value === "string"
            ? dispositions(value)
            : String(value ?? "—")
        }
      />
      <RadioGroupField
        name="disposition"
        legend={t("disposition")}
        options={dispositionChoices.map((d) => ({ value: d, label: dispositions(d) }))}
      />
      <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={2} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("saveAnswer")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
