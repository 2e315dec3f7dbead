"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { TextField } from "@/app/_components/text-field";
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
      <TextField
        id="cd-day"
        type="date"
        label={t("day")}
        error={errors.day?.message}
        registration={register("day")}
      />
      <TextField
        id="cd-description"
        label={t("descriptionLabel")}
        error={errors.description?.message}
        registration={register("description")}
      />
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
