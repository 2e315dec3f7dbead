import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import type { Viewer } from "@/lib/auth/permissions";
import { formatInstant } from "@/lib/i18n/format";
import { reportsAwaitingFor } from "@/lib/reports/queries";
import { requestClock } from "@/lib/request";
import { reportStatusTone } from "./status-tone";

/**
 * The dashboard's reports: a chair's reports still to write or revise, with their due dates;
 * the submitted reports waiting for the secretariat's review. Nothing when nothing waits.
 */
export async function DashboardReports({ viewer }: { viewer: Viewer }) {
  const db = await getDb();
  const [t, statuses, format, { toWrite, toReview }] = await Promise.all([
    getTranslations("reports"),
    getTranslations("reportStatus"),
    getFormatter(),
    reportsAwaitingFor(db, viewer, await requestClock()),
  ]);
  const when = (instant: Date) => formatInstant(format, instant, viewer.timeZone);
  return (
    <>
      {toWrite.length > 0 ? (
        <section className="card" aria-labelledby="reports-to-write-heading">
          <h2 id="reports-to-write-heading">{t("toWriteHeading")}</h2>
          <ul className="timeline">
            {toWrite.map((report) => (
              <li key={report.id}>
                <span>
                  <Link href={`/reports/${report.id}`}>
                    {t("reportFor", { body: report.bodyName, meeting: report.meetingTitle })}
                  </Link>{" "}
                  <StatusBadge tone={reportStatusTone[report.status]}>
                    {statuses(report.status)}
                  </StatusBadge>
                  {report.overdue ? (
                    <>
                      {" "}
                      <StatusBadge tone="danger">{t("overdue")}</StatusBadge>
                    </>
                  ) : null}
                </span>
                <span className={report.overdue ? "overdue-date" : "muted"}>
                  {report.dueAt ? t("dueBy", { date: when(report.dueAt) }) : t("noDueDate")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {toReview.length > 0 ? (
        <section className="card" aria-labelledby="reports-to-review-heading">
          <h2 id="reports-to-review-heading">{t("toReviewHeading")}</h2>
          <ul className="timeline">
            {toReview.map((report) => (
              <li key={report.id}>
                <span>
                  <Link href={`/reports/${report.id}`}>
                    {t("reportFor", { body: report.bodyName, meeting: report.meetingTitle })}
                  </Link>
                </span>
                <span className="muted">
                  {report.submittedAt ? t("submittedOn", { date: when(report.submittedAt) }) : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
