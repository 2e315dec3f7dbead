import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { commentsMatrix } from "@/lib/records/queries";
import { dispositionBlocker } from "@/lib/records/stages";
import { dispositionTone } from "../../record-parts";
import { DispositionForm } from "./disposition-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("matrixTitle") };
}

/**
 * The comments matrix: paragraph, organization, comment, proposed text, answer and reason,
 * for every version circulated; the secretariat answers each comment here.
 */
export default async function CommentsMatrixPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const [t, dispositions, format, matrix] = await Promise.all([
    getTranslations("records"),
    getTranslations("commentDispositions"),
    getFormatter(),
    orNotFound(commentsMatrix(db, viewer, id)),
  ]);
  const { record, rows, rounds } = matrix;
  const answering = !dispositionBlocker(record.status);
  const pending = rows.filter((r) => r.disposition === "pending").length;
  return (
    <PageMessages namespaces={["commentDispositions", "records"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/records/${record.id}`}>{record.title}</Link>
      </nav>
      <PageHeader
        title={t("matrixHeading", { title: record.title })}
        description={t("matrixDescription", { total: rows.length, pending })}
        actions={
          rows.length > 0 ? (
            <a className="button secondary" href={`/records/${record.id}/comments.csv`} download>
              {t("downloadMatrix")}
            </a>
          ) : null
        }
      />
      <section className="card" aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{t("roundsHeading")}</h2>
        <ul className="plain-list">
          {rounds.map((round) => (
            <li key={round.version}>
              <strong>{t("versionOption", { version: round.version })}</strong>
              {round.deadline ? (
                <span className="muted">
                  {" "}
                  ·{" "}
                  {t("deadlineWas", {
                    deadline: formatInstant(format, round.deadline, viewer.timeZone),
                  })}
                </span>
              ) : null}
              <div>
                {t("commentedList", {
                  count: round.commented.length,
                  names: round.commented.map((o) => o.name).join(", ") || "—",
                })}
              </div>
              <div className="muted">
                {t("silentList", {
                  count: round.silent.length,
                  names: round.silent.map((o) => o.name).join(", ") || "—",
                })}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <DataTable
        caption={t("matrixCaption")}
        rows={rows}
        rowKey={(r) => r.id}
        empty={{ title: t("noComments") }}
        columns={[
          { key: "version", header: t("version"), cell: (r) => r.textVersion },
          { key: "paragraph", header: t("paragraph"), cell: (r) => r.paragraphNumber ?? "—" },
          {
            key: "organization",
            header: t("organization"),
            rowHeader: true,
            cell: (r) => r.organizationName,
          },
          {
            key: "comment",
            header: t("comment"),
            cell: (r) => (
              <>
                <div className="pre-wrap">{r.text}</div>
                <div className="muted">
                  {r.authorName ?? "—"} · {formatInstant(format, r.createdAt, viewer.timeZone)}
                </div>
              </>
            ),
          },
          {
            key: "proposed",
            header: t("proposedText"),
            cell: (r) => (r.proposedText ? <div className="pre-wrap">{r.proposedText}</div> : "—"),
          },
          {
            key: "disposition",
            header: t("disposition"),
            cell: (r) => (
              <>
                <StatusBadge tone={dispositionTone[r.disposition]}>
                  {dispositions(r.disposition)}
                </StatusBadge>
                {r.reason ? <div className="pre-wrap mt-s">{r.reason}</div> : null}
                {answering ? (
                  <details className="mt-s" open={r.disposition === "pending"}>
                    <summary>
                      {r.disposition === "pending" ? t("answer") : t("changeAnswer")}
                    </summary>
                    <DispositionForm
                      key={r.version}
                      commentId={r.id}
                      version={r.version}
                      disposition={r.disposition}
                      reason={r.reason}
                      label={t("answerLabel", {
                        organization: r.organizationName,
                        number: r.paragraphNumber ?? 0,
                      })}
                    />
                  </details>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </PageMessages>
  );
}
