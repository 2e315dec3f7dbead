"use client";

import Link from "next/link";
import { FieldError } from "@/app/_components/field-error";
import { ActionForm } from "@/app/_components/form/action-form";
import { CheckboxField } from "@/app/_components/form/choice-fields";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { SelectField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { organizationKinds } from "@/db/schema/enums";
import { updateOrganizationAction } from "@/lib/organizations/actions";
import { languageCodes, nameLanguages } from "@/lib/organizations/choices";
import type { OrganizationInput } from "@/lib/organizations/schemas";

const textFields = [
  { name: "name", autoComplete: "organization" },
  { name: "shortName" },
  { name: "headquarters" },
  { name: "headName" },
  { name: "headTitle" },
  { name: "website", type: "url" },
] as const;

export function OrganizationForm({ defaultValues }: { defaultValues: OrganizationInput }) {
  const t = useTranslations("organizations");
  const kinds = useTranslations("organizationKinds");
  const languages = useTranslations("languages");
  const state = useActionForm({
    schema: () => import("@/lib/organizations/schemas").then((m) => m.updateOrganizationSchema),
    action: updateOrganizationAction,
    defaultValues,
    message: () => t("saved"),
    // The form continues from what was saved, stating the version that save produced.
    resetTo: (data, values) => ({ ...values, version: data.version }),
  });
  const { register, formState } = state.form;
  const languagesError = formState.errors.languages;

  return (
    <ActionForm state={state}>
      <ConflictNotice
        conflict={state.conflict}
        explanation={t("conflictExplanation")}
        loadLabel={t("loadSavedVersion")}
        fields={textFields.map((field) => ({
          name: field.name,
          label: t(`fields.${field.name}`),
        }))}
        onLoad={state.loadConflict}
      />
      {/* The version this form read, sent back with the save (a save in between is a conflict). */}
      <input type="hidden" defaultValue={defaultValues.id} {...register("id")} />
      <input type="hidden" defaultValue={String(defaultValues.version)} {...register("version")} />
      <div className="form-grid">
        {textFields.map((field) => (
          <TextField
            key={field.name}
            name={field.name}
            id={`org-${field.name}`}
            type={"type" in field ? field.type : "text"}
            autoComplete={"autoComplete" in field ? field.autoComplete : "off"}
            label={t(`fields.${field.name}`)}
          />
        ))}
        <SelectField
          name="kind"
          id="org-kind"
          label={t("fields.kind")}
          hint={t("kindHint")}
          options={organizationKinds.map((kind) => ({ value: kind, label: kinds(kind) }))}
        />
      </div>
      <fieldset aria-describedby={languagesError ? "org-languages-error" : undefined}>
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
        <FieldError id="org-languages-error" message={languagesError} />
      </fieldset>
      <fieldset>
        <legend>{t("fields.names")}</legend>
        <p className="hint">{t("namesHint")}</p>
        <div className="form-grid">
          {nameLanguages.map((code) => (
            <TextField
              key={code}
              name={`names.${code}`}
              id={`org-name-${code}`}
              label={languages(code)}
              lang={code}
              dir={code === "ar" ? "rtl" : "ltr"}
              autoComplete="off"
            />
          ))}
        </div>
      </fieldset>
      <CheckboxField name="active" label={t("fields.active")} />
      <div className="actions-row">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        <Link href={`/organizations/${defaultValues.id}`} className="button secondary">
          {t("cancel")}
        </Link>
      </div>
    </ActionForm>
  );
}
