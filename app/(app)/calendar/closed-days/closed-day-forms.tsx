"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { addClosedDayAction, removeClosedDayAction } from "@/lib/calendar/actions";
import { addClosedDaySchema } from "@/lib/calendar/closed-day-schemas";

type Input = z.input<typeof addClosedDaySchema>;
type Output = z.output<typeof addClosedDaySchema>;

export function AddClosedDayForm() {
  const t = useTranslations("closedDays");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(addClosedDaySchema),
    mode: "onTouched",
    defaultValues: { day: "", description: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await addClosedDayAction(values);
    if (result.ok) {
      reset();
      router.refresh();
      return;
    }
    setFormError(applyActionErrors(result, setError));
  });
  return (
    <form onSubmit={onSubmit} className="filters" noValidate>
      <FormAlert error={formError} />
      <div className="field">
        <label htmlFor="cd-day">{t("day")}</label>
        <input
          id="cd-day"
          type="date"
          aria-invalid={!!errors.day}
          aria-describedby={errors.day ? "cd-day-error" : undefined}
          {...register("day")}
        />
        <FieldError id="cd-day-error" message={errors.day?.message} />
      </div>
      <div className="field">
        <label htmlFor="cd-description">{t("descriptionLabel")}</label>
        <input
          id="cd-description"
          type="text"
          aria-invalid={!!errors.description}
          aria-describedby={errors.description ? "cd-description-error" : undefined}
          {...register("description")}
        />
        <FieldError id="cd-description-error" message={errors.description?.message} />
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        {t("add")}
      </button>
    </form>
  );
}

export function RemoveClosedDayButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("closedDays");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button danger"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("removeConfirm", { day: label }))) return;
          startTransition(async () => {
            const result = await removeClosedDayAction({ id });
            if (result.ok) router.refresh();
            else setError(result.formError);
          });
        }}
      >
        {t("remove")}
        <span className="visually-hidden"> {label}</span>
      </button>
      <FormAlert error={error} />
    </>
  );
}
