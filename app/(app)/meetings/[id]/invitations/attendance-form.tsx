"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { recordAttendanceAction } from "@/lib/invitations/actions";

type Row = {
  invitationId: string;
  organizationName: string;
  status: string;
  attended: boolean;
  headPresent: boolean;
};

/** Attendance as it actually happened, next to what each organization had confirmed. */
export function AttendanceForm({ meetingId, rows: initial }: { meetingId: string; rows: Row[] }) {
  const t = useTranslations("invitations");
  const statuses = useTranslations("invitationStatus");
  const router = useRouter();
  const [rows, setRows] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const set = (id: string, patch: Partial<Row>) =>
    setRows((current) => current.map((r) => (r.invitationId === id ? { ...r, ...patch } : r)));
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          setError(null);
          setSaved(false);
          const result = await recordAttendanceAction({
            meetingId,
            rows: rows.map(({ invitationId, attended, headPresent }) => ({
              invitationId,
              attended,
              headPresent,
            })),
          });
          if (result.ok) {
            setSaved(true);
            router.refresh();
          } else setError(result.formError);
        });
      }}
    >
      <FormAlert error={error} success={saved ? t("attendanceSaved") : null} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("organization")}</th>
              <th scope="col">{t("replied")}</th>
              <th scope="col">{t("wasPresent")}</th>
              <th scope="col">{t("headWasPresent")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.invitationId}>
                <th
                  scope="row"
                  style={{
                    textTransform: "none",
                    fontSize: "inherit",
                    color: "inherit",
                    background: "none",
                    fontWeight: 400,
                  }}
                >
                  {r.organizationName}
                </th>
                <td>{statuses(r.status)}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t("presentLabel", { organization: r.organizationName })}
                    checked={r.attended}
                    onChange={(e) =>
                      set(r.invitationId, {
                        attended: e.target.checked,
                        headPresent: e.target.checked && r.headPresent,
                      })
                    }
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t("headPresentLabel", { organization: r.organizationName })}
                    checked={r.headPresent}
                    disabled={!r.attended}
                    onChange={(e) => set(r.invitationId, { headPresent: e.target.checked })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("saving") : t("saveAttendance")}
        </button>
      </div>
    </form>
  );
}
