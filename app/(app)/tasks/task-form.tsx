"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { assignTaskAction, editTaskAction } from "@/lib/tasks/actions";
import { assignTaskSchema } from "@/lib/tasks/schemas";

type Input = z.input<typeof assignTaskSchema>;
type Output = z.output<typeof assignTaskSchema>;
type Option = { id: string; label: string };

/** Assigns a task, or (with the task's id and version) edits it. */
export function AssignTaskForm({
  edit,
  defaultValues,
  bodies,
  organizations,
  decisions,
  meetings,
}: {
  edit?: { id: string; version: number };
  defaultValues: Input;
  bodies: Option[];
  organizations: Option[];
  decisions: Option[];
  meetings: Option[];
}) {
  const t = useTranslations("tasks");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(assignTaskSchema),
    mode: "onTouched",
    defaultValues,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = edit
      ? await editTaskAction({ ...edit, ...values })
      : await assignTaskAction(values);
    if (result.ok) {
      router.push(`/tasks/${result.data.id}`);
      router.refresh();
      return;
    }
    setFormError(applyActionErrors(result, setError));
  });

  const select = (
    name: "bodyId" | "leadOrganizationId" | "decisionId" | "meetingId",
    options: Option[],
    empty?: string,
  ) => (
    <div className="field">
      <label htmlFor={`task-${name}`}>{t(`fields.${name}`)}</label>
      <select
        id={`task-${name}`}
        aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `task-${name}-error` : undefined}
        defaultValue={defaultValues[name] ?? ""}
        {...register(name)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`task-${name}-error`} message={errors[name]?.message} />
    </div>
  );

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert error={formError} />
      <div className="field">
        <label htmlFor="task-title">{t("fields.title")}</label>
        <input
          id="task-title"
          type="text"
          aria-invalid={!!errors.title}
          aria-describedby={errors.title ? "task-title-error" : undefined}
          defaultValue={defaultValues.title}
          {...register("title")}
        />
        <FieldError id="task-title-error" message={errors.title?.message} />
      </div>
      <div className="field">
        <label htmlFor="task-detail">{t("fields.detail")}</label>
        <textarea
          id="task-detail"
          rows={4}
          defaultValue={defaultValues.detail}
          {...register("detail")}
        />
      </div>
      <div className="form-grid">
        {select("bodyId", bodies, t("chooseBody"))}
        <div className="field">
          <label htmlFor="task-dueOn">{t("fields.dueOn")}</label>
          <input
            id="task-dueOn"
            type="date"
            aria-invalid={!!errors.dueOn}
            aria-describedby={errors.dueOn ? "task-dueOn-error" : undefined}
            defaultValue={defaultValues.dueOn ?? ""}
            {...register("dueOn")}
          />
          <FieldError id="task-dueOn-error" message={errors.dueOn?.message} />
        </div>
        {select("leadOrganizationId", organizations, t("noLead"))}
        {select("meetingId", meetings, t("noMeeting"))}
      </div>
      {select("decisionId", decisions, t("noDecision"))}
      <div className="actions-row">
        <button
          type="submit"
          className="button"
          disabled={isSubmitting}
          aria-disabled={isSubmitting}
        >
          {isSubmitting ? t("saving") : edit ? t("saveChanges") : t("assignSubmit")}
        </button>
        <Link href={edit ? `/tasks/${edit.id}` : "/tasks"} className="button secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
