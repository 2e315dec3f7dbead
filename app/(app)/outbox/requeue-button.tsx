"use client";

import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { requeueEmailAction } from "@/lib/notifications/actions";

export function RequeueButton({ id, recipient }: { id: string; recipient: string }) {
  const t = useTranslations("outbox");
  const call = useActionCall(requeueEmailAction, { message: () => t("requeued") });
  return (
    <div className="stack">
      <FormAlert error={call.error} success={call.success} />
      <div>
        <button
          type="button"
          className="button secondary"
          disabled={call.disabled}
          onClick={() => call.run({ id })}
        >
          {t("requeue")}
          <span className="visually-hidden"> ({recipient})</span>
        </button>
      </div>
    </div>
  );
}
