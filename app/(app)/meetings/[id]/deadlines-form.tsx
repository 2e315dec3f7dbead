"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { deadlineKinds } from "@/db/schema/enums";
import { updateDeadlinesAction } from "@/lib/meetings/actions";
import { updateDeadlinesSchema } from "@/lib/meetings/schemas";

type Input = z.input<typeof updateDeadlinesSchema>;
type Output = z.output<typeof updateDeadlinesSchema>;

export function DeadlinesForm({
  defaultValues,
  timeZone,
}: {
  defaultValues: Input;
  timeZone: string;
}) {
  const t = useTranslations("meetingPage");
  const kinds = useTranslations("deadlineKinds");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(updateDeadlinesSchema),
    mode: "onTouched",
    defaultValues,
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await updateDeadlinesAction(values);
    if (result.ok) {
      setSaved(true);
      router.refresh();
      return;
    }
    setFormError(applyActionErrors(result, setError));
  });
  return (
    <details>
      <summary>{t("editDeadlines")}</summary>
      <form onSubmit={onSubmit} className="stack" noValidate style={{ marginTop: "0.75rem" }}>
        <p className="muted">{t("deadlinesZone", { zone: timeZone })}</p>
        <FormAlert error={formError} success={saved ? t("deadlinesSaved") : null} />
        <div className="form-grid">
          {deadlineKinds.map((kind) => (
            <div className="field" key={kind}>
              <label htmlFor={`deadline-${kind}`}>{kinds(kind)}</label>
              <input
                id={`deadline-${kind}`}
                type="datetime-local"
                aria-invalid={!!errors[kind]}
                aria-describedby={errors[kind] ? `deadline-${kind}-error` : undefined}
                {...register(kind)}
              />
              <FieldError id={`deadline-${kind}-error`} message={errors[kind]?.message} />
            </div>
          ))}
        </div>
        <div>
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t("saving") : t("saveDeadlines")}
          </button>
        </div>
      </form>
    </details>
  );
}
