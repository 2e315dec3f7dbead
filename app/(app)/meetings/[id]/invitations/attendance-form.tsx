"use client";

import { DataTable } from "@/app/_components/data-table";
import { ActionForm } from "@/app/_components/form/action-form";
import { useActionForm } from "@/app/_components/form/use-action-form";
import { useWatch } from "@/app/_components/form/use-form";
import { useTranslations } from "@/app/_components/intl";
import { SubmitButton } from "@/app/_components/submit-button";
import type { InvitationStatus } from "@/db/schema/enums";
import { recordAttendanceAction } from "@/lib/invitations/actions";

type Row = {
  invitationId: string;
  organizationName: string;
  status: InvitationStatus;
  attended: boolean;
  headPresent: boolean;
};

/** Attendance as it actually happened, next to what each organization had confirmed. */
export function AttendanceForm({ meetingId, rows }: { meetingId: string; rows: Row[] }) {
  const t = useTranslations("invitations");
  const statuses = useTranslations("invitationStatus");
  const state = useActionForm({
    schema: () => import("@/lib/invitations/schemas").then((m) => m.recordAttendanceSchema),
    action: recordAttendanceAction,
    defaultValues: {
      meetingId,
      rows: rows.map(({ invitationId, attended, headPresent }) => ({
        invitationId,
        attended,
        headPresent,
      })),
    },
    message: () => t("attendanceSaved"),
  });
  const { setValue } = state.form;
  const values = useWatch(state.form, "rows") ?? [];
  const indexed = rows.map((row, index) => ({ ...row, index }));
  return (
    <ActionForm state={state}>
      <DataTable
        caption={t("attendanceHeading")}
        rows={indexed}
        rowKey={(r) => r.invitationId}
        empty={{ title: t("emptyFiltered") }}
        columns={[
          {
            key: "organization",
            header: t("organization"),
            rowHeader: true,
            cell: (r) => r.organizationName,
          },
          { key: "reply", header: t("replied"), cell: (r) => statuses(r.status) },
          {
            key: "present",
            header: t("wasPresent"),
            cell: (r) => (
              <input
                type="checkbox"
                aria-label={t("presentLabel", { organization: r.organizationName })}
                checked={values[r.index]?.attended ?? false}
                onChange={(e) => {
                  setValue(`rows.${r.index}.attended`, e.target.checked);
                  // Absent means the head was absent too.
                  if (!e.target.checked) setValue(`rows.${r.index}.headPresent`, false);
                }}
              />
            ),
          },
          {
            key: "headPresent",
            header: t("headWasPresent"),
            cell: (r) => (
              <input
                type="checkbox"
                aria-label={t("headPresentLabel", { organization: r.organizationName })}
                checked={values[r.index]?.headPresent ?? false}
                disabled={!values[r.index]?.attended}
                onChange={(e) => setValue(`rows.${r.index}.headPresent`, e.target.checked)}
              />
            ),
          },
        ]}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveAttendance")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
