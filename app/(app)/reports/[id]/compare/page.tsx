import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { diffReports } from "@/lib/reports/diff";
import { getRevisionPair } from "@/lib/reports/queries";
import { compareSchema } from "@/lib/reports/schemas";
import { DiffText } from "./diff-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("compareTitle") };
}

export default async function CompareRevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const { id } = await params;
  const wanted = compareSchema.parse(await searchParams);
  const db = await getDb();
  const [t, format, pair] = await Promise.all([
    getTranslations("reports"),
    getFormatter(),
    orNotFound(getRevisionPair(db, viewer, id, wanted)),
  ]);
  const { report, revisions, from, to } = pair;
  const title = report.title || t("untitled", { body: report.bodyName });
  const label = (r: (typeof revisions)[number]) =>
    t("revisionOption", {
      number: r.number,
      when: formatInstant(format, r.createdAt, viewer.timeZone),
      author: r.author ?? "—",
    });
  const labels = { added: t("diffAddedLabel"), removed: t("diffRemovedLabel") };
  const diff =
    from?.snapshot && to?.snapshot && from.version !== to.version
      ? diffReports(from.snapshot, to.snapshot)
      : null;

  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${report.meetingId}`}>{report.meetingTitle}</Link> ›{" "}
        <Link href={`/reports/${report.id}`}>{title}</Link>
      </nav>
      <PageHeader title={t("compareTitle")} description={`${title} · ${report.bodyName}`} />
      {revisions.length < 2 || !from || !to ? (
        <div className="card">
          <EmptyState title={t("nothingToCompare")} />
        </div>
      ) : (
        <>
          <search aria-label={t("chooseRevisions")}>
            <form className="filters" method="get">
              <div className="field">
                <label htmlFor="from">{t("from")}</label>
                <select id="from" name="from" defaultValue={String(from.version)}>
                  {revisions.map((r) => (
                    <option key={r.version} value={r.version}>
                      {label(r)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="to">{t("to")}</label>
                <select id="to" name="to" defaultValue={String(to.version)}>
                  {revisions.map((r) => (
                    <option key={r.version} value={r.version}>
                      {label(r)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button secondary">
                {t("compare")}
              </button>
            </form>
          </search>
          <p className="muted diff">
            {t("diffLegendIntro")} <ins>{t("diffAdded")}</ins> · <del>{t("diffRemoved")}</del>
          </p>
          {!diff ? (
            <div className="card">
              <EmptyState title={t("sameRevision")} />
            </div>
          ) : diff.unchanged ? (
            <div className="card">
              <EmptyState title={t("noDifference")} />
            </div>
          ) : (
            <>
              <section className="card" aria-labelledby="diff-title-heading">
                <h2 id="diff-title-heading">{t("fields.title")}</h2>
                <DiffText diff={diff.title} unchanged={t("unchanged")} labels={labels} />
              </section>
              <section className="card" aria-labelledby="diff-summary-heading">
                <h2 id="diff-summary-heading">{t("fields.summary")}</h2>
                <DiffText diff={diff.summary} unchanged={t("unchanged")} labels={labels} />
              </section>
              <section className="card" aria-labelledby="diff-body-heading">
                <h2 id="diff-body-heading">{t("fields.body")}</h2>
                <DiffText diff={diff.body} unchanged={t("unchanged")} labels={labels} />
              </section>
              <section className="card" aria-labelledby="diff-recommendations-heading">
                <h2 id="diff-recommendations-heading">{t("recommendations")}</h2>
                {diff.recommendationsReordered ? <p className="muted">{t("reordered")}</p> : null}
                {diff.recommendations.length === 0 ? (
                  <p className="muted">{t("noRecommendations")}</p>
                ) : (
                  <ul className="plain-list diff-recommendations">
                    {diff.recommendations.map((r) => (
                      <li key={r.id}>
                        <span className="muted">
                          {r.position === null
                            ? t("recommendationRemoved")
                            : t(`recommendationStatus.${r.status}`, { number: r.position })}
                        </span>{" "}
                        <DiffText diff={r} inline unchanged="" labels={labels} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}
