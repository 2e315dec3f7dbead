"use client";

import Link from "next/link";
import type { z } from "zod";
import { ActionForm } from "@/app/_components/form/action-form";
import {
  DateField,
  type Option,
  SelectField,
  TextareaField,
  TextField,
} from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { assignTaskAction, editTaskAction } from "@/lib/tasks/actions";
import type { assignTaskSchema } from "@/lib/tasks/schemas";

/** Assigns a task, or (with the task's id and version) edits it; then opens the task. */
export function AssignTaskForm({
  edit,
  defaultValues,
  bodies,
  organizations,
  decisions,
  meetings,
}: {
  edit?: { id: string; version: number };
  defaultValues: z.input<typeof assignTaskSchema>;
  bodies: Option[];
  organizations: Option[];
  decisions: Option[];
  meetings: Option[];
}) {
  const t = useTranslations("tasks");
  const state = useActionForm({
    schema: () => import("@/lib/tasks/schemas").then((m) => m.assignTaskSchema),
    action: (values, meta) =>
      edit ? editTaskAction({ ...edit, ...values }) : assignTaskAction(values, meta),
    defaultValues,
    redirectTo: (data) => `/tasks/${data.id}`,
  });
  return (
    <ActionForm state={state}>
      <TextField name="title" label={t("fields.title")} />
      <TextareaField name="detail" label={t("fields.detail")} />
      <div className="form-grid">
        <SelectField
          name="bodyId"
          label={t("fields.bodyId")}
          options={bodies}
          empty={t("chooseBody")}
        />
        <DateField name="dueOn" label={t("fields.dueOn")} />
        <SelectField
          name="leadOrganizationId"
          label={t("fields.leadOrganizationId")}
          options={organizations}
          empty={t("noLead")}
        />
        <SelectField
          name="meetingId"
          label={t("fields.meetingId")}
          options={meetings}
          empty={t("noMeeting")}
        />
      </div>
      <SelectField
        name="decisionId"
        label={t("fields.decisionId")}
        options={decisions}
        empty={t("noDecision")}
      />
      <div className="actions-row">
        <SubmitButton pendingLabel={t("saving")}>
          {edit ? t("saveChanges") : t("assignSubmit")}
        </SubmitButton>
        <Link href={edit ? `/tasks/${edit.id}` : "/tasks"} className="button secondary">
          {t("cancel")}
        </Link>
      </div>
    </ActionForm>
  );
}
