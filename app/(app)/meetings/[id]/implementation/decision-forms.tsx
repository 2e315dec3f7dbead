"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextareaField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { type DecisionStatus, decisionStatuses } from "@/db/schema/enums";
import { recordDecisionAction, setDecisionStatusAction } from "@/lib/decisions/actions";
import { recordDecisionSchema, setDecisionStatusSchema } from "@/lib/decisions/schemas";

/** Where no task implements a decision, the secretariat states its status, with a reason. */
export function DecisionStatusForm({
  decisionId,
  version,
  status,
}: {
  decisionId: string;
  version: number;
  status: DecisionStatus;
}) {
  const t = useTranslations("implementation");
  const statuses = useTranslations("decisionStatus");
  const state = useActionForm({
    schema: setDecisionStatusSchema,
    action: setDecisionStatusAction,
    defaultValues: { decisionId, version, status, reason: "" },
    // The next change states the version this one produced.
    resetTo: (data, values) => ({ ...values, version: data.version }),
  });
  return (
    <details className="mt-s">
      <summary>{t("setStatus")}</summary>
      <ActionForm state={state} className="filters mt-s">
        <SelectField
          name="status"
          label={t("status")}
          className="compact"
          options={decisionStatuses.map((s) => ({ value: s, label: statuses(s) }))}
        />
        <TextField name="reason" label={t("reason")} />
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("saveStatus")}
        </SubmitButton>
      </ActionForm>
    </details>
  );
}

/** Records a decision of the meeting; the form is empty again for the next one. */
export function RecordDecisionForm({
  meetingId,
  bodies,
}: {
  meetingId: string;
  bodies: { id: string; name: string }[];
}) {
  const t = useTranslations("implementation");
  const empty = { meetingId, title: "", text: "", responsibleBodyId: "" };
  const state = useActionForm({
    schema: recordDecisionSchema,
    action: recordDecisionAction,
    defaultValues: empty,
    resetTo: () => empty,
  });
  return (
    <ActionForm state={state}>
      <TextField name="title" label={t("decisionTitle")} />
      <TextareaField name="text" label={t("decisionText")} rows={3} />
      <SelectField
        name="responsibleBodyId"
        label={t("responsibleBody")}
        options={bodies.map((b) => ({ value: b.id, label: b.name }))}
        empty={t("noBody")}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("recordSubmit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
