"use client";

import { useRouter } from "next/navigation";
import { FieldError } from "@/app/_components/field-error";
import { ActionForm } from "@/app/_components/form/action-form";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { SelectField, TextareaField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useFieldArray, useWatch } from "@/app/_components/form/use-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { representationLevels } from "@/db/schema/enums";
import { replyToInvitationAction } from "@/lib/invitations/actions";
import { MAX_DELEGATION } from "@/lib/invitations/choices";
import type { ReplyInput } from "@/lib/invitations/schemas";

const memberParts = ["name", "title", "email"] as const;

/**
 * The focal point's answer: whether the organization comes, at what level (the "head" level
 * is the head attending in person, with their name), and who is in the delegation.
 */
export function ReplyForm({
  defaultValues,
  onBehalf = false,
}: {
  /** A reply not given yet has no answer to "does it attend?". */
  defaultValues: Omit<ReplyInput, "attending"> & { attending: boolean | undefined };
  /** The secretariat records the reply for the organization: the confirmation says so. */
  onBehalf?: boolean;
}) {
  const t = useTranslations("reply");
  const levels = useTranslations("representationLevels");
  const router = useRouter();
  const state = useActionForm({
    schema: () => import("@/lib/invitations/schemas").then((m) => m.replySchema),
    action: replyToInvitationAction,
    defaultValues,
    // The level is required: say so as soon as it is left empty, not only on submit.
    mode: "all",
    message: (_data, values) => {
      const key = values.attending ? "savedAttending" : "savedDeclined";
      return t(onBehalf ? `${key}OnBehalf` : key);
    },
    // A later change states the version this reply produced (a retry of the same reply
    // keeps the version it read, and the server takes it as a repeat).
    onSuccess: (data) => state.form.setValue("version", data.version),
  });
  const {
    setValue,
    formState: { errors },
  } = state.form;
  const { fields, append, remove } = useFieldArray(state.form, "delegation");
  const [attending, level] = useWatch(state.form, ["attending", "representationLevel"]);
  const delegationError = errors.delegation;
  const answer = (value: boolean) => setValue("attending", value, { shouldValidate: true });

  return (
    <ActionForm state={state}>
      <ConflictNotice
        conflict={state.conflict}
        explanation={t("conflictExplanation")}
        loadLabel={t("reload")}
        fields={[
          { name: "attending", label: t("attendingQuestion") },
          { name: "representationLevel", label: t("representationLevel") },
          { name: "delegation", label: t("delegation") },
          { name: "remarks", label: t("remarks") },
        ]}
        format={(value) => {
          if (value === true) return t("yesAttending");
          if (value === false) return t("notAttending");
          if (Array.isArray(value)) return t("delegationCount", { count: value.length });
          const known = representationLevels.find((l) => l === value);
          if (known) return levels(known);
          return typeof value === "string" && value ? value : "—";
        }}
        onLoad={() => {
          state.loadConflict();
          // The "Where it stands" card follows the reply now loaded.
          router.refresh();
        }}
      />
      <fieldset aria-describedby={errors.attending ? "attending-error" : undefined}>
        <legend>{t("attendingQuestion")}</legend>
        <div className="checks">
          <label>
            <input
              type="radio"
              name="attending"
              checked={attending === true}
              onChange={() => answer(true)}
            />{" "}
            {t("yesAttending")}
          </label>
          <label>
            <input
              type="radio"
              name="attending"
              checked={attending === false}
              onChange={() => answer(false)}
            />{" "}
            {t("notAttending")}
          </label>
        </div>
        <FieldError id="attending-error" message={errors.attending} />
      </fieldset>

      {attending ? (
        <>
          <SelectField
            name="representationLevel"
            label={t("representationLevel")}
            hint={t("levelHint")}
            className="narrow"
            aria-required="true"
            empty={t("chooseLevel")}
            options={representationLevels.map((l) => ({ value: l, label: levels(l) }))}
          />
          {level === "head" ? (
            <div className="form-grid">
              <TextField name="headName" label={t("headName")} aria-required="true" />
              <TextField name="headTitle" label={t("headTitle")} />
            </div>
          ) : null}
          <fieldset aria-describedby={delegationError ? "delegation-error" : undefined}>
            <legend>{t("delegationLegend", { max: MAX_DELEGATION })}</legend>
            {fields.length === 0 ? <p className="muted">{t("noMemberYet")}</p> : null}
            {fields.map((field, index) => (
              <div key={field.key} className="form-grid delegation-row">
                {memberParts.map((part) => (
                  <TextField
                    key={part}
                    name={`delegation.${index}.${part}`}
                    type={part === "email" ? "email" : "text"}
                    label={t(`member.${part}`, { number: index + 1 })}
                  />
                ))}
                <button type="button" className="button danger" onClick={() => remove(index)}>
                  {t("removeMember")}
                  <span className="visually-hidden"> {index + 1}</span>
                </button>
              </div>
            ))}
            <FieldError id="delegation-error" message={delegationError} />
            <button
              type="button"
              className="button secondary"
              onClick={() => append({ name: "", title: "", email: "" })}
              disabled={fields.length >= MAX_DELEGATION}
            >
              {t("addMember")}
            </button>
          </fieldset>
        </>
      ) : null}

      <TextareaField name="remarks" label={t("remarks")} rows={3} />
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
