"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { FieldError } from "@/app/_components/field-error";
import { FormAlert } from "@/app/_components/form-alert";
import { applyActionErrors } from "@/app/_components/form-result";
import { TextField } from "@/app/_components/text-field";
import { isIsoDate } from "@/lib/calendar/days";
import type { Assessment } from "@/lib/calendar/scheduling";
import { assessDatesAction, planMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { planMeetingSchema, timeZones, updateMeetingSchema } from "@/lib/meetings/schemas";
import { DateWarnings } from "./date-warnings";

type CouncilOption = { id: string; label: string };

// Planning and editing share the form; editing adds id and version.
const formSchema = z.union([updateMeetingSchema, planMeetingSchema]);
type Input = z.input<typeof updateMeetingSchema> | z.input<typeof planMeetingSchema>;
type Output = z.output<typeof formSchema>;

export function MeetingForm({
  defaultValues,
  councilMeetings,
  today,
}: {
  defaultValues: Input;
  councilMeetings: CouncilOption[];
  /** The application's today: dates before it get a notice, not a refusal. */
  today: string;
}) {
  const t = useTranslations("planning");
  const router = useRouter();
  const editing = "id" in defaultValues && !!defaultValues.id;
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(editing ? updateMeetingSchema : planMeetingSchema),
    mode: "onTouched",
    defaultValues,
  });
  const [startsOn, endsOn] = useWatch({ control, name: ["startsOn", "endsOn"] });
  const meetingId = editing && "id" in defaultValues ? defaultValues.id : undefined;

  // The same warnings as the proposals, for dates typed by hand.
  useEffect(() => {
    if (!startsOn || !endsOn || !isIsoDate(startsOn) || !isIsoDate(endsOn) || endsOn < startsOn) {
      setAssessment(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await assessDatesAction({
        startsOn,
        endsOn,
        ...(meetingId ? { meetingId } : {}),
      });
      if (!cancelled) setAssessment(result);
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [startsOn, endsOn, meetingId]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setConflict(null);
    const result =
      "id" in values ? await updateMeetingAction(values) : await planMeetingAction(values);
    if (result.ok) {
      router.push(`/meetings/${result.data.id}`);
      router.refresh();
      return;
    }
    if (result.code === "conflict" && result.current) setConflict(result.current);
    setFormError(applyActionErrors(result, setError));
  });

  // Values are rendered on the server too (defaultValue), so the form is filled before scripts load.
  const text = (name: "title" | "theme" | "venue") => (
    <TextField
      id={`meeting-${name}`}
      label={t(`fields.${name}`)}
      error={errors[name]?.message}
      defaultValue={defaultValues[name] ?? ""}
      registration={register(name)}
    />
  );
  const date = (name: "startsOn" | "endsOn") => (
    <TextField
      id={`meeting-${name}`}
      type="date"
      label={t(`fields.${name}`)}
      error={errors[name]?.message}
      defaultValue={defaultValues[name] ?? ""}
      registration={register(name)}
    />
  );

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <FormAlert error={formError} />
      {conflict ? (
        <div className="alert warning" role="alert">
          <p>{t("conflictExplanation")}</p>
          <dl className="facts" style={{ marginBottom: "0.5rem" }}>
            {(["title", "theme", "startsOn", "endsOn", "venue"] as const).map((field) => (
              <div key={field} style={{ display: "contents" }}>
                <dt>{t(`fields.${field}`)}</dt>
                <dd>{String(conflict[field] ?? "—")}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              reset({ ...getValues(), ...conflict } as Input);
              setConflict(null);
              setFormError(null);
            }}
          >
            {t("loadSavedVersion")}
          </button>
        </div>
      ) : null}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="meeting-sequenceNumber">{t("fields.sequenceNumber")}</label>
          <input
            id="meeting-sequenceNumber"
            type="text"
            inputMode="numeric"
            aria-invalid={!!errors.sequenceNumber}
            aria-describedby={errors.sequenceNumber ? "meeting-sequenceNumber-error" : undefined}
            defaultValue={String(defaultValues.sequenceNumber ?? "")}
            {...register("sequenceNumber")}
          />
          <FieldError id="meeting-sequenceNumber-error" message={errors.sequenceNumber?.message} />
        </div>
        {text("title")}
      </div>
      {text("theme")}
      <div className="form-grid">
        {date("startsOn")}
        {date("endsOn")}
      </div>
      <div aria-live="polite" className="stack">
        {startsOn && isIsoDate(startsOn) && startsOn < today ? (
          <p className="notice">{t("pastNotice")}</p>
        ) : null}
        {assessment ? (
          <div>
            {assessment.monthsSincePrevious !== null ? (
              <p className="muted">
                {t("monthsSince", { months: assessment.monthsSincePrevious })}
              </p>
            ) : null}
            <DateWarnings warnings={assessment.warnings} />
          </div>
        ) : null}
      </div>
      <div className="form-grid">
        {text("venue")}
        <div className="field">
          <label htmlFor="meeting-timeZone">{t("fields.timeZone")}</label>
          <select
            id="meeting-timeZone"
            defaultValue={defaultValues.timeZone}
            {...register("timeZone")}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace("_", " ")}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="meeting-scSessionId">{t("fields.scSessionId")}</label>
        <select
          id="meeting-scSessionId"
          aria-invalid={!!errors.scSessionId}
          aria-describedby="meeting-scSessionId-hint"
          defaultValue={defaultValues.scSessionId ?? ""}
          {...register("scSessionId")}
        >
          <option value="">{t("noCouncilMeeting")}</option>
          {councilMeetings.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <span className="hint" id="meeting-scSessionId-hint">
          {t("councilHint")}
        </span>
        <FieldError id="meeting-scSessionId-error" message={errors.scSessionId?.message} />
      </div>
      <div className="actions-row">
        <button
          type="submit"
          className="button"
          disabled={isSubmitting}
          aria-disabled={isSubmitting}
        >
          {isSubmitting ? t("saving") : editing ? t("saveChanges") : t("planSubmit")}
        </button>
        <Link
          href={meetingId ? `/meetings/${meetingId}` : "/meetings"}
          className="button secondary"
        >
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
