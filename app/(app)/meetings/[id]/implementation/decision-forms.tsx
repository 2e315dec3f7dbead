"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { recordDecisionAction, setDecisionStatusAction } from "@/lib/decisions/actions";
import { decisionStatuses } from "@/lib/decisions/schemas";

/** Where no task implements a decision, the secretariat states its status, with a reason. */
export function DecisionStatusForm({
  decisionId,
  version,
  status,
}: {
  decisionId: string;
  version: number;
  status: string;
}) {
  const t = useTranslations("implementation");
  const statuses = useTranslations("decisionStatus");
  const router = useRouter();
  const [value, setValue] = useState(status);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <details style={{ marginTop: "0.35rem" }}>
      <summary>{t("setStatus")}</summary>
      <form
        className="filters"
        style={{ marginTop: "0.5rem" }}
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            const result = await setDecisionStatusAction({
              decisionId,
              version,
              status: value,
              reason,
            });
            if (result.ok) router.refresh();
            else {
              setErrors(result.fieldErrors ?? {});
              setFormError(result.formError);
            }
          });
        }}
      >
        <FormAlert error={formError} />
        <div className="field" style={{ minWidth: 160 }}>
          <label htmlFor={`status-${decisionId}`}>{t("status")}</label>
          <select
            id={`status-${decisionId}`}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          >
            {decisionStatuses.map((s) => (
              <option key={s} value={s}>
                {statuses(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`reason-${decisionId}`}>{t("reason")}</label>
          <input
            id={`reason-${decisionId}`}
            type="text"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={!!errors.reason}
          />
          <FieldError id={`reason-${decisionId}-error`} message={errors.reason?.[0]} />
        </div>
        <button type="submit" className="button secondary" disabled={pending}>
          {t("saveStatus")}
        </button>
      </form>
    </details>
  );
}

export function RecordDecisionForm({
  meetingId,
  bodies,
}: {
  meetingId: string;
  bodies: { id: string; name: string }[];
}) {
  const t = useTranslations("implementation");
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          setErrors({});
          setFormError(null);
          const result = await recordDecisionAction({
            meetingId,
            title,
            text,
            responsibleBodyId: body,
          });
          if (result.ok) {
            setTitle("");
            setText("");
            setBody("");
            router.refresh();
          } else {
            setErrors(result.fieldErrors ?? {});
            setFormError(result.formError);
          }
        });
      }}
    >
      <FormAlert error={formError} />
      <div className="field">
        <label htmlFor="decision-title">{t("decisionTitle")}</label>
        <input
          id="decision-title"
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={!!errors.title}
        />
        <FieldError id="decision-title-error" message={errors.title?.[0]} />
      </div>
      <div className="field">
        <label htmlFor="decision-text">{t("decisionText")}</label>
        <textarea
          id="decision-text"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!!errors.text}
        />
        <FieldError id="decision-text-error" message={errors.text?.[0]} />
      </div>
      <div className="field">
        <label htmlFor="decision-body">{t("responsibleBody")}</label>
        <select id="decision-body" value={body} onChange={(e) => setBody(e.target.value)}>
          <option value="">{t("noBody")}</option>
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("recordSubmit")}
        </button>
      </div>
    </form>
  );
}
