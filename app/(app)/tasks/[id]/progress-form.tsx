"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { type TaskStatus, taskStatuses } from "@/db/schema/enums";
import { updateTaskProgressAction } from "@/lib/tasks/actions";
import { type UpdateProgressInput, updateProgressSchema } from "@/lib/tasks/schemas";

export function ProgressForm({
  taskId,
  version,
  status,
  progress,
}: {
  taskId: string;
  version: number;
  status: TaskStatus;
  progress: number;
}) {
  const t = useTranslations("tasks");
  const statuses = useTranslations("taskStatus");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<UpdateProgressInput>({
    resolver: zodResolver(updateProgressSchema),
    mode: "onTouched",
    defaultValues: { taskId, version, status, progress, note: "" },
  });
  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setSaved(false);
      const result = await updateTaskProgressAction(values);
      if (result.ok) {
        // The next update states the version this one produced; the note starts empty again.
        reset({ ...values, note: "", version: result.data.version });
        setSaved(true);
        router.refresh();
        return;
      }
      setFormError(applyActionErrors(result, setError));
    },
    () => {
      // A new attempt that fails the checks replaces the last confirmation.
      setSaved(false);
      setFormError(null);
    },
  );
  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert error={formError} success={saved ? t("updated") : null} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="task-status">{t("status")}</label>
          <select
            id="task-status"
            aria-invalid={!!errors.status}
            aria-describedby={errors.status ? "task-status-error" : undefined}
            defaultValue={status}
            {...register("status")}
          >
            {taskStatuses.map((s) => (
              <option key={s} value={s}>
                {statuses(s)}
              </option>
            ))}
          </select>
          <FieldError id="task-status-error" message={errors.status?.message} />
        </div>
        <div className="field">
          <label htmlFor="task-progress">{t("progressPercent")}</label>
          <input
            id="task-progress"
            type="number"
            min={0}
            max={100}
            step={5}
            aria-invalid={!!errors.progress}
            aria-describedby={errors.progress ? "task-progress-error" : undefined}
            defaultValue={progress}
            {...register("progress")}
          />
          <FieldError id="task-progress-error" message={errors.progress?.message} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="task-note">{t("note")}</label>
        <textarea
          id="task-note"
          rows={3}
          aria-invalid={!!errors.note}
          aria-describedby={errors.note ? "task-note-error" : "task-note-hint"}
          {...register("note")}
        />
        <span className="hint" id="task-note-hint">
          {t("noteHint")}
        </span>
        <FieldError id="task-note-error" message={errors.note?.message} />
      </div>
      <div>
        <button
          type="submit"
          className="button"
          disabled={isSubmitting}
          aria-disabled={isSubmitting}
        >
          {isSubmitting ? t("saving") : t("saveUpdate")}
        </button>
      </div>
    </form>
  );
}
