"use client";

import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { sendRemindersAction } from "@/lib/invitations/actions";

/**
 * One click: a reminder to every organization that has not replied yet (those reminded in
 * the last 24 hours only when the secretariat insists).
 */
export function RemindersButton({
  meetingId,
  pending: count,
}: {
  meetingId: string;
  pending: number;
}) {
  const t = useTranslations("invitations");
  const reminders = useActionCall(sendRemindersAction, {
    message: (data) => t("remindersSent", data),
  });
  return (
    <div className="stack align-end">
      <button
        type="button"
        className="button secondary"
        disabled={reminders.disabled}
        aria-disabled={reminders.disabled}
        onClick={() => reminders.run({ meetingId })}
      >
        {reminders.pending ? t("sending") : t("sendReminders", { count })}
      </button>
      <FormAlert error={reminders.error} success={reminders.success} />
      {reminders.error === "allRemindedRecently" ? (
        <button
          type="button"
          className="button secondary"
          disabled={reminders.disabled}
          onClick={() => reminders.run({ meetingId, force: true })}
        >
          {t("remindAnyway")}
        </button>
      ) : null}
    </div>
  );
}
