import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge, type Tone } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import type { AgendaItemStatus } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { formatInstant, formatMeetingDates } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { agendaEditBlocker, issueBlocker } from "@/lib/preparation/agenda-rules";
import { agendaChoices, getAgenda } from "@/lib/preparation/queries";
import { AgendaItemControls } from "./agenda-item-controls";
import { AddAgendaItemForm, EditAgendaItemForm } from "./agenda-item-form";
import { IssueAgendaButton } from "./issue-agenda-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agenda");
  return { title: t("title") };
}

const tone: Record<AgendaItemStatus, Tone> = {
  proposed: "warning",
  accepted: "success",
  dropped: "neutral",
};

/**
 * A meeting's provisional agenda. The secretariat accepts, edits, orders and drops the items
 * the preparation proposed, adds its own, and issues it; once issued, everyone signed in reads it.
 */
export default async function AgendaPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const [t, statuses, format, agenda] = await Promise.all([
    getTranslations("agenda"),
    getTranslations("agendaItemStatus"),
    getFormatter(),
    orNotFound(getAgenda(db, viewer, id)),
  ]);
  const { meeting, items, manage } = agenda;
  const editing = manage && !agendaEditBlocker(meeting);
  const choices = editing ? await agendaChoices(db, viewer, meeting.id) : null;
  const cannotIssue = issueBlocker(meeting, items);
  const accepted = items.filter((i) => i.status === "accepted").length;
  return (
    <PageMessages namespaces={["agenda"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
        {manage ? (
          <>
            {" › "}
            <Link href={`/meetings/${meeting.id}/preparation`}>{t("dossier")}</Link>
          </>
        ) : null}
      </nav>
      <PageHeader
        title={t("heading", { meeting: meeting.title })}
        description={
          meeting.startsOn
            ? `${formatMeetingDates(format, meeting)} · ${meeting.venue}`
            : t("datesToBeSet", { venue: meeting.venue })
        }
        actions={
          <>
            {meeting.agendaIssuedAt ? (
              <StatusBadge tone="success">
                {t("issuedOn", {
                  date: formatInstant(format, meeting.agendaIssuedAt, viewer.timeZone),
                })}
              </StatusBadge>
            ) : (
              <StatusBadge tone="warning">{t("inPreparation")}</StatusBadge>
            )}
            {items.length > 0 ? (
              <Link className="button secondary" href={`/meetings/${meeting.id}/agenda/print`}>
                {t("printable")}
              </Link>
            ) : null}
          </>
        }
      />
      {editing ? <p className="muted">{t("editExplanation")}</p> : null}
      {items.length === 0 ? (
        <div className="card">
          <EmptyState title={t("empty")}>
            {manage && agenda.previous ? (
              <p>
                <Link href={`/meetings/${agenda.previous.id}`}>
                  {t("prepareFrom", { meeting: agenda.previous.title })}
                </Link>
              </p>
            ) : null}
          </EmptyState>
        </div>
      ) : (
        <section aria-labelledby="items-heading" className="mb-l">
          <h2 id="items-heading">{t("itemsHeading", { count: items.length })}</h2>
          <ol className="agenda-items">
            {items.map((item, index) => {
              const label = item.number ? t("itemNumber", { number: item.number }) : item.title;
              return (
                <li
                  key={item.id}
                  id={`item-${item.id}`}
                  className={`card agenda-item ${item.status}`}
                  aria-labelledby={`item-${item.id}-title`}
                >
                  <div className="agenda-item-head">
                    <span className="agenda-number" aria-hidden={item.number === null}>
                      {item.number ?? "—"}
                    </span>
                    <div className="agenda-item-body">
                      <h3 id={`item-${item.id}-title`}>
                        {item.number ? <span className="visually-hidden">{label}: </span> : null}
                        {item.title}
                      </h3>
                      <p className="muted">
                        {[
                          item.leadBodyName ? t("lead", { body: item.leadBodyName }) : null,
                          item.startsAt ? t("startsAt", { time: item.startsAt }) : null,
                          item.durationMinutes
                            ? t("minutes", { count: item.durationMinutes })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                      {item.sourceDecisionId ? (
                        <p>
                          {t("carriesForward")}{" "}
                          <Link href={`/decisions/${item.sourceDecisionId}`}>
                            {t("decisionOf", {
                              position: item.sourceDecisionPosition ?? 0,
                              meeting: item.sourceMeetingTitle ?? "",
                              title: item.sourceDecisionTitle ?? "",
                            })}
                          </Link>
                        </p>
                      ) : null}
                      {item.documents.length > 0 ? (
                        <div>
                          <span className="muted">{t("documents")}</span>
                          <ul className="plain-list">
                            {item.documents.map((d) => (
                              <li key={`${d.kind}:${d.id}`}>
                                <Link href={d.href}>
                                  {d.kind === "decision"
                                    ? t("decisionDocument", { label: d.label })
                                    : d.label}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        </div>
                      ) : null}
                    </div>
                    {manage ? (
                      <StatusBadge tone={tone[item.status]}>
                        <span className="visually-hidden">{t("status")}: </span>
                        {statuses(item.status)}
                      </StatusBadge>
                    ) : null}
                  </div>
                  {editing && choices ? (
                    <div className="agenda-item-tools no-print">
                      <AgendaItemControls
                        itemId={item.id}
                        version={item.version}
                        status={item.status}
                        label={label}
                        position={index}
                        first={index === 0}
                        last={index === items.length - 1}
                      />
                      <details className="mt-s">
                        <summary>{t("editItem")}</summary>
                        <EditAgendaItemForm key={item.version} item={item} choices={choices} />
                      </details>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {editing && choices ? (
        <>
          <section className="card" aria-labelledby="add-heading">
            <h2 id="add-heading">{t("addHeading")}</h2>
            <AddAgendaItemForm meetingId={meeting.id} choices={choices} />
          </section>
          <section className="card" aria-labelledby="issue-heading">
            <h2 id="issue-heading">{t("issueHeading")}</h2>
            {cannotIssue ? (
              <p className="muted">{t(`why.${cannotIssue}`)}</p>
            ) : (
              <IssueAgendaButton
                meetingId={meeting.id}
                version={meeting.version}
                items={accepted}
              />
            )}
          </section>
        </>
      ) : null}
    </PageMessages>
  );
}
