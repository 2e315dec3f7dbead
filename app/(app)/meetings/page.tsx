import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatMeetingDates } from "@/lib/i18n/format";
import { listMeetings } from "@/lib/meetings/queries";
import { requestClock } from "@/lib/request";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("title") };
}

export default async function MeetingsPage() {
  const viewer = await requireUser();
  const db = await getDb();
  const clock = await requestClock();
  const [t, statuses, format, { upcoming, past }] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("meetingStatus"),
    getFormatter(),
    listMeetings(db, viewer, clock),
  ]);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(viewer, "meeting.plan") ? (
            <Link className="button" href="/meetings/plan">
              {t("planNext")}
            </Link>
          ) : null
        }
      />
      <section className="card" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("upcoming")}</h2>
        {upcoming.length === 0 ? (
          <EmptyState title={t("noUpcoming")} />
        ) : (
          <ul>
            {upcoming.map((meeting) => (
              <li key={meeting.id}>
                <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link> ·{" "}
                {meeting.startsOn ? formatMeetingDates(format, meeting) : t("datesNotSet")} ·{" "}
                <StatusBadge tone="info">{statuses(meeting.status)}</StatusBadge>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t("past")}</h2>
        <DataTable
          caption={t("past")}
          rows={past}
          rowKey={(meeting) => meeting.id}
          empty={{ title: t("noPast") }}
          columns={[
            { key: "number", header: t("number"), cell: (meeting) => meeting.sequenceNumber },
            {
              key: "meeting",
              header: t("meeting"),
              rowHeader: true,
              cell: (meeting) => <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>,
            },
            {
              key: "dates",
              header: t("dates"),
              cell: (meeting) => (
                <>
                  {formatMeetingDates(format, meeting)}
                  {meeting.datesApproximate ? (
                    <span className="muted"> ({t("approximate")})</span>
                  ) : null}
                </>
              ),
            },
            { key: "theme", header: t("theme"), cell: (meeting) => meeting.theme },
            {
              key: "organizations",
              header: t("organizationsCount"),
              cell: (meeting) => meeting.organizationsCount ?? "—",
            },
            { key: "decisions", header: t("decisions"), cell: (meeting) => meeting.decisions },
          ]}
        />
      </section>
    </>
  );
}
