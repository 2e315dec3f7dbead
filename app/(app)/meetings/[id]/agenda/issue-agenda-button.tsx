"use client";

import { ConfirmStep } from "@/app/_components/confirm-step";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { issueAgendaAction } from "@/lib/preparation/actions";

/** Issues the agenda to every participant, once confirmed: it no longer changes afterwards. */
export function IssueAgendaButton({
  meetingId,
  version,
  items,
}: {
  meetingId: string;
  version: number;
  /** The number of accepted items the agenda will hold. */
  items: number;
}) {
  const t = useTranslations("agenda");
  const issue = useActionCall(issueAgendaAction, { message: () => t("issued") });
  return (
    <ConfirmStep
      label={t("issue")}
      question={t("issueConfirm", { count: items })}
      explanation={t("issueExplanation")}
      confirmLabel={t("issueYes")}
      cancelLabel={t("cancel")}
      pending={issue.pending}
      onConfirm={() => issue.run({ meetingId, version })}
    >
      <FormAlert error={issue.error} success={issue.success} />
    </ConfirmStep>
  );
}
