import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { getRecord } from "@/lib/records/queries";
import { recordLanguageOf } from "@/lib/records/schemas";
import { readOncePerRequest } from "@/lib/request";
import { PrintButton } from "../../print-button";
import { RecordParagraphs } from "../../record-parts";

/** The record, read once per request for both the title and the page. */
const loadRecord = readOncePerRequest(getRecord);

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await orNotFound(loadRecord((await params).id));
  return { title: record.title };
}

/**
 * The record as a clean document: symbol, date of issue, title, numbered paragraphs. The
 * print style sheet leaves out the navigation and the buttons (app/globals.css).
 */
export default async function PrintRecordPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { version } = await searchParams;
  const [t, statuses, languages, format, view] = await Promise.all([
    getTranslations("records"),
    getTranslations("recordStatus"),
    getTranslations("languages"),
    getFormatter(),
    orNotFound(loadRecord(id)),
  ]);
  const chosen = version ? view.versions.find((v) => String(v.version) === version) : null;
  if (version && !chosen) notFound();
  const text = chosen ?? view.text;
  const isFinal = text.stage === "final";
  return (
    <article className="document">
      <nav className="breadcrumb no-print" aria-label={t("breadcrumb")}>
        <Link href={`/records/${view.record.id}`}>{t("backToRecord")}</Link>
      </nav>
      <div className="no-print actions-row mb-l">
        <PrintButton label={t("print")} />
      </div>
      <header className="document-header">
        <div className="document-symbol">
          {text.symbol ? <strong>{text.symbol}</strong> : null}
          {view.record.issuedOn && isFinal ? (
            <span>{formatDay(format, view.record.issuedOn)}</span>
          ) : null}
          <span>
            {t("original", { language: languages(recordLanguageOf(view.record.originalLanguage)) })}
          </span>
        </div>
        {isFinal ? null : (
          <p className="document-stage">
            {text.version === null
              ? t("workingDraft", { version: view.versions.length + 1 })
              : t("versionStage", { version: text.version, stage: statuses(text.stage) })}
          </p>
        )}
        <p className="document-meeting">{view.record.meetingTitle}</p>
        <h1>{text.title}</h1>
      </header>
      <RecordParagraphs paragraphs={text.paragraphs} />
    </article>
  );
}
