"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { TextField } from "@/app/_components/text-field";
import { organizationKinds } from "@/db/schema/enums";
import { updateOrganizationAction } from "@/lib/organizations/actions";
import { languageCodes, updateOrganizationSchema } from "@/lib/organizations/schemas";

type Input = z.input<typeof updateOrganizationSchema>;
type Output = z.output<typeof updateOrganizationSchema>;

const textFields = [
  { name: "name", autoComplete: "organization" },
  { name: "shortName" },
  { name: "headquarters" },
  { name: "headName" },
  { name: "headTitle" },
  { name: "website", type: "url" },
] as const;

export function OrganizationForm({ defaultValues }: { defaultValues: Input }) {
  const t = useTranslations("organizations");
  const kinds = useTranslations("organizationKinds");
  const languages = useTranslations("languages");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(updateOrganizationSchema),
    mode: "onTouched",
    defaultValues,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setConflict(null);
    setSaved(false);
    const result = await updateOrganizationAction(values);
    if (result.ok) {
      reset({ ...getValues(), version: result.data.version });
      setSaved(true);
      router.refresh();
      return;
    }
    if (result.code === "conflict" && result.current) setConflict(result.current);
    setFormError(applyActionErrors(result, setError));
  });

  const loadSavedVersion = () => {
    if (!conflict) return;
    reset({
      ...getValues(),
      ...Object.fromEntries(Object.entries(conflict).map(([k, v]) => [k, v ?? ""])),
    } as Input);
    setConflict(null);
    setFormError(null);
  };

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert error={formError} success={saved ? t("saved") : null} />
      {conflict ? (
        <div className="alert warning" role="alert">
          <p>{t("conflictExplanation")}</p>
          <dl className="facts">
            {textFields.map((field) => (
              <div key={field.name} style={{ display: "contents" }}>
                <dt>{t(`fields.${field.name}`)}</dt>
                <dd>{String(conflict[field.name] ?? "—") || "—"}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            className="button secondary"
            onClick={loadSavedVersion}
            style={{ marginTop: "0.5rem" }}
          >
            {t("loadSavedVersion")}
          </button>
        </div>
      ) : null}
      <input type="hidden" defaultValue={defaultValues.id} {...register("id")} />
      <input type="hidden" defaultValue={String(defaultValues.version)} {...register("version")} />
      <div className="form-grid">
        {textFields.map((field) => (
          <TextField
            key={field.name}
            id={`org-${field.name}`}
            type={"type" in field ? field.type : "text"}
            autoComplete={"autoComplete" in field ? field.autoComplete : "off"}
            label={t(`fields.${field.name}`)}
            error={errors[field.name]?.message}
            // Rendered on the server too, so the form is filled before scripts load.
            defaultValue={defaultValues[field.name] ?? ""}
            registration={register(field.name)}
          />
        ))}
        <div className="field">
          <label htmlFor="org-kind">{t("fields.kind")}</label>
          <select
            id="org-kind"
            aria-invalid={!!errors.kind}
            aria-describedby={errors.kind ? "org-kind-error" : "org-kind-hint"}
            defaultValue={defaultValues.kind}
            {...register("kind")}
          >
            {organizationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kinds(kind)}
              </option>
            ))}
          </select>
          <span id="org-kind-hint" className="hint">
            {t("kindHint")}
          </span>
          <FieldError id="org-kind-error" message={errors.kind?.message} />
        </div>
      </div>
      <fieldset>
        <legend>{t("fields.languages")}</legend>
        <div className="checks">
          {languageCodes.map((code) => (
            <label key={code}>
              <input
                type="checkbox"
                value={code}
                defaultChecked={defaultValues.languages?.includes(code)}
                {...register("languages")}
              />{" "}
              {languages(code)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="checks">
        <label>
          <input type="checkbox" defaultChecked={!!defaultValues.active} {...register("active")} />{" "}
          {t("fields.active")}
        </label>
      </div>
      <div className="actions-row">
        <button
          type="submit"
          className="button"
          disabled={isSubmitting}
          aria-disabled={isSubmitting}
        >
          {isSubmitting ? t("saving") : t("save")}
        </button>
        <Link href={`/organizations/${defaultValues.id}`} className="button secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
