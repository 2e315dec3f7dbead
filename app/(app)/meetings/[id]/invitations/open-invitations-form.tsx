"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { openInvitationsAction } from "@/lib/invitations/actions";

/** Choose the organizations (all active ones by default) and the reply deadline. */
export function OpenInvitationsForm({
  meetingId,
  organizations,
  defaultDeadline,
  timeZone,
}: {
  meetingId: string;
  organizations: { id: string; name: string }[];
  defaultDeadline: string;
  timeZone: string;
}) {
  const t = useTranslations("invitations");
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<string>>(new Set(organizations.map((o) => o.id)));
  const [deadline, setDeadline] = useState(defaultDeadline);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setError(null);
      setFieldErrors({});
      const result = await openInvitationsAction({
        meetingId,
        organizationIds: [...chosen],
        replyDeadline: deadline,
      });
      if (result.ok) {
        setDone(t("opened", result.data));
        router.refresh();
      } else {
        setError(result.formError);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  };

  if (organizations.length === 0) {
    return (
      <div className="stack">
        <FormAlert error={error} success={done} />
        <p className="muted">{t("allInvited")}</p>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <FormAlert error={error} success={done} />
      <fieldset>
        <legend>
          {t("chooseOrganizations", { count: chosen.size, total: organizations.length })}
        </legend>
        <div className="actions-row" style={{ marginBottom: "0.5rem" }}>
          <button
            type="button"
            className="button link"
            onClick={() => setChosen(new Set(organizations.map((o) => o.id)))}
          >
            {t("selectAll")}
          </button>
          <button type="button" className="button link" onClick={() => setChosen(new Set())}>
            {t("selectNone")}
          </button>
        </div>
        <div
          className="checks"
          style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))" }}
        >
          {organizations.map((o) => (
            <label key={o.id}>
              <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />{" "}
              {o.name}
            </label>
          ))}
        </div>
        <FieldError id="organizations-error" message={fieldErrors.organizationIds?.[0]} />
      </fieldset>
      <div className="field" style={{ maxWidth: 320 }}>
        <label htmlFor="reply-deadline">{t("replyDeadline")}</label>
        <input
          id="reply-deadline"
          type="datetime-local"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          aria-describedby="reply-deadline-hint"
          aria-invalid={!!fieldErrors.replyDeadline}
        />
        <span className="hint" id="reply-deadline-hint">
          {t("replyDeadlineHint", { zone: timeZone })}
        </span>
        <FieldError id="reply-deadline-error" message={fieldErrors.replyDeadline?.[0]} />
      </div>
      <div>
        <button type="submit" className="button" disabled={pending || chosen.size === 0}>
          {pending ? t("sending") : t("openSubmit", { count: chosen.size })}
        </button>
      </div>
    </form>
  );
}
