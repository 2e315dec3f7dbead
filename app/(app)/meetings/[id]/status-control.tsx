"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { type MeetingStatus, meetingStatuses } from "@/db/schema/enums";
import { advanceMeetingStatusAction } from "@/lib/meetings/actions";

/** Moves a meeting forward; each step asks for confirmation and says why it cannot happen. */
export function StatusControl({
  id,
  version,
  status,
}: {
  id: string;
  version: number;
  status: MeetingStatus;
}) {
  const t = useTranslations("meetingPage");
  const statuses = useTranslations("meetingStatus");
  const validation = useTranslations("validation");
  const router = useRouter();
  const [target, setTarget] = useState<MeetingStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const next = meetingStatuses.slice(meetingStatuses.indexOf(status) + 1);
  if (next.length === 0) return <p className="muted">{t("finalStatus")}</p>;

  return (
    <div className="stack">
      {target ? (
        <div className="stack">
          <p>
            <strong>{t("confirmStatus", { status: statuses(target) })}</strong>
          </p>
          <div className="actions-row">
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  setError(null);
                  setFormError(null);
                  const result = await advanceMeetingStatusAction({ id, version, to: target });
                  if (result.ok) {
                    setTarget(null);
                    router.refresh();
                  } else {
                    // A step that cannot happen yet says why (e.g. the meeting has not started).
                    const reason = result.fieldErrors?.to?.[0];
                    setError(reason && validation.has(reason) ? validation(reason) : null);
                    setFormError(reason && validation.has(reason) ? null : result.formError);
                  }
                })
              }
            >
              {t("confirmYes")}
            </button>
            <button type="button" className="button secondary" onClick={() => setTarget(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions-row">
          {next.map((s) => (
            <button key={s} type="button" className="button secondary" onClick={() => setTarget(s)}>
              {t("moveTo", { status: statuses(s) })}
            </button>
          ))}
        </div>
      )}
      {error ? (
        <div className="alert error" role="alert">
          {error}
        </div>
      ) : null}
      <FormAlert error={formError} />
    </div>
  );
}
