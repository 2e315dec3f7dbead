"use client";

import { ConfirmStep } from "@/app/_components/confirm-step";
import { ActionForm } from "@/app/_components/form/action-form";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { SelectField, TextareaField, TextField } from "@/app/_components/form/fields";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { type DecisionStatus, decisionStatuses } from "@/db/schema/enums";
import {
  recordDecisionAction,
  setDecisionStatusAction,
  updateDecisionAction,
  withdrawDecisionAction,
} from "@/lib/decisions/actions";
import { endorsementValue } from "@/lib/decisions/choices";

/** What the decision forms offer (lib/decisions/queries.ts, decisionFormChoices). */
export type DecisionChoices = {
  bodies: { id: string; name: string }[];
  recommendations: { value: string; bodyName: string; number: number; text: string }[];
  /** The paragraph numbers of the meeting's Chair's conclusions (none when not drafted yet). */
  paragraphs: number[];
};

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
    schema: () => import("@/lib/decisions/schemas").then((m) => m.setDecisionStatusSchema),
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

/** The fields a decision has: its title, text, responsible body and sources. */
function DecisionFields({ choices }: { choices: DecisionChoices }) {
  const t = useTranslations("implementation");
  const first = choices.paragraphs[0];
  const last = choices.paragraphs.at(-1);
  return (
    <>
      <TextField name="title" label={t("decisionTitle")} />
      <TextareaField name="text" label={t("decisionText")} rows={3} />
      <div className="form-grid">
        <SelectField
          name="responsibleBodyId"
          label={t("responsibleBody")}
          options={choices.bodies.map((b) => ({ value: b.id, label: b.name }))}
          empty={t("noBody")}
        />
        <TextField
          name="sourceParagraphs"
          label={t("sourceParagraphs")}
          hint={
            first !== undefined && last !== undefined
              ? t("sourceParagraphsHint", { first, last })
              : t("sourceParagraphsNoConclusions")
          }
        />
      </div>
      <SelectField
        name="endorsement"
        label={t("endorsement")}
        hint={choices.recommendations.length === 0 ? t("noRecommendations") : undefined}
        empty={t("noEndorsement")}
        options={choices.recommendations.map((r) => ({
          value: r.value,
          label: t("recommendationOption", {
            body: r.bodyName,
            number: r.number,
            text: r.text.length > 90 ? `${r.text.slice(0, 90)}…` : r.text,
          }),
        }))}
      />
    </>
  );
}

/** Records a decision of the meeting; the form is empty again for the next one. */
export function RecordDecisionForm({
  meetingId,
  choices,
}: {
  meetingId: string;
  choices: DecisionChoices;
}) {
  const t = useTranslations("implementation");
  const empty = {
    meetingId,
    title: "",
    text: "",
    responsibleBodyId: "",
    sourceParagraphs: "",
    endorsement: "",
  };
  const state = useActionForm({
    schema: () => import("@/lib/decisions/schemas").then((m) => m.recordDecisionSchema),
    action: recordDecisionAction,
    defaultValues: empty,
    message: () => t("recorded"),
    resetTo: () => empty,
  });
  return (
    <ActionForm state={state} label={t("recordHeading")}>
      <DecisionFields choices={choices} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("recordSubmit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** Edits a decision while the meeting's outcome is in draft. */
export function EditDecisionForm({
  defaultValues,
  choices,
}: {
  defaultValues: {
    decisionId: string;
    version: number;
    title: string;
    text: string;
    responsibleBodyId: string;
    sourceParagraphs: string;
    endorsement: string;
  };
  choices: DecisionChoices;
}) {
  const t = useTranslations("implementation");
  const state = useActionForm({
    schema: () => import("@/lib/decisions/schemas").then((m) => m.updateDecisionSchema),
    action: updateDecisionAction,
    defaultValues,
    message: () => t("decisionSaved"),
    resetTo: (data, values) => ({
      ...values,
      sourceParagraphs: (values.sourceParagraphs ?? []).join(", "),
      endorsement: endorsementValue(
        values.endorsement?.reportId ?? null,
        values.endorsement?.recommendationId ?? null,
      ),
      version: data.version,
    }),
  });
  return (
    <ActionForm state={state} label={t("editHeading")}>
      <ConflictNotice
        conflict={state.conflict}
        explanation={t("conflict")}
        loadLabel={t("loadTheirs")}
        onLoad={state.loadConflict}
        fields={[
          { name: "title", label: t("decisionTitle") },
          { name: "sourceParagraphs", label: t("sourceParagraphs") },
        ]}
      />
      <DecisionFields choices={choices} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveDecision")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** Withdraws a decision (confirmed first); it stays on record, marked withdrawn. */
export function WithdrawDecisionButton({
  decisionId,
  version,
}: {
  decisionId: string;
  version: number;
}) {
  const t = useTranslations("implementation");
  const withdraw = useActionCall(withdrawDecisionAction, { message: () => t("withdrawn") });
  return (
    <ConfirmStep
      label={t("withdraw")}
      question={t("withdrawConfirm")}
      explanation={t("withdrawExplanation")}
      confirmLabel={t("withdrawYes")}
      cancelLabel={t("cancel")}
      danger
      pending={withdraw.pending}
      onConfirm={() => withdraw.run({ decisionId, version })}
    >
      <FormAlert error={withdraw.error} success={withdraw.success} />
    </ConfirmStep>
  );
}
