import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import type { Viewer } from "@/lib/auth/permissions";
import { formatInstant } from "@/lib/i18n/format";
import type { getReport } from "@/lib/reports/queries";

type Report = Awaited<ReturnType<typeof getReport>>;

/** What happened to the report and its saved revisions, for its chairs and the secretariat. */
export async function ReportHistory({ report, viewer }: { report: Report; viewer: Viewer }) {
  const [t, kinds, statuses, format] = await Promise.all([
    getTranslations("reports"),
    getTranslations("reportEvents"),
    getTranslations("reportStatus"),
    getFormatter(),
  ]);
  const when = (instant: Date) => formatInstant(format, instant, viewer.timeZone);
  const revisions = [...report.revisions].reverse();
  const latest = report.revisions.at(-1);
  const previous = report.revisions.at(-2);
  return (
    <>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t("history")}</h2>
        {report.events.length === 0 ? (
          <p className="muted">{t("noHistory")}</p>
        ) : (
          <ol className="timeline">
            {report.events.map((event) => (
              <li key={event.id}>
                <div>
                  <strong>{kinds(event.kind)}</strong>
                  {event.remarks ? <div className="pre-wrap">{event.remarks}</div> : null}
                </div>
                <div className="muted text-end">
                  {event.actor ?? "—"}
                  <div>{when(event.at)}</div>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="revisions-heading" className="mb-l">
        <div className="page-header compact">
          <h2 id="revisions-heading">{t("revisions", { count: report.revisions.length })}</h2>
          {latest && previous ? (
            <Link
              className="button secondary"
              href={`/reports/${report.id}/compare?from=${previous.version}&to=${latest.version}`}
            >
              {t("compareLast")}
            </Link>
          ) : null}
        </div>
        <DataTable
          caption={t("revisionsCaption")}
          rows={revisions}
          rowKey={(r) => String(r.version)}
          empty={{ title: t("noRevisions") }}
          columns={[
            {
              key: "number",
              header: t("revision"),
              rowHeader: true,
              cell: (r) => t("revisionNumber", { number: r.number }),
            },
            { key: "saved", header: t("savedAt"), cell: (r) => when(r.createdAt) },
            { key: "author", header: t("savedBy"), cell: (r) => r.author ?? "—" },
            { key: "status", header: t("status"), cell: (r) => statuses(r.status) },
            {
              key: "compare",
              header: <span className="visually-hidden">{t("compare")}</span>,
              cell: (r) =>
                latest && r.version !== latest.version ? (
                  <Link
                    href={`/reports/${report.id}/compare?from=${r.version}&to=${latest.version}`}
                  >
                    {t("compareWithLatest", { number: r.number })}
                  </Link>
                ) : null,
            },
          ]}
        />
      </section>
    </>
  );
}
