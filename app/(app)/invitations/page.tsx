import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatInstant, formatMeetingDates } from "@/lib/i18n/format";
import { invitationsForViewer } from "@/lib/invitations/queries";
import { invitationStatusTone } from "./status-tone";

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
      <DataTable
        caption={t("title")}
        rows={rows}
        rowKey={(row) => row.id}
        empty={{ title: t("empty") }}
        columns={[
          {
            key: "meeting",
            header: t("meeting"),
            cell: (row) => (
              <>
                <Link href={`/invitations/${row.id}`}>{row.meetingTitle}</Link>
                <div className="muted">{formatMeetingDates(format, row)}</div>
              </>
            ),
          },
          { key: "organization", header: t("organization"), cell: (row) => row.organizationName },
          {
            key: "deadline",
            header: t("deadline"),
            cell: (row) =>
              row.replyDeadline ? formatInstant(format, row.replyDeadline, viewer.timeZone) : "—",
          },
          {
            key: "status",
            header: t("status"),
            cell: (row) => (
              <StatusBadge tone={invitationStatusTone[row.status]}>
                {statuses(row.status)}
              </StatusBadge>
            ),
          },
        ]}
      />
    </>
  );
}
