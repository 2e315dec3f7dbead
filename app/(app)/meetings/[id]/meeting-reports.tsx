import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/app/_components/status-badge";
import { reportStatusTone } from "@/app/(app)/reports/status-tone";
import { getDb } from "@/db/client";
import { can, type Viewer } from "@/lib/auth/permissions";
import { formatInstant } from "@/lib/i18n/format";
import { ROWS_SHOWN } from "@/lib/lists/first-rows";
import { meetingReports } from "@/lib/reports/queries";
import { requestClock } from "@/lib/request";

/**
 * The meeting's reports: its documentation (the accepted reports, for everyone signed in) and,
 * for the bodies' chairs and the secretariat, the reports still in progress (the query decides).
 */
export async function MeetingReports({
  meetingId,
  viewer,
  showAll,
}: {
  meetingId: string;
  viewer: Viewer;
  showAll: boolean;
}) {
  const db = await getDb();
  const clock = await requestClock();
  const [t, statuses, format, { accepted, inProgress, total }] = await Promise.all([
    getTranslations("reports"),
    getTranslations("reportStatus"),
    getFormatter(),
    meetingReports(db, viewer, meetingId, clock, showAll ? {} : { first: ROWS_SHOWN }),
  ]);
  const hidden = total - accepted.length - inProgress.length;
  const overview = can(viewer, "report.request");
  return (
    <section className="card" aria-labelledby="documentation-heading">
      <div className="page-header compact">
        <h2 id="documentation-heading">{t("documentationHeading")}</h2>
        {overview ? (
          <Link className="button secondary" href={`/meetings/${meetingId}/reports`}>
            {t("overviewLink")}
          </Link>
        ) : null}
      </div>
      {accepted.length === 0 ? (
        <p className="muted">{t("noAcceptedReports")}</p>
      ) : (
        <ul className="timeline" aria-label={t("acceptedReports")}>
          {accepted.map((report) => (
            <li key={report.id}>
              <span>
                <Link href={`/reports/${report.id}`}>
                  {report.title || t("untitled", { body: report.bodyName })}
                </Link>
                {report.title ? <div className="muted">{report.bodyName}</div> : null}
              </span>
              <span className="muted text-end">
                {report.reviewedAt
                  ? t("acceptedOn", {
                      date: formatInstant(format, report.reviewedAt, viewer.timeZone),
                    })
                  : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {inProgress.length > 0 ? (
        <>
          <h3 className="mt-l">{t("inProgressHeading")}</h3>
          <ul className="timeline" aria-label={t("inProgressHeading")}>
            {inProgress.map((report) => (
              <li key={report.id}>
                <span>
                  <Link href={`/reports/${report.id}`}>
                    {report.title || t("untitled", { body: report.bodyName })}
                  </Link>
                  {report.title ? <div className="muted">{report.bodyName}</div> : null}
                </span>
                <span className="actions-row">
                  <StatusBadge tone={reportStatusTone[report.status]}>
                    {statuses(report.status)}
                  </StatusBadge>
                  {report.overdue ? <StatusBadge tone="danger">{t("overdue")}</StatusBadge> : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hidden > 0 ? (
        <p className="mt">
          <Link href={`/meetings/${meetingId}?reports=all#documentation-heading`}>
            {t("showAllReports", { count: total })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
