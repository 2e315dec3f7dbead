"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FieldError } from "@/app/_components/field-error";
import { ActionForm } from "@/app/_components/form/action-form";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { openInvitationsAction } from "@/lib/invitations/actions";
import { openInvitationsSchema } from "@/lib/invitations/schemas";

/** Choose the organizations (all active ones by default) and the reply deadline. */
export function OpenInvitationsForm({
  meetingId,
  organizations,
  defaultDeadline,
  timeZone,
}: {
  meetingId: string;
  /** The active organizations not invited yet. */
  organizations: { id: string; name: string }[];
  defaultDeadline: string;
  timeZone: string;
}) {
  const t = useTranslations("invitations");
  const listed = new Set(organizations.map((o) => o.id));
  const state = useActionForm({
    schema: openInvitationsSchema,
    // Only those still listed: the ones invited a moment ago have left the list.
    action: (values, meta) =>
      openInvitationsAction(
        { ...values, organizationIds: values.organizationIds.filter((id) => listed.has(id)) },
        meta,
      ),
    defaultValues: {
      meetingId,
      organizationIds: organizations.map((o) => o.id),
      replyDeadline: defaultDeadline,
    },
    // Arrives with the refreshed list (the button says "Sending…" until then).
    message: (data) => t("opened", data),
  });
  const { control, setValue, formState } = state.form;
  const watched = useWatch({ control, name: "organizationIds" }) ?? [];
  const chosen = watched.filter((id) => listed.has(id));
  const choose = (ids: string[]) =>
    setValue("organizationIds", ids, { shouldValidate: formState.isSubmitted });
  const toggle = (id: string) =>
    choose(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const organizationsError = formState.errors.organizationIds?.message;

  // Everyone is invited: the confirmation stays on screen above the note saying so.
  if (organizations.length === 0) {
    return (
      <div className="stack">
        <FormAlert error={state.formError} success={state.success} />
        <p className="muted">{t("allInvited")}</p>
      </div>
    );
  }

  return (
    <ActionForm state={state}>
      <fieldset aria-describedby={organizationsError ? "organizations-error" : undefined}>
        <legend>
          {t("chooseOrganizations", { count: chosen.length, total: organizations.length })}
        </legend>
        <div className="actions-row mb-s">
          <button
            type="button"
            className="button link"
            onClick={() => choose(organizations.map((o) => o.id))}
          >
            {t("selectAll")}
          </button>
          <button type="button" className="button link" onClick={() => choose([])}>
            {t("selectNone")}
          </button>
        </div>
        <div className="checks columns">
          {organizations.map((o) => (
            <label key={o.id}>
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                onChange={() => toggle(o.id)}
              />{" "}
              {o.name}
            </label>
          ))}
        </div>
        <FieldError id="organizations-error" message={organizationsError} />
      </fieldset>
      <TextField
        name="replyDeadline"
        type="datetime-local"
        label={t("replyDeadline")}
        hint={t("replyDeadlineHint", { zone: timeZone })}
        className="narrow-m"
      />
      <div>
        <SubmitButton pendingLabel={t("sending")} disabled={chosen.length === 0}>
          {t("openSubmit", { count: chosen.length })}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
