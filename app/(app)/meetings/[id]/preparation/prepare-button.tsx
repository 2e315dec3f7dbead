"use client";

import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { prepareNextMeetingAction } from "@/lib/preparation/actions";

/** "Prepare the next meeting": carries the outcome forward, then opens the next meeting's dossier. */
export function PrepareButton({ meetingId }: { meetingId: string }) {
  const t = useTranslations("preparation");
  const prepare = useActionCall(prepareNextMeetingAction, {
    redirectTo: (data) => `/meetings/${data.meetingId}/preparation`,
  });
  return (
    <div className="stack">
      <div>
        <button
          type="button"
          className="button"
          disabled={prepare.disabled}
          aria-disabled={prepare.disabled}
          onClick={() => prepare.run({ meetingId })}
        >
          {prepare.pending ? t("preparing") : t("prepareNext")}
        </button>
      </div>
      <FormAlert error={prepare.error} />
    </div>
  );
}
