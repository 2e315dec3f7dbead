"use client";

import Link from "next/link";
import type { z } from "zod";
import { ActionForm } from "@/app/_components/form/action-form";
import { CheckboxField } from "@/app/_components/form/choice-fields";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { DateField, SelectField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { createCouncilMeetingAction, updateCouncilMeetingAction } from "@/lib/calendar/actions";
import { councilFormats } from "@/lib/calendar/choices";
import type {
  createCouncilMeetingSchema,
  updateCouncilMeetingSchema,
} from "@/lib/calendar/schemas";

export function AddCouncilMeetingForm({
  defaultValues,
}: {
  defaultValues: z.input<typeof createCouncilMeetingSchema>;
}) {
  const t = useTranslations("calendar");
  const state = useActionForm({
    schema: () => import("@/lib/calendar/schemas").then((m) => m.createCouncilMeetingSchema),
    action: createCouncilMeetingAction,
    defaultValues,
    redirectTo: () => "/calendar",
  });
  return (
    <ActionForm state={state}>
      <CouncilMeetingFields submitLabel={t("addSubmit")} />
    </ActionForm>
  );
}

/** Editing: someone else's save in between is shown and can be loaded. */
export function EditCouncilMeetingForm({
  defaultValues,
}: {
  defaultValues: z.input<typeof updateCouncilMeetingSchema>;
}) {
  const t = useTranslations("calendar");
  const state = useActionForm({
    schema: () => import("@/lib/calendar/schemas").then((m) => m.updateCouncilMeetingSchema),
    action: updateCouncilMeetingAction,
    defaultValues,
    redirectTo: () => "/calendar",
  });
  return (
    <ActionForm state={state}>
      <ConflictNotice
        conflict={state.conflict}
        explanation={t("conflictExplanation")}
        loadLabel={t("loadSavedVersion")}
        fields={(
          ["title", "meetingDate", "meetingTime", "meetingNumber", "presidency"] as const
        ).map((name) => ({ name, label: t(`fields.${name}`) }))}
        onLoad={state.loadConflict}
      />
      <CouncilMeetingFields submitLabel={t("saveChanges")} />
    </ActionForm>
  );
}

function CouncilMeetingFields({ submitLabel }: { submitLabel: string }) {
  const t = useTranslations("calendar");
  const formats = useTranslations("councilFormats");
  return (
    <>
      <TextField name="title" id="sc-title" label={t("fields.title")} />
      <div className="form-grid">
        <DateField name="meetingDate" id="sc-meetingDate" label={t("fields.meetingDate")} />
        <TextField
          name="meetingTime"
          id="sc-meetingTime"
          type="time"
          label={t("fields.meetingTime")}
        />
        <TextField
          name="meetingNumber"
          id="sc-meetingNumber"
          inputMode="numeric"
          label={t("fields.meetingNumber")}
        />
        <TextField name="presidency" id="sc-presidency" label={t("fields.presidency")} />
        <TextField name="outcomeSymbol" id="sc-outcomeSymbol" label={t("fields.outcomeSymbol")} />
        <SelectField
          name="format"
          id="sc-format"
          label={t("fields.format")}
          options={councilFormats.map((f) => ({ value: f, label: formats(f) }))}
        />
      </div>
      <CheckboxField
        name="withRegionalOrganizations"
        id="sc-withRegionalOrganizations"
        label={t("fields.withRegionalOrganizations")}
      />
      <div className="actions-row">
        <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
        <Link href="/calendar" className="button secondary">
          {t("cancel")}
        </Link>
      </div>
    </>
  );
}
