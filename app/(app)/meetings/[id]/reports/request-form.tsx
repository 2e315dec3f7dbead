"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FieldError } from "@/app/_components/field-error";
import { ActionForm } from "@/app/_components/form/action-form";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ReportStatus } from "@/db/schema/enums";
import { requestReportsAction } from "@/lib/reports/actions";
import { requestReportsSchema } from "@/lib/reports/schemas";

/**
 * The secretariat chooses the bodies (every active one to begin with) and the due date (the
 * meeting's "working-group reports" deadline). A body asked already keeps its report; only
 * its due date follows the new one.
 */
export function RequestReportsForm({
  meetingId,
  bodies,
  chosenAtFirst,
  defaultDueAt,
  timeZone,
}: {
  meetingId: string;
  bodies: { id: string; name: string; status: ReportStatus | null }[];
  /** The bodies ticked to begin with: every active one not asked yet. */
  chosenAtFirst: string[];
  defaultDueAt: string;
  timeZone: string;
}) {
  const t = useTranslations("reports");
  const statuses = useTranslations("reportStatus");
  const state = useActionForm({
    schema: requestReportsSchema,
    action: requestReportsAction,
    defaultValues: { meetingId, bodyIds: chosenAtFirst, dueAt: defaultDueAt },
    message: (data) => t("requestedMessage", data),
    // Asked: nothing is ticked any more (a body is asked again only to change its due date).
    resetTo: (_data, values) => ({ ...values, bodyIds: [] }),
  });
  const { control, setValue, formState } = state.form;
  const chosen = useWatch({ control, name: "bodyIds" }) ?? [];
  const choose = (ids: string[]) =>
    setValue("bodyIds", ids, { shouldValidate: formState.isSubmitted, shouldDirty: true });
  const toggle = (id: string) =>
    choose(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const bodiesError = formState.errors.bodyIds?.message;

  return (
    <ActionForm state={state} label={t("requestHeading")}>
      <fieldset aria-describedby={bodiesError ? "bodies-error" : undefined}>
        <legend>{t("chooseBodies", { count: chosen.length, total: bodies.length })}</legend>
        <div className="actions-row mb-s">
          <button
            type="button"
            className="button link"
            onClick={() => choose(bodies.map((b) => b.id))}
          >
            {t("selectAll")}
          </button>
          <button type="button" className="button link" onClick={() => choose([])}>
            {t("selectNone")}
          </button>
        </div>
        <div className="checks columns">
          {bodies.map((b) => (
            <label key={b.id}>
              <input
                type="checkbox"
                checked={chosen.includes(b.id)}
                onChange={() => toggle(b.id)}
              />
              <span>
                {b.name}
                {b.status ? (
                  <span className="muted">
                    {" "}
                    ({t("alreadyAsked", { status: statuses(b.status) })})
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
        <FieldError id="bodies-error" message={bodiesError} />
      </fieldset>
      <TextField
        name="dueAt"
        type="datetime-local"
        label={t("dueAt")}
        hint={t("dueAtHint", { zone: timeZone })}
        className="narrow-m"
      />
      <div>
        <SubmitButton pendingLabel={t("requesting")} disabled={chosen.length === 0}>
          {t("requestSubmit", { count: chosen.length })}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
