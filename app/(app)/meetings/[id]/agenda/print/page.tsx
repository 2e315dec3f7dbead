import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrintButton } from "@/app/(app)/records/print-button";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatInstant, formatMeetingDates } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { getAgenda } from "@/lib/preparation/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agenda");
  return { title: t("title") };
}

/**
 * The provisional agenda as a clean document: the items kept (accepted, and for the
 * secretariat before issue those still proposed), numbered, with time, lead body and documents.
 */
export default async function PrintAgendaPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const [t, format, agenda] = await Promise.all([
    getTranslations("agenda"),
    getFormatter(),
    orNotFound(getAgenda(await getDb(), viewer, id)),
  ]);
  const { meeting } = agenda;
  const items = agenda.items.filter((i) => i.status !== "dropped");
  return (
    <article className="document">
      <nav className="breadcrumb no-print" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${meeting.id}/agenda`}>{t("backToAgenda")}</Link>
      </nav>
      <div className="no-print actions-row mb-l">
        <PrintButton label={t("print")} />
      </div>
      <header className="document-header">
        {meeting.agendaIssuedAt ? null : <p className="document-stage">{t("draftStamp")}</p>}
        <p className="document-meeting">
          {meeting.startsOn
            ? `${meeting.title} · ${formatMeetingDates(format, meeting)} · ${meeting.venue}`
            : `${meeting.title} · ${t("datesToBeSet", { venue: meeting.venue })}`}
        </p>
        <h1>{t("provisionalAgenda")}</h1>
        {meeting.agendaIssuedAt ? (
          <p className="document-meeting">
            {t("issuedOn", {
              date: formatInstant(format, meeting.agendaIssuedAt, viewer.timeZone),
            })}
          </p>
        ) : null}
      </header>
      <ol className="record-paragraphs">
        {items.map((item, index) => (
          <li key={item.id} value={index + 1}>
            <strong>{item.title}</strong>
            <div className="muted">
              {[
                item.startsAt ? t("startsAt", { time: item.startsAt }) : null,
                item.durationMinutes ? t("minutes", { count: item.durationMinutes }) : null,
                item.leadBodyName ? t("lead", { body: item.leadBodyName }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </div>
            {item.documents.length > 0 ? (
              <div>
                {t("documents")}{" "}
                {item.documents
                  .map((d) =>
                    d.kind === "decision" ? t("decisionDocument", { label: d.label }) : d.label,
                  )
                  .join("; ")}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
