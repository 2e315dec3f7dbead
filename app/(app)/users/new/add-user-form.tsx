"use client";

import Link from "next/link";
import { ActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useLocale, useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { addUserAction } from "@/lib/accounts/actions";
import { userRoles } from "@/lib/accounts/choices";

type AddableRole = (typeof userRoles)[number];

import { isLocale, localeNames, locales } from "@/lib/i18n/locales";

/** `roles`: each role's name in the user's language (from the server). */
export function AddUserForm({ roles }: { roles: Record<AddableRole, string> }) {
  const t = useTranslations("users");
  const current = useLocale();
  const state = useActionForm({
    schema: () => import("@/lib/accounts/schemas").then((m) => m.addUserSchema),
    action: addUserAction,
    defaultValues: {
      name: "",
      email: "",
      jobTitle: "",
      locale: isLocale(current) ? current : "en",
      role: "secretariat",
    },
    redirectTo: () => "/users?status=invited",
  });
  return (
    <ActionForm state={state}>
      <div className="form-grid">
        <TextField name="name" label={t("fields.name")} autoComplete="off" />
        <TextField name="email" type="email" label={t("fields.email")} autoComplete="off" />
      </div>
      <TextField name="jobTitle" label={t("fields.jobTitle")} />
      <div className="form-grid">
        <SelectField
          name="role"
          label={t("fields.role")}
          hint={t("roleHint")}
          options={userRoles.map((r) => ({ value: r, label: roles[r] }))}
        />
        <SelectField
          name="locale"
          label={t("fields.locale")}
          options={locales.map((code) => ({ value: code, label: localeNames[code] }))}
        />
      </div>
      <div className="actions-row">
        <SubmitButton pendingLabel={t("adding")}>{t("addSubmit")}</SubmitButton>
        <Link className="button secondary" href="/users">
          {t("cancel")}
        </Link>
      </div>
    </ActionForm>
  );
}
