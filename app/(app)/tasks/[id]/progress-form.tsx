"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { SelectField, TextareaField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import type { TaskStatus } from "@/db/schema/enums";
import { updateTaskProgressAction } from "@/lib/tasks/actions";

/** A chair's progress report on a task; `statuses` are those the task may move to (lib/tasks). */
export function ProgressForm({
  taskId,
  version,
  status,
  statuses: choices,
  progress,
}: {
  taskId: string;
  version: number;
  status: TaskStatus;
  statuses: TaskStatus[];
  progress: number;
}) {
  const t = useTranslations("tasks");
  const statuses = useTranslations("taskStatus");
  const state = useActionForm({
    schema: () => import("@/lib/tasks/schemas").then((m) => m.updateProgressSchema),
    action: updateTaskProgressAction,
    defaultValues: {
      taskId,
      version,
      status: choices.includes(status) ? status : choices[0],
      progress,
      note: "",
    },
    message: () => t("updated"),
    // The next update states the version this one produced; the note starts empty again.
    resetTo: (data, values) => ({ ...values, note: "", version: data.version }),
  });
  return (
    <ActionForm state={state}>
      <div className="form-grid">
        <SelectField
          name="status"
          label={t("status")}
          options={choices.map((s) => ({ value: s, label: statuses(s) }))}
        />
        <TextField
          name="progress"
          type="number"
          label={t("progressPercent")}
          min={0}
          max={100}
          step={5}
        />
      </div>
      <TextareaField name="note" label={t("note")} hint={t("noteHint")} rows={3} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveUpdate")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
