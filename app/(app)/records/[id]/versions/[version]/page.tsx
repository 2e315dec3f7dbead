import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { getRecord } from "@/lib/records/queries";
import { requestClock } from "@/lib/request";
import { RecordParagraphs, recordStatusTone } from "../../../record-parts";

type Props = { params: Promise<{ id: string; version: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("versionTitle") };
}

/** One frozen version of a record, as it was circulated or finalized. */
export default async function RecordVersionPage({ params }: Props) {
  const viewer = await requireUser();
  const { id, version } = await params;
  const db = await getDb();
  const [t, statuses, format, view] = await Promise.all([
    getTranslations("records"),
    getTranslations("recordStatus"),
    getFormatter(),
    orNotFound(getRecord(db, viewer, id, await requestClock())),
  ]);
  const shown = view.versions.find((v) => String(v.version) === version);
  if (!shown) notFound();
  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/records/${view.record.id}`}>{view.record.title}</Link>
      </nav>
      <PageHeader
        title={t("versionHeading", { title: shown.title, version: shown.version })}
        description={
          shown.stage === "final"
            ? t("finalOn", { date: formatInstant(format, shown.circulatedAt, viewer.timeZone) })
            : t("circulatedOn", {
                date: formatInstant(format, shown.circulatedAt, viewer.timeZone),
                count: shown.recipientOrganizationIds.length,
              })
        }
        actions={
          <>
            <StatusBadge tone={recordStatusTone[shown.stage]}>{statuses(shown.stage)}</StatusBadge>
            <Link
              className="button secondary"
              href={`/records/${view.record.id}/print?version=${shown.version}`}
            >
              {t("printable")}
            </Link>
          </>
        }
      />
      <section className="card" aria-labelledby="text-heading">
        <h2 id="text-heading">{t("textHeading")}</h2>
        {shown.symbol ? <p className="muted">{shown.symbol}</p> : null}
        <RecordParagraphs paragraphs={shown.paragraphs} />
      </section>
    </>
  );
}
