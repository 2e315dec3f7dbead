"use client";

import { useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import type { MeetingStatus } from "@/db/schema/enums";
import { advanceMeetingStatusAction } from "@/lib/meetings/actions";
import { nextStatuses } from "@/lib/meetings/status-rules";

/**
 * Moves a meeting forward; each step asks for confirmation, and a step that cannot happen yet
 * says why (the reasons are the command's: lib/meetings/status-rules.ts).
 */
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
  const [target, setTarget] = useState<MeetingStatus | null>(null);
  const advance = useActionCall(advanceMeetingStatusAction);
  const next = nextStatuses(status);
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
              disabled={advance.disabled}
              aria-disabled={advance.disabled}
              onClick={() => advance.run({ id, version, to: target })}
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
      <FormAlert error={advance.error} />
    </div>
  );
}
