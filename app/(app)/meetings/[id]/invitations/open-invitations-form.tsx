"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { ChoiceList, useChoices } from "@/app/_components/form/choice-list";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { openInvitationsAction } from "@/lib/invitations/actions";

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
    schema: () => import("@/lib/invitations/schemas").then((m) => m.openInvitationsSchema),
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
  // Only those still listed count: the ones invited a moment ago have left the list.
  const choices = useChoices(state.form, "organizationIds", listed);
  const { chosen } = choices;

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
      <ChoiceList
        id="organizations"
        legend={t("chooseOrganizations", { count: chosen.length, total: organizations.length })}
        quickChoices={[
          { label: t("selectAll"), ids: organizations.map((o) => o.id) },
          { label: t("selectNone"), ids: [] },
        ]}
        options={organizations.map((o) => ({ id: o.id, label: o.name }))}
        {...choices}
      />
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
