"use client";

import { ActionForm } from "@/app/_components/form/action-form";
import { ChoiceList, useChoices } from "@/app/_components/form/choice-list";
import { TextField } from "@/app/_components/form/fields";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ReportStatus } from "@/db/schema/enums";
import { requestReportsAction } from "@/lib/reports/actions";

/**
 * The secretariat chooses the bodies (every active one to begin with) and the due date (the
 * meeting's "working-group reports" deadline). A body asked already keeps its report; only
 * its due date follows the new one.
 */
export function RequestReportsForm({
  meetingId,
  bodies,
  chosenAtFirst,
  defaultDueAt,
  timeZone,
}: {
  meetingId: string;
  bodies: { id: string; name: string; status: ReportStatus | null }[];
  /** The bodies ticked to begin with: every active one not asked yet. */
  chosenAtFirst: string[];
  defaultDueAt: string;
  timeZone: string;
}) {
  const t = useTranslations("reports");
  const statuses = useTranslations("reportStatus");
  const state = useActionForm({
    schema: () => import("@/lib/reports/schemas").then((m) => m.requestReportsSchema),
    action: requestReportsAction,
    defaultValues: { meetingId, bodyIds: chosenAtFirst, dueAt: defaultDueAt },
    message: (data) => t("requestedMessage", data),
    // Asked: nothing is ticked any more (a body is asked again only to change its due date).
    resetTo: (_data, values) => ({ ...values, bodyIds: [] }),
  });
  const choices = useChoices(state.form, "bodyIds");
  const { chosen } = choices;

  return (
    <ActionForm state={state} label={t("requestHeading")}>
      <ChoiceList
        id="bodies"
        legend={t("chooseBodies", { count: chosen.length, total: bodies.length })}
        quickChoices={[
          { label: t("selectAll"), ids: bodies.map((b) => b.id) },
          { label: t("selectNone"), ids: [] },
        ]}
        options={bodies.map((b) => ({
          id: b.id,
          label: b.status ? (
            <>
              {b.name}{" "}
              <span className="muted">({t("alreadyAsked", { status: statuses(b.status) })})</span>
            </>
          ) : (
            b.name
          ),
        }))}
        {...choices}
      />
      <TextField
        name="dueAt"
        type="datetime-local"
        label={t("dueAt")}
        hint={t("dueAtHint", { zone: timeZone })}
        className="narrow-m"
      />
      <div>
        <SubmitButton pendingLabel={t("requesting")} disabled={chosen.length === 0}>
          {t("requestSubmit", { count: chosen.length })}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
