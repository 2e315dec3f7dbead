"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { DateField, TextField } from "@/app/_components/form/fields";
import { useActionCall } from "@/app/_components/form/use-action-call";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { FormAlert } from "@/app/_components/form-alert";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { addClosedDayAction, removeClosedDayAction } from "@/lib/calendar/actions";

export function AddClosedDayForm() {
  const t = useTranslations("closedDays");
  const state = useActionForm({
    schema: () => import("@/lib/calendar/schemas").then((m) => m.addClosedDaySchema),
    action: addClosedDayAction,
    defaultValues: { day: "", description: "" },
    // The list below shows the new day; the form is ready for the next one.
    resetTo: () => ({ day: "", description: "" }),
  });
  return (
    <ActionForm state={state} className="filters">
      <DateField name="day" id="cd-day" label={t("day")} />
      <TextField name="description" id="cd-description" label={t("descriptionLabel")} />
      <SubmitButton pendingLabel={t("add")}>{t("add")}</SubmitButton>
    </ActionForm>
  );
}

export function RemoveClosedDayButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("closedDays");
  const remove = useActionCall(removeClosedDayAction);
  return (
    <>
      <button
        type="button"
        className="button danger"
        disabled={remove.disabled}
        aria-disabled={remove.disabled}
        onClick={() => {
          if (!window.confirm(t("removeConfirm", { day: label }))) return;
          remove.run({ id });
        }}
      >
        {t("remove")}
        <span className="visually-hidden"> {label}</span>
      </button>
      <FormAlert error={remove.error} />
    </>
  );
}
