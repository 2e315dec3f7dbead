import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/not-found";
import { getReport } from "@/lib/reports/queries";
import { editRefusal } from "@/lib/reports/workflow";
import { requestClock } from "@/lib/request";
import { Attachments } from "../attachments";
import { ReportForm } from "./report-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("editTitle") };
}

export default async function EditReportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const clock = await requestClock();
  const [t, errors, report] = await Promise.all([
    getTranslations("reports"),
    getTranslations("refusals"),
    orNotFound(getReport(db, viewer, id, clock)),
  ]);
  // Only the body's chairs write its report (the save command checks the same).
  if (!can(viewer, "report.write", { bodyId: report.bodyId })) notFound();
  const refusal = editRefusal(report.status);
  const title = report.title || t("untitled", { body: report.bodyName });

  return (
    <PageMessages namespaces={["reports"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${report.meetingId}`}>{report.meetingTitle}</Link> ›{" "}
        <Link href={`/reports/${report.id}`}>{title}</Link>
      </nav>
      <PageHeader
        title={report.status === "requested" ? t("writeTitle") : t("editTitle")}
        description={`${report.bodyName} · ${t("toMeeting", { meeting: report.meetingTitle })}`}
      />
      {refusal ? (
        <div className="card">
          <div className="alert warning" role="status">
            {errors(refusal)}
          </div>
          <p className="mt-l">
            <Link href={`/reports/${report.id}`}>{t("backToReport")}</Link>
          </p>
        </div>
      ) : (
        <>
          {report.status === "returned" && report.reviewerRemarks ? (
            <section className="alert warning mb-l" aria-labelledby="remarks-heading">
              <h2 id="remarks-heading">{t("returnedHeading")}</h2>
              <p className="pre-wrap">{report.reviewerRemarks}</p>
            </section>
          ) : null}
          <section className="card" aria-labelledby="form-heading">
            <h2 id="form-heading" className="visually-hidden">
              {t("editTitle")}
            </h2>
            <ReportForm
              reportId={report.id}
              defaultValues={{
                reportId: report.id,
                version: report.version,
                title: report.title || t("suggestedTitle", { body: report.bodyName }),
                summary: report.summary,
                body: report.body,
                recommendations: report.recommendations,
              }}
              initialPreview={{ html: report.html, removed: report.markupRemoved }}
            />
          </section>
          <Attachments report={report} editable />
        </>
      )}
    </PageMessages>
  );
}
