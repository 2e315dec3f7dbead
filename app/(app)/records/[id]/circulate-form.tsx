"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FieldError } from "@/app/_components/field-error";
import { ActionForm } from "@/app/_components/form/action-form";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { circulateRecordAction } from "@/lib/records/actions";
import { circulateRecordSchema } from "@/lib/records/schemas";

/**
 * Circulates the draft for comments: to the organizations that attended (chosen by default;
 * the secretariat may choose others among those invited), with the comment deadline.
 */
export function CirculateForm({
  recordId,
  version,
  organizations,
  defaultDeadline,
  timeZone,
}: {
  recordId: string;
  version: number;
  /** The organizations invited to the meeting; `attended` ones are chosen at first. */
  organizations: { id: string; name: string; attended: boolean }[];
  defaultDeadline: string;
  timeZone: string;
}) {
  const t = useTranslations("records");
  const state = useActionForm({
    schema: circulateRecordSchema,
    action: circulateRecordAction,
    defaultValues: {
      recordId,
      version,
      organizationIds: organizations.filter((o) => o.attended).map((o) => o.id),
      commentDeadline: defaultDeadline,
    },
  });
  const { control, setValue, formState } = state.form;
  const chosen = useWatch({ control, name: "organizationIds" }) ?? [];
  const choose = (ids: string[]) =>
    setValue("organizationIds", ids, { shouldValidate: formState.isSubmitted });
  const toggle = (id: string) =>
    choose(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const error = formState.errors.organizationIds?.message;
  if (organizations.length === 0) return <p className="muted">{t("nobodyInvited")}</p>;
  return (
    <ActionForm state={state} label={t("circulateHeading")}>
      <fieldset aria-describedby={error ? "recipients-error" : "recipients-hint"}>
        <legend>
          {t("recipientsLegend", { count: chosen.length, total: organizations.length })}
        </legend>
        <p className="hint muted" id="recipients-hint">
          {t("recipientsHint")}
        </p>
        <div className="actions-row mb-s">
          <button
            type="button"
            className="button link"
            onClick={() => choose(organizations.filter((o) => o.attended).map((o) => o.id))}
          >
            {t("selectAttended")}
          </button>
          <button
            type="button"
            className="button link"
            onClick={() => choose(organizations.map((o) => o.id))}
          >
            {t("selectAllInvited")}
          </button>
          <button type="button" className="button link" onClick={() => choose([])}>
            {t("selectNone")}
          </button>
        </div>
        <div className="checks columns">
          {organizations.map((o) => (
            <label key={o.id}>
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                onChange={() => toggle(o.id)}
              />{" "}
              {o.name}
              {o.attended ? null : <span className="muted"> ({t("didNotAttend")})</span>}
            </label>
          ))}
        </div>
        <FieldError id="recipients-error" message={error} />
      </fieldset>
      <TextField
        name="commentDeadline"
        type="datetime-local"
        label={t("commentDeadline")}
        hint={t("commentDeadlineHint", { zone: timeZone })}
        className="narrow-m"
      />
      <div>
        <SubmitButton pendingLabel={t("saving")} disabled={chosen.length === 0}>
          {t("circulateSubmit", { count: chosen.length })}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
