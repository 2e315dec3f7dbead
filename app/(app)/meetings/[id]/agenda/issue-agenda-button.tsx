"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
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
  const [asked, setAsked] = useState(false);
  const issue = useActionCall(issueAgendaAction, { message: () => t("issued") });
  return (
    <div className="stack">
      {asked ? (
        <>
          <p>
            <strong>{t("issueConfirm", { count: items })}</strong>
          </p>
          <p className="muted">{t("issueExplanation")}</p>
          <div className="actions-row">
            <button
              type="button"
              className="button"
              disabled={issue.pending}
              aria-disabled={issue.pending}
              onClick={() => issue.run({ meetingId, version })}
            >
              {t("issueYes")}
            </button>
            <button type="button" className="button secondary" onClick={() => setAsked(false)}>
              {t("cancel")}
            </button>
          </div>
        </>
      ) : (
        <div>
          <button type="button" className="button" onClick={() => setAsked(true)}>
            {t("issue")}
          </button>
        </div>
      )}
      <FormAlert error={issue.error} success={issue.success} />
    </div>
  );
}
