"use client";

import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { signOutOtherSessionsAction } from "@/lib/accounts/actions";

export function SignOutOthersButton() {
  const t = useTranslations("profile");
  const call = useActionCall(signOutOtherSessionsAction, { message: () => t("signedOutOthers") });
  return (
    <div className="stack">
      <FormAlert error={call.error} success={call.success} />
      <div>
        <button
          type="button"
          className="button secondary"
          disabled={call.disabled}
          aria-disabled={call.disabled}
          onClick={() => call.run(undefined)}
        >
          {call.pending ? t("signingOutOthers") : t("signOutOthers")}
        </button>
      </div>
    </div>
  );
}
