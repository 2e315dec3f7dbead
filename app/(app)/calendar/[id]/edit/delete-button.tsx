"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { deleteCouncilMeetingAction } from "@/lib/calendar/actions";

export function DeleteCouncilMeetingButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("calendar");
  const [confirming, setConfirming] = useState(false);
  const remove = useActionCall(deleteCouncilMeetingAction, { redirectTo: () => "/calendar" });
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
      <FormAlert error={remove.error} />
      <div className="actions-row">
        <button
          type="button"
          className="button danger"
          disabled={remove.pending}
          aria-disabled={remove.pending}
          onClick={() => remove.run({ id, version })}
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
