"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { setPasswordAction } from "@/lib/accounts/actions";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const state = useActionForm({
    schema: () => import("@/lib/accounts/schemas").then((m) => m.setPasswordSchema),
    action: setPasswordAction,
    defaultValues: { token, password: "", confirmation: "" },
    redirectTo: (data) => data.redirectTo,
  });
  return (
    <ActionForm state={state}>
      <div className="rules">
        <p>
          <strong>{t("rulesHeading")}</strong>
        </p>
        <ul>
          <li>{t("ruleLength")}</li>
          <li>{t("ruleCommon")}</li>
          <li>{t("ruleUnique")}</li>
        </ul>
      </div>
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        hint={t("passwordHint")}
      />
      <TextField
        name="confirmation"
        type="password"
        label={t("confirmation")}
        autoComplete="new-password"
      />
      <SubmitButton pendingLabel={t("saving")}>{t("savePassword")}</SubmitButton>
    </ActionForm>
  );
}
