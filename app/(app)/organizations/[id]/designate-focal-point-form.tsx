"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { TextField } from "@/app/_components/text-field";
import { designateFocalPointAction } from "@/lib/organizations/actions";
import { designateFocalPointSchema } from "@/lib/organizations/schemas";

type Input = z.input<typeof designateFocalPointSchema>;
type Output = z.output<typeof designateFocalPointSchema>;

export function DesignateFocalPointForm({
  organizationId,
  version,
  currentName,
}: {
  organizationId: string;
  version: number;
  currentName: string | null;
}) {
  const t = useTranslations("organizations");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(designateFocalPointSchema),
    mode: "onTouched",
    values: { organizationId, version, name: "", email: "", jobTitle: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSuccess(null);
    const result = await designateFocalPointAction(values);
    if (result.ok) {
      setSuccess(t("focalPointDesignated", { name: values.name }));
      reset();
      router.refresh();
      return;
    }
    setFormError(applyActionErrors(result, setError));
  });

  return (
    <details className="designate" style={{ marginTop: "1rem" }}>
      <summary>{currentName ? t("replaceFocalPoint") : t("designateFocalPoint")}</summary>
      <form onSubmit={onSubmit} className="stack" noValidate style={{ marginTop: "0.75rem" }}>
        {currentName ? <p className="muted">{t("replaceWarning", { name: currentName })}</p> : null}
        <FormAlert error={formError} success={success} />
        <TextField
          id="fp-name"
          label={t("personName")}
          autoComplete="name"
          error={errors.name?.message}
          registration={register("name")}
        />
        <TextField
          id="fp-email"
          type="email"
          label={t("personEmail")}
          autoComplete="email"
          error={errors.email?.message}
          registration={register("email")}
        />
        <TextField
          id="fp-title"
          label={t("personTitle")}
          error={errors.jobTitle?.message}
          registration={register("jobTitle")}
        />
        <div>
          <button
            type="submit"
            className="button"
            disabled={isSubmitting}
            aria-disabled={isSubmitting}
          >
            {isSubmitting ? t("saving") : t("designate")}
          </button>
        </div>
      </form>
    </details>
  );
}
