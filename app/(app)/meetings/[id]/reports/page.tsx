import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { reportStatusTone } from "@/app/(app)/reports/status-tone";
import { getDb } from "@/db/client";
import { reportStatuses } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { getMeeting } from "@/lib/meetings/queries";
import { orNotFound } from "@/lib/not-found";
import { reportsOverview, requestChoices } from "@/lib/reports/queries";
import { requestWindow } from "@/lib/reports/request-window";
import { reportFilterSchema } from "@/lib/reports/schemas";
import { requestClock } from "@/lib/request";
import { RequestReportsForm } from "./request-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("overviewTitle") };
}

export default async function MeetingReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const { id } = await params;
  const filter = reportFilterSchema.parse(await searchParams);
  const db = await getDb();
  const clock = await requestClock();
  const [t, statuses, format, meeting, overview, choices] = await Promise.all([
    getTranslations("reports"),
    getTranslations("reportStatus"),
    getFormatter(),
    orNotFound(getMeeting(db, viewer, id)),
    // The secretariat's page: anyone else finds nothing here.
    orNotFound(reportsOverview(db, viewer, id, filter, clock)),
    orNotFound(requestChoices(db, viewer, id, clock)),
  ]);
  const requesting = requestWindow(meeting);
  const filtered = !!(filter.status || filter.overdue);
  const when = (instant: Date | null) =>
    instant ? formatInstant(format, instant, viewer.timeZone) : "—";
  type Row = (typeof overview.rows)[number];

  return (
    <PageMessages namespaces={["reportStatus", "reports"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/meetings">{t("meetings")}</Link> ›{" "}
        <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </nav>
      <PageHeader title={t("overviewHeading", { meeting: meeting.title })} />

      {overview.total > 0 ? (
        <section aria-labelledby="report-counts-heading">
          <h2 id="report-counts-heading" className="visually-hidden">
            {t("countsHeading")}
          </h2>
          <div className="grid">
            {reportStatuses.map((status) => (
              <div className="stat" key={status}>
                <div className="value">{overview.counts[status] ?? 0}</div>
                <div className="label">{statuses(status)}</div>
              </div>
            ))}
            <div className="stat">
              <div className="value">{overview.overdue}</div>
              <div className="label">{t("overdue")}</div>
            </div>
          </div>
        </section>
      ) : null}

      {requesting.open ? (
        <section className="card" aria-labelledby="request-heading">
          <h2 id="request-heading">
            {overview.total > 0 ? t("requestMoreHeading") : t("requestHeading")}
          </h2>
          <p className="muted">{t("requestExplanation")}</p>
          <RequestReportsForm
            meetingId={meeting.id}
            bodies={choices.bodies}
            chosenAtFirst={choices.bodies.filter((b) => !b.status).map((b) => b.id)}
            defaultDueAt={choices.defaultDueAt}
            timeZone={choices.timeZone}
          />
        </section>
      ) : (
        <p className="muted">{t(`requestClosed.${requesting.reason}`)}</p>
      )}

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t("listHeading")}</h2>
        {overview.total > 0 ? (
          <search aria-label={t("filterLabel")}>
            <form className="filters" method="get">
              <div className="field">
                <label htmlFor="status">{t("status")}</label>
                <select id="status" name="status" defaultValue={filter.status ?? ""}>
                  <option value="">{t("allStatuses")}</option>
                  {reportStatuses.map((s) => (
                    <option key={s} value={s}>
                      {statuses(s)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="checks in-filters">
                <label>
                  <input
                    type="checkbox"
                    name="overdue"
                    value="1"
                    defaultChecked={!!filter.overdue}
                  />{" "}
                  {t("overdueOnly")}
                </label>
              </div>
              <FilterActions filtered={filtered} clearHref={`/meetings/${meeting.id}/reports`} />
            </form>
          </search>
        ) : null}
        <DataTable<Row>
          caption={t("listHeading")}
          rows={overview.rows}
          rowKey={(row) => row.id}
          empty={{ title: filtered ? t("emptyFiltered") : t("noneRequested") }}
          columns={[
            {
              key: "body",
              header: t("body"),
              rowHeader: true,
              cell: (row) => (
                <>
                  <Link href={`/reports/${row.id}`}>{row.bodyName}</Link>
                  <div className="muted">{row.title || t("noTitleYet")}</div>
                </>
              ),
            },
            {
              key: "status",
              header: t("status"),
              cell: (row) => (
                <StatusBadge tone={reportStatusTone[row.status]}>
                  {statuses(row.status)}
                </StatusBadge>
              ),
            },
            {
              key: "due",
              header: t("due"),
              cell: (row) => (
                <>
                  <span className={row.overdue ? "overdue-date" : undefined}>
                    {when(row.dueAt)}
                  </span>
                  {row.overdue ? (
                    <div>
                      <StatusBadge tone="danger">{t("overdue")}</StatusBadge>
                    </div>
                  ) : null}
                </>
              ),
            },
            {
              key: "changed",
              header: t("lastChange"),
              cell: (row) => (
                <>
                  {when(row.updatedAt)}
                  {row.lastEditedBy ? <div className="muted">{row.lastEditedBy}</div> : null}
                </>
              ),
            },
          ]}
        />
      </section>
    </PageMessages>
  );
}
