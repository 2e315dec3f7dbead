import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { getReport } from "@/lib/reports/queries";
import { reportRights } from "@/lib/reports/workflow";
import { readOncePerRequest } from "@/lib/request";
import { reportStatusTone } from "../status-tone";
import { Attachments } from "./attachments";
import { ReportHistory } from "./report-history";
import { AcceptReport, ReturnReport } from "./review-forms";
import { SubmitReport } from "./submit-report";

/** The report, read once per request for both the title and the page. */
const loadReport = readOncePerRequest(getReport);

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** What the last step did, said once the page comes back (the step's own section is gone). */
const doneSteps = ["submitted", "accepted", "returned"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await orNotFound(loadReport((await params).id));
  const t = await getTranslations("reports");
  return { title: report.title || t("untitled", { body: report.bodyName }) };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const { done: doneParam } = await searchParams;
  const done = doneSteps.find((step) => step === doneParam);
  const [t, statuses, format, report] = await Promise.all([
    getTranslations("reports"),
    getTranslations("reportStatus"),
    getFormatter(),
    orNotFound(loadReport(id)),
  ]);
  // What this viewer may do now: the same rules the commands apply (lib/reports/workflow.ts).
  const rights = reportRights(viewer, report);
  const when = (instant: Date | null) =>
    instant ? formatInstant(format, instant, viewer.timeZone) : "—";
  const title = report.title || t("untitled", { body: report.bodyName });

  return (
    <PageMessages namespaces={["reports"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/meetings">{t("meetings")}</Link> ›{" "}
        <Link href={`/meetings/${report.meetingId}`}>{report.meetingTitle}</Link>
        {can(viewer, "report.request") ? (
          <>
            {" "}
            › <Link href={`/meetings/${report.meetingId}/reports`}>{t("overviewLink")}</Link>
          </>
        ) : null}
      </nav>
      <PageHeader
        title={title}
        description={
          <>
            <Link href={`/bodies/${report.bodyId}`}>{report.bodyName}</Link> ·{" "}
            {t("toMeeting", { meeting: report.meetingTitle })}
          </>
        }
        actions={
          <>
            <StatusBadge tone={reportStatusTone[report.status]}>
              <span className="visually-hidden">{t("status")}: </span>
              {statuses(report.status)}
            </StatusBadge>
            {report.overdue ? <StatusBadge tone="danger">{t("overdue")}</StatusBadge> : null}
            {rights.edit ? (
              <Link className="button" href={`/reports/${report.id}/edit`}>
                {report.status === "requested" ? t("write") : t("edit")}
              </Link>
            ) : null}
          </>
        }
      />

      {done && done === report.status ? (
        <div className="alert success mb-l" role="status">
          {t(`done.${done}`)}
        </div>
      ) : null}

      {report.status === "returned" && report.reviewerRemarks ? (
        <section className="alert warning mb-l" aria-labelledby="remarks-heading">
          <h2 id="remarks-heading">{t("returnedHeading")}</h2>
          <p className="pre-wrap">{report.reviewerRemarks}</p>
          {rights.edit ? <p>{t("returnedHint")}</p> : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("details")}</h2>
        <dl className="facts">
          <dt>{t("due")}</dt>
          <dd className={report.overdue ? "overdue-date" : undefined}>{when(report.dueAt)}</dd>
          <dt>{t("lastChange")}</dt>
          <dd>
            {when(report.updatedAt)}
            {report.lastEditedBy && report.insider ? ` · ${report.lastEditedBy}` : ""}
          </dd>
          {report.submittedAt ? (
            <>
              <dt>{t("submitted")}</dt>
              <dd>{when(report.submittedAt)}</dd>
            </>
          ) : null}
          {report.status === "accepted" ? (
            <>
              <dt>{t("accepted")}</dt>
              <dd>{when(report.reviewedAt)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {report.status === "requested" ? (
        <section className="card" aria-labelledby="text-heading">
          <h2 id="text-heading">{t("text")}</h2>
          <p className="muted">{rights.edit ? t("notWrittenChair") : t("notWritten")}</p>
        </section>
      ) : (
        <>
          {report.summary ? (
            <section className="card" aria-labelledby="summary-heading">
              <h2 id="summary-heading">{t("summary")}</h2>
              <p className="pre-wrap">{report.summary}</p>
            </section>
          ) : null}
          <section className="card" aria-labelledby="text-heading">
            <h2 id="text-heading">{t("text")}</h2>
            {report.html ? (
              <div
                className="report-text"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized to an allow-list in lib/reports/markdown.ts
                dangerouslySetInnerHTML={{ __html: report.html }}
              />
            ) : (
              <p className="muted">{t("noText")}</p>
            )}
          </section>
          <section className="card" aria-labelledby="recommendations-heading">
            <h2 id="recommendations-heading">{t("recommendations")}</h2>
            {report.recommendations.length === 0 ? (
              <p className="muted">{t("noRecommendations")}</p>
            ) : (
              <ol className="recommendations">
                {report.recommendations.map((r) => (
                  <li key={r.id} className="pre-wrap">
                    {r.text}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}

      <Attachments report={report} editable={rights.edit} />

      {rights.submit ? (
        <section className="card" aria-labelledby="submit-heading">
          <h2 id="submit-heading">{t("submitHeading")}</h2>
          <p className="muted">{t("submitExplanation")}</p>
          <SubmitReport reportId={report.id} version={report.version} />
        </section>
      ) : null}

      {rights.review ? (
        <section className="card" aria-labelledby="review-heading">
          <h2 id="review-heading">{t("reviewHeading")}</h2>
          <p className="muted">{t("reviewExplanation")}</p>
          <div className="two-columns">
            <AcceptReport reportId={report.id} version={report.version} />
            <ReturnReport reportId={report.id} version={report.version} />
          </div>
        </section>
      ) : null}

      {report.insider ? <ReportHistory report={report} viewer={viewer} /> : null}
    </PageMessages>
  );
}
