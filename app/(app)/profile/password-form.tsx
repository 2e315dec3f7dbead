"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { changePasswordAction } from "@/lib/accounts/actions";

const empty = { currentPassword: "", password: "", confirmation: "" };

export function PasswordForm() {
  const t = useTranslations("profile");
  const state = useActionForm({
    schema: () => import("@/lib/accounts/schemas").then((m) => m.changePasswordSchema),
    action: changePasswordAction,
    defaultValues: empty,
    message: () => t("passwordChanged"),
    resetTo: () => empty,
  });
  return (
    <ActionForm state={state}>
      <TextField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        className="narrow"
      />
      <div className="form-grid">
        <TextField
          name="password"
          type="password"
          label={t("newPassword")}
          hint={t("passwordHint")}
          autoComplete="new-password"
        />
        <TextField
          name="confirmation"
          type="password"
          label={t("confirmation")}
          autoComplete="new-password"
        />
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("changePassword")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
