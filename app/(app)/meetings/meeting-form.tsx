"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { ActionForm } from "@/app/_components/form/action-form";
import { ConflictNotice } from "@/app/_components/form/conflict-notice";
import { DateField, SelectField, TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useFormContext, useWatch } from "@/app/_components/form/use-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { isIsoDate } from "@/lib/calendar/days";
import type { Assessment } from "@/lib/calendar/scheduling";
import { assessDatesAction, planMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { type CandidateChoice, chooseCandidate } from "@/lib/meetings/candidate-choice";
import { timeZones } from "@/lib/meetings/choices";
import type { planMeetingSchema, updateMeetingSchema } from "@/lib/meetings/schemas";
import { DateWarnings } from "./date-warnings";

type CouncilOption = { id: string; label: string };
type MeetingValues = z.input<typeof planMeetingSchema>;
type Shared = {
  councilMeetings: CouncilOption[];
  /** The application's today: dates before it get a notice, not a refusal. */
  today: string;
};

/** "Plan the next meeting": a proposed date chosen above fills in the dates only. */
export function PlanMeetingForm({
  defaultValues,
  choice,
  ...shared
}: Shared & { defaultValues: MeetingValues; choice: CandidateChoice | null }) {
  const t = useTranslations("planning");
  const state = useActionForm({
    schema: () => import("@/lib/meetings/schemas").then((m) => m.planMeetingSchema),
    action: planMeetingAction,
    defaultValues,
    redirectTo: (data) => `/meetings/${data.id}`,
  });
  // "Use these dates" navigates (it is a link); the page keeps this form, and the new choice
  // replaces the dates and the Council meeting while the rest of what was typed stays.
  const { form } = state;
  const choiceKey = choice ? `${choice.startsOn}|${choice.endsOn}|${choice.scSessionId}` : "";
  const applied = useRef(choiceKey);
  useEffect(() => {
    if (!choice || applied.current === choiceKey) return;
    applied.current = choiceKey;
    form.reset(chooseCandidate(form.getValues(), choice));
  }, [choice, choiceKey, form]);

  return (
    <ActionForm state={state}>
      <MeetingFields
        {...shared}
        defaultSequenceNumber={Number(defaultValues.sequenceNumber)}
        submitLabel={t("planSubmit")}
        cancelHref="/meetings"
      />
    </ActionForm>
  );
}

/** Editing a meeting: someone else's save in between is shown and can be loaded. */
export function EditMeetingForm({
  defaultValues,
  ...shared
}: Shared & { defaultValues: z.input<typeof updateMeetingSchema> }) {
  const t = useTranslations("planning");
  const state = useActionForm({
    schema: () => import("@/lib/meetings/schemas").then((m) => m.updateMeetingSchema),
    action: updateMeetingAction,
    defaultValues,
    redirectTo: (data) => `/meetings/${data.id}`,
  });
  return (
    <ActionForm state={state}>
      <ConflictNotice
        conflict={state.conflict}
        explanation={t("conflictExplanation")}
        loadLabel={t("loadSavedVersion")}
        fields={(["title", "theme", "startsOn", "endsOn", "venue"] as const).map((name) => ({
          name,
          label: t(`fields.${name}`),
        }))}
        onLoad={state.loadConflict}
      />
      <MeetingFields
        {...shared}
        meetingId={defaultValues.id}
        defaultSequenceNumber={Number(defaultValues.sequenceNumber)}
        submitLabel={t("saveChanges")}
        cancelHref={`/meetings/${defaultValues.id}`}
      />
    </ActionForm>
  );
}

function MeetingFields({
  councilMeetings,
  today,
  meetingId,
  defaultSequenceNumber,
  submitLabel,
  cancelHref,
}: Shared & {
  meetingId?: string;
  defaultSequenceNumber: number;
  submitLabel: string;
  cancelHref: string;
}) {
  const t = useTranslations("planning");
  return (
    <>
      <div className="form-grid">
        <TextField
          name="sequenceNumber"
          id="meeting-sequenceNumber"
          label={t("fields.sequenceNumber")}
          inputMode="numeric"
        />
        <TextField name="title" id="meeting-title" label={t("fields.title")} />
      </div>
      <TextField name="theme" id="meeting-theme" label={t("fields.theme")} />
      <div className="form-grid">
        <DateField name="startsOn" id="meeting-startsOn" label={t("fields.startsOn")} />
        <DateField name="endsOn" id="meeting-endsOn" label={t("fields.endsOn")} />
      </div>
      <DateChecks
        today={today}
        meetingId={meetingId}
        defaultSequenceNumber={defaultSequenceNumber}
      />
      <div className="form-grid">
        <TextField name="venue" id="meeting-venue" label={t("fields.venue")} />
        <SelectField
          name="timeZone"
          id="meeting-timeZone"
          label={t("fields.timeZone")}
          options={timeZones.map((zone) => ({ value: zone, label: zone.replace("_", " ") }))}
        />
      </div>
      <SelectField
        name="scSessionId"
        id="meeting-scSessionId"
        label={t("fields.scSessionId")}
        hint={t("councilHint")}
        empty={t("noCouncilMeeting")}
        options={councilMeetings.map((c) => ({ value: c.id, label: c.label }))}
      />
      <div className="actions-row">
        <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className="button secondary">
          {t("cancel")}
        </Link>
      </div>
    </>
  );
}

/**
 * The same checks as the proposals (lib/meetings/planning.ts assessMeetingDates), for the
 * dates in the form as they change, against the meeting numbered before this one.
 */
function DateChecks({
  today,
  meetingId,
  defaultSequenceNumber,
}: {
  today: string;
  meetingId?: string;
  defaultSequenceNumber: number;
}) {
  const t = useTranslations("planning");
  const [startsOn, endsOn, typedNumber] = useWatch(useFormContext<MeetingValues>(), [
    "startsOn",
    "endsOn",
    "sequenceNumber",
  ]);
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const number = Number(typedNumber);
  const sequenceNumber = Number.isInteger(number) && number > 0 ? number : defaultSequenceNumber;
  const datesReady = isIsoDate(startsOn) && isIsoDate(endsOn) && endsOn >= startsOn;

  useEffect(() => {
    if (!datesReady) {
      setAssessment(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await assessDatesAction({
        startsOn,
        endsOn,
        sequenceNumber,
        ...(meetingId ? { meetingId } : {}),
      });
      if (!cancelled) setAssessment(result.ok ? result.data : null);
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [datesReady, startsOn, endsOn, sequenceNumber, meetingId]);

  return (
    <div aria-live="polite" className="stack">
      {isIsoDate(startsOn) && startsOn < today ? <p className="notice">{t("pastNotice")}</p> : null}
      {assessment ? (
        <div>
          {assessment.monthsSincePrevious !== null ? (
            <p className="muted">{t("monthsSince", { months: assessment.monthsSincePrevious })}</p>
          ) : null}
          <DateWarnings warnings={assessment.warnings} />
        </div>
      ) : null}
    </div>
  );
}
