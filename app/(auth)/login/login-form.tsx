"use client";

import { useActionState } from "react";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { type SignInState, signInAction } from "@/lib/auth/actions";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [state, formAction] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={formAction} className="stack" noValidate={false}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? (
        <div className="alert error" role="alert" id="login-error">
          {t(`errors.${state.error}`)}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={state.error ? "login-error" : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={state.error ? "login-error" : undefined}
        />
      </div>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
