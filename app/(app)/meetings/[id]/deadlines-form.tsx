"use client";

import type { z } from "zod";
import { ActionForm } from "@/app/_components/form/action-form";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import { deadlineKinds } from "@/db/schema/enums";
import { updateDeadlinesAction } from "@/lib/meetings/actions";
import type { updateDeadlinesSchema } from "@/lib/meetings/schemas";

/** The preparation deadlines, as dates and times at the venue; they share the meeting's version. */
export function DeadlinesForm({
  defaultValues,
  timeZone,
}: {
  defaultValues: z.input<typeof updateDeadlinesSchema>;
  timeZone: string;
}) {
  const t = useTranslations("meetingPage");
  const kinds = useTranslations("deadlineKinds");
  const state = useActionForm({
    schema: () => import("@/lib/meetings/schemas").then((m) => m.updateDeadlinesSchema),
    action: updateDeadlinesAction,
    defaultValues,
    message: () => t("deadlinesSaved"),
    // The next save states the version this one produced.
    resetTo: (data, values) => ({ ...values, version: data.version }),
  });
  return (
    <details>
      <summary>{t("editDeadlines")}</summary>
      <ActionForm state={state} className="stack mt">
        <p className="muted">{t("deadlinesZone", { zone: timeZone })}</p>
        <div className="form-grid">
          {deadlineKinds.map((kind) => (
            <TextField
              key={kind}
              name={kind}
              id={`deadline-${kind}`}
              type="datetime-local"
              label={kinds(kind)}
            />
          ))}
        </div>
        <div>
          <SubmitButton pendingLabel={t("saving")}>{t("saveDeadlines")}</SubmitButton>
        </div>
      </ActionForm>
    </details>
  );
}
