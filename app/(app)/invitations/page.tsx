import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatInstant, formatMeetingDates } from "@/lib/i18n/format";
import { invitationsForViewer } from "@/lib/invitations/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myInvitations");
  return { title: t("title") };
}

/** A focal point's invitations, for their organization(s) only. */
export default async function MyInvitationsPage() {
  const viewer = await requireUser();
  const [t, statuses, format, rows] = await Promise.all([
    getTranslations("myInvitations"),
    getTranslations("invitationStatus"),
    getFormatter(),
    invitationsForViewer(await getDb(), viewer),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {rows.length === 0 ? (
        <div className="card">
          <EmptyState title={t("empty")} />
        </div>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("meeting")}</th>
                <th scope="col">{t("organization")}</th>
                <th scope="col">{t("deadline")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`/invitations/${row.id}`}>{row.meetingTitle}</Link>
                    <div className="muted">{formatMeetingDates(format, row)}</div>
                  </td>
                  <td>{row.organizationName}</td>
                  <td>
                    {row.replyDeadline
                      ? formatInstant(format, row.replyDeadline, viewer.timeZone)
                      : "—"}
                  </td>
                  <td>
                    <StatusBadge
                      tone={
                        row.status === "pending"
                          ? "warning"
                          : row.status === "confirmed"
                            ? "success"
                            : "neutral"
                      }
                    >
                      {statuses(row.status)}
                    </StatusBadge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
