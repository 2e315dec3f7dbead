"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { sendRemindersAction } from "@/lib/invitations/actions";

export function RemindersButton({
  meetingId,
  pending: count,
}: {
  meetingId: string;
  pending: number;
}) {
  const t = useTranslations("invitations");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="stack" style={{ alignItems: "flex-end" }}>
      <button
        type="button"
        className="button secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await sendRemindersAction({ meetingId });
            if (result.ok) {
              setDone(t("remindersSent", result.data));
              router.refresh();
            } else setError(result.formError);
          })
        }
      >
        {t("sendReminders", { count })}
      </button>
      <FormAlert error={error} success={done} />
    </div>
  );
}
