"use client";

import { ConfirmStep } from "@/app/_components/confirm-step";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { deleteCouncilMeetingAction } from "@/lib/calendar/actions";

export function DeleteCouncilMeetingButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("calendar");
  const remove = useActionCall(deleteCouncilMeetingAction, { redirectTo: () => "/calendar" });
  return (
    <ConfirmStep
      label={t("delete")}
      question={t("deleteConfirm")}
      confirmLabel={t("deleteYes")}
      cancelLabel={t("cancel")}
      danger
      pending={remove.pending}
      onConfirm={() => remove.run({ id, version })}
    >
      <FormAlert error={remove.error} />
    </ConfirmStep>
  );
}
