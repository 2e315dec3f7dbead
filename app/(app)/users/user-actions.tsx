"use client";

import { useEffect, useRef, useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import {
  deactivateUserAction,
  reactivateUserAction,
  resendInvitationAction,
} from "@/lib/accounts/actions";
import type { AccountStatus } from "@/lib/accounts/queries";

/** Re-send the invitation, deactivate (after a confirmation) or reactivate one account. */
export function UserActions({
  userId,
  name,
  email,
  status,
}: {
  userId: string;
  name: string;
  email: string;
  status: AccountStatus;
}) {
  const t = useTranslations("users");
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  const resend = useActionCall(resendInvitationAction, {
    message: () => t("resent", { email }),
  });
  const deactivate = useActionCall(deactivateUserAction, {
    onSuccess: () => setConfirming(false),
  });
  const reactivate = useActionCall(reactivateUserAction);
  const pending = resend.pending || deactivate.pending || reactivate.pending;
  const busy = resend.disabled || deactivate.disabled || reactivate.disabled;
  const error = resend.error ?? deactivate.error ?? reactivate.error;

  if (confirming) {
    return (
      <fieldset className="stack narrow-s">
        <legend className="visually-hidden">{t("deactivate")}</legend>
        <p>{t("confirmDeactivate", { name })}</p>
        <FormAlert error={error} />
        <div className="actions-row">
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={() => deactivate.run({ userId })}
          >
            {pending ? t("working") : t("confirmYes")}
          </button>
          <button
            type="button"
            className="button secondary"
            ref={cancelRef}
            onClick={() => setConfirming(false)}
          >
            {t("cancel")}
          </button>
        </div>
      </fieldset>
    );
  }
  return (
    <div className="stack">
      <FormAlert error={error} success={resend.success} />
      <div className="actions-row">
        {status === "invited" ? (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => resend.run({ userId })}
          >
            {t("resend")}
            <span className="visually-hidden"> ({name})</span>
          </button>
        ) : null}
        {status === "deactivated" ? (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => reactivate.run({ userId })}
          >
            {t("reactivate")}
            <span className="visually-hidden"> {name}</span>
          </button>
        ) : (
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t("deactivate")}
            <span className="visually-hidden"> {name}</span>
          </button>
        )}
      </div>
    </div>
  );
}
