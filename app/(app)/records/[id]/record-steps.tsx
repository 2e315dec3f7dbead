"use client";

import { useState } from "react";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import {
  deleteRecordAction,
  finalizeRecordAction,
  reviseRecordAction,
} from "@/lib/records/actions";

type Step = "revise" | "finalize" | "delete";

/**
 * The record's irreversible steps, each confirmed first: revise (a circulated record back to
 * editing as the next version), finalize (read only for good), delete (a draft never
 * circulated). The steps offered are those the rules allow (lib/records/stages.ts).
 */
export function RecordSteps({
  recordId,
  meetingId,
  version,
  steps,
}: {
  recordId: string;
  meetingId: string;
  version: number;
  steps: Step[];
}) {
  const t = useTranslations("records");
  const [asked, setAsked] = useState<Step | null>(null);
  const revise = useActionCall(reviseRecordAction);
  const finalize = useActionCall(finalizeRecordAction, { message: () => t("finalized") });
  const remove = useActionCall(deleteRecordAction, { redirectTo: () => `/meetings/${meetingId}` });
  const calls = { revise, finalize, delete: remove };
  const busy = revise.disabled || finalize.disabled || remove.disabled;
  const error = revise.error ?? finalize.error ?? remove.error;
  if (steps.length === 0) return null;
  return (
    <div className="stack">
      {asked ? (
        <div className="stack">
          <p>
            <strong>{t(`steps.${asked}.confirm`)}</strong>
          </p>
          <p className="muted">{t(`steps.${asked}.explanation`)}</p>
          <div className="actions-row">
            <button
              type="button"
              className={asked === "delete" ? "button danger" : "button"}
              disabled={busy}
              aria-disabled={busy}
              onClick={() => calls[asked].run({ recordId, version })}
            >
              {t(`steps.${asked}.yes`)}
            </button>
            <button type="button" className="button secondary" onClick={() => setAsked(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions-row">
          {steps.map((step) => (
            <button
              key={step}
              type="button"
              className={step === "delete" ? "button danger" : "button secondary"}
              onClick={() => setAsked(step)}
            >
              {t(`steps.${step}.button`)}
            </button>
          ))}
        </div>
      )}
      <FormAlert error={error} success={finalize.success} />
    </div>
  );
}
