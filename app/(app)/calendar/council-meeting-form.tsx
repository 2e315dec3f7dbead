"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { TextField } from "@/app/_components/text-field";
import { createCouncilMeetingAction, updateCouncilMeetingAction } from "@/lib/calendar/actions";
import { councilFormats, councilMeetingFields } from "@/lib/calendar/schemas";

// One form for adding and editing: id and version are present only when editing.
const formSchema = z.strictObject({
  id: z.uuid().optional(),
  version: z.coerce.number().int().positive().optional(),
  ...councilMeetingFields,
});
type Input = z.input<typeof formSchema>;
type Output = z.output<typeof formSchema>;

const textFields = [
  { name: "meetingDate", type: "date" },
  { name: "meetingTime", type: "time" },
  { name: "meetingNumber", type: "text", inputMode: "numeric" },
  { name: "presidency", type: "text" },
  { name: "outcomeSymbol", type: "text" },
] as const;

export function CouncilMeetingForm({ defaultValues }: { defaultValues: Input }) {
  const t = useTranslations("calendar");
  const formats = useTranslations("councilFormats");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const editing = !!defaultValues.id;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    mode: "onTouched",
    defaultValues,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const { id, version, ...fields } = values;
    const result =
      id && version
        ? await updateCouncilMeetingAction({ id, version, ...fields })
        : await createCouncilMeetingAction(fields);
    if (result.ok) {
      router.push("/calendar");
      router.refresh();
      return;
    }
    setFormError(applyActionErrors(result, setError));
  });

  const field = (
    name: (typeof textFields)[number]["name"],
    type: string,
    inputMode?: "numeric",
  ) => (
    <TextField
      key={name}
      id={`sc-${name}`}
      type={type}
      inputMode={inputMode}
      label={t(`fields.${name}`)}
      error={errors[name]?.message}
      defaultValue={String(defaultValues[name] ?? "")}
      registration={register(name)}
    />
  );

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert error={formError} />
      <div className="field">
        <label htmlFor="sc-title">{t("fields.title")}</label>
        <input
          id="sc-title"
          type="text"
          aria-invalid={!!errors.title}
          aria-describedby={errors.title ? "sc-title-error" : undefined}
          {...register("title")}
        />
        <FieldError id="sc-title-error" message={errors.title?.message} />
      </div>
      <div className="form-grid">
        {textFields.map((f) => field(f.name, f.type, "inputMode" in f ? f.inputMode : undefined))}
        <div className="field">
          <label htmlFor="sc-format">{t("fields.format")}</label>
          <select id="sc-format" aria-invalid={!!errors.format} {...register("format")}>
            {councilFormats.map((f) => (
              <option key={f} value={f}>
                {formats(f)}
              </option>
            ))}
          </select>
          <FieldError id="sc-format-error" message={errors.format?.message} />
        </div>
      </div>
      <div className="checks">
        <label>
          <input type="checkbox" {...register("withRegionalOrganizations")} />{" "}
          {t("fields.withRegionalOrganizations")}
        </label>
      </div>
      <div className="actions-row">
        <button
          type="submit"
          className="button"
          disabled={isSubmitting}
          aria-disabled={isSubmitting}
        >
          {isSubmitting ? t("saving") : editing ? t("saveChanges") : t("addSubmit")}
        </button>
        <Link href="/calendar" className="button secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
