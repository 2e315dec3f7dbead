"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { representationLevels } from "@/db/schema/enums";
import { replyToInvitationAction } from "@/lib/invitations/actions";
import {
  MAX_DELEGATION,
  type ReplyInput,
  type ReplyOutput,
  replySchema,
} from "@/lib/invitations/schemas";

/** The focal point's answer: whether the organization comes, at what level, and who. */
export function ReplyForm({
  defaultValues,
  onBehalf = false,
}: {
  defaultValues: Partial<ReplyInput> & { invitationId: string; version: number };
  /** The secretariat records the reply for the organization: the confirmation says so. */
  onBehalf?: boolean;
}) {
  const t = useTranslations("reply");
  const levels = useTranslations("representationLevels");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  // The version this form last read: a retry of the same submit reuses it.
  const version = useRef(defaultValues.version);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<ReplyInput, unknown, ReplyOutput>({
    resolver: zodResolver(replySchema),
    mode: "onChange",
    defaultValues: defaultValues as ReplyInput,
  });
  const { fields, append, remove } = useFieldArray({ control, name: "delegation" });
  const [attending, headAttending] = useWatch({ control, name: ["attending", "headAttending"] });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    setConflict(false);
    const result = await replyToInvitationAction({ ...values, version: version.current });
    if (result.ok) {
      version.current = result.data.version;
      setValue("version", result.data.version);
      const key = values.attending ? "savedAttending" : "savedDeclined";
      setSaved(t(onBehalf ? `${key}OnBehalf` : key));
      router.refresh();
      return;
    }
    if (result.code === "conflict") setConflict(true);
    setFormError(applyActionErrors(result, setError));
  });

  const delegationError = errors.delegation?.message ?? errors.delegation?.root?.message;

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert error={formError} success={saved} />
      {conflict ? (
        <div className="alert warning" role="alert">
          <p>{t("conflictExplanation")}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => window.location.reload()}
          >
            {t("reload")}
          </button>
        </div>
      ) : null}
      <fieldset>
        <legend>{t("attendingQuestion")}</legend>
        <div className="checks">
          <label>
            <input
              type="radio"
              name="attending"
              checked={attending === true}
              onChange={() => setValue("attending", true, { shouldValidate: true })}
            />{" "}
            {t("yesAttending")}
          </label>
          <label>
            <input
              type="radio"
              name="attending"
              checked={attending === false}
              onChange={() => setValue("attending", false, { shouldValidate: true })}
            />{" "}
            {t("notAttending")}
          </label>
        </div>
        <FieldError id="attending-error" message={errors.attending?.message} />
      </fieldset>

      {attending ? (
        <>
          <div className="field" style={{ maxWidth: 360 }}>
            <label htmlFor="representationLevel">{t("representationLevel")}</label>
            <select
              id="representationLevel"
              aria-invalid={!!errors.representationLevel}
              aria-describedby={
                errors.representationLevel ? "representationLevel-error" : undefined
              }
              {...register("representationLevel")}
            >
              <option value="">{t("chooseLevel")}</option>
              {representationLevels.map((level) => (
                <option key={level} value={level}>
                  {levels(level)}
                </option>
              ))}
            </select>
            <FieldError
              id="representationLevel-error"
              message={errors.representationLevel?.message}
            />
          </div>
          <div className="checks">
            <label>
              <input type="checkbox" {...register("headAttending")} /> {t("headAttending")}
            </label>
          </div>
          {headAttending ? (
            <div className="form-grid">
              <div className="field">
                <label htmlFor="headName">{t("headName")}</label>
                <input
                  id="headName"
                  type="text"
                  aria-invalid={!!errors.headName}
                  aria-describedby={errors.headName ? "headName-error" : undefined}
                  {...register("headName")}
                />
                <FieldError id="headName-error" message={errors.headName?.message} />
              </div>
              <div className="field">
                <label htmlFor="headTitle">{t("headTitle")}</label>
                <input id="headTitle" type="text" {...register("headTitle")} />
              </div>
            </div>
          ) : null}
          <fieldset>
            <legend>{t("delegationLegend", { max: MAX_DELEGATION })}</legend>
            {fields.map((field, index) => {
              const rowErrors = errors.delegation?.[index];
              return (
                <div
                  key={field.id}
                  className="form-grid"
                  style={{
                    gridTemplateColumns: "1fr 1fr 1fr auto",
                    alignItems: "end",
                    marginBottom: "0.5rem",
                  }}
                >
                  {(["name", "title", "email"] as const).map((part) => {
                    const id = `delegation-${index}-${part}`;
                    const error = rowErrors?.[part]?.message;
                    return (
                      <div className="field" key={part}>
                        <label htmlFor={id}>{t(`member.${part}`, { number: index + 1 })}</label>
                        <input
                          id={id}
                          type={part === "email" ? "email" : "text"}
                          aria-invalid={!!error}
                          aria-describedby={error ? `${id}-error` : undefined}
                          {...register(`delegation.${index}.${part}`)}
                        />
                        <FieldError id={`${id}-error`} message={error} />
                      </div>
                    );
                  })}
                  <button type="button" className="button danger" onClick={() => remove(index)}>
                    {t("removeMember")}
                    <span className="visually-hidden"> {index + 1}</span>
                  </button>
                </div>
              );
            })}
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

      <div className="field">
        <label htmlFor="remarks">{t("remarks")}</label>
        <textarea id="remarks" rows={3} {...register("remarks")} />
      </div>
      <div>
        <button
          type="submit"
          className="button"
          disabled={isSubmitting}
          aria-disabled={isSubmitting}
        >
          {isSubmitting ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}
