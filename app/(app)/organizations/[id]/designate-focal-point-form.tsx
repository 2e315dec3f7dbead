"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { type Locale, localeNames, locales } from "@/lib/i18n/locales";
import { designateFocalPointAction } from "@/lib/organizations/actions";

export function DesignateFocalPointForm({
  organizationId,
  version,
  currentName,
  workingLocale,
}: {
  organizationId: string;
  version: number;
  currentName: string | null;
  /** The organization's working language: a new account is written to in it unless changed. */
  workingLocale: Locale;
}) {
  const t = useTranslations("organizations");
  const state = useActionForm({
    schema: () => import("@/lib/organizations/schemas").then((m) => m.designateFocalPointSchema),
    // The version the page shows now (it changes with each designation or removal).
    action: (values, meta) =>
      designateFocalPointAction({ ...values, organizationId, version }, meta),
    defaultValues: {
      organizationId,
      version,
      name: "",
      email: "",
      jobTitle: "",
      locale: workingLocale,
    },
    message: (_data, values) => t("focalPointDesignated", { name: values.name }),
    // Empty again for the next designation.
    resetTo: (data) => ({
      organizationId,
      version: data.version,
      name: "",
      email: "",
      jobTitle: "",
      locale: workingLocale,
    }),
  });
  return (
    <details className="designate mt-l">
      <summary>{currentName ? t("replaceFocalPoint") : t("designateFocalPoint")}</summary>
      <ActionForm state={state} className="stack mt">
        {currentName ? <p className="muted">{t("replaceWarning", { name: currentName })}</p> : null}
        <TextField name="name" id="fp-name" label={t("personName")} autoComplete="name" />
        <TextField
          name="email"
          id="fp-email"
          type="email"
          label={t("personEmail")}
          autoComplete="email"
        />
        <TextField name="jobTitle" id="fp-title" label={t("personTitle")} />
        <SelectField
          name="locale"
          id="fp-locale"
          label={t("personLocale")}
          hint={t("personLocaleHint")}
          options={locales.map((code) => ({ value: code, label: localeNames[code] }))}
        />
        <div>
          <SubmitButton pendingLabel={t("saving")}>{t("designate")}</SubmitButton>
        </div>
      </ActionForm>
    </details>
  );
}
