"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { deleteCouncilMeetingAction } from "@/lib/calendar/actions";

export function DeleteCouncilMeetingButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        {t("delete")}
      </button>
    );
  }
  return (
    <div className="stack">
      <p>
        <strong>{t("deleteConfirm")}</strong>
      </p>
      <FormAlert error={error} />
      <div className="actions-row">
        <button
          type="button"
          className="button danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await deleteCouncilMeetingAction({ id, version });
              if (result.ok) {
                router.push("/calendar");
                router.refresh();
              } else setError(result.formError);
            })
          }
        >
          {t("deleteYes")}
        </button>
        <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
