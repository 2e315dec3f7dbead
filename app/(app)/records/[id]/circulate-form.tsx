"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { ChoiceList, useChoices } from "@/app/_components/form/choice-list";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { circulateRecordAction } from "@/lib/records/actions";

/**
 * Circulates the draft for comments: to the organizations that attended (chosen by default;
 * the secretariat may choose others among those invited), with the comment deadline.
 */
export function CirculateForm({
  recordId,
  version,
  organizations,
  defaultDeadline,
  timeZone,
}: {
  recordId: string;
  version: number;
  /** The organizations invited to the meeting; `attended` ones are chosen at first. */
  organizations: { id: string; name: string; attended: boolean }[];
  defaultDeadline: string;
  timeZone: string;
}) {
  const t = useTranslations("records");
  const state = useActionForm({
    schema: () => import("@/lib/records/schemas").then((m) => m.circulateRecordSchema),
    action: circulateRecordAction,
    defaultValues: {
      recordId,
      version,
      organizationIds: organizations.filter((o) => o.attended).map((o) => o.id),
      commentDeadline: defaultDeadline,
    },
  });
  const choices = useChoices(state.form, "organizationIds");
  const { chosen } = choices;
  if (organizations.length === 0) return <p className="muted">{t("nobodyInvited")}</p>;
  return (
    <ActionForm state={state} label={t("circulateHeading")}>
      <ChoiceList
        id="recipients"
        legend={t("recipientsLegend", { count: chosen.length, total: organizations.length })}
        hint={t("recipientsHint")}
        quickChoices={[
          {
            label: t("selectAttended"),
            ids: organizations.filter((o) => o.attended).map((o) => o.id),
          },
          { label: t("selectAllInvited"), ids: organizations.map((o) => o.id) },
          { label: t("selectNone"), ids: [] },
        ]}
        options={organizations.map((o) => ({
          id: o.id,
          label: o.attended ? (
            o.name
          ) : (
            <>
              {o.name} <span className="muted">({t("didNotAttend")})</span>
            </>
          ),
        }))}
        {...choices}
      />
      <TextField
        name="commentDeadline"
        type="datetime-local"
        label={t("commentDeadline")}
        hint={t("commentDeadlineHint", { zone: timeZone })}
        className="narrow-m"
      />
      <div>
        <SubmitButton pendingLabel={t("saving")} disabled={chosen.length === 0}>
          {t("circulateSubmit", { count: chosen.length })}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
