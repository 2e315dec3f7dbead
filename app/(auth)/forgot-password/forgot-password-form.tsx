"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { requestPasswordResetAction } from "@/lib/accounts/actions";

/** One answer whether or not the address belongs to an account (nothing is revealed). */
export function ForgotPasswordForm() {
  const t = useTranslations("account");
  const state = useActionForm({
    schema: () => import("@/lib/accounts/schemas").then((m) => m.forgotPasswordSchema),
    action: requestPasswordResetAction,
    defaultValues: { email: "" },
    message: () => t("linkSent"),
  });
  return (
    <ActionForm state={state}>
      <TextField name="email" type="email" label={t("email")} autoComplete="email" />
      <SubmitButton pendingLabel={t("sending")}>{t("sendLink")}</SubmitButton>
    </ActionForm>
  );
}
