import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatDay, formatMeetingDates } from "@/lib/i18n/format";
import { getMeeting } from "@/lib/meetings/queries";
import { orNotFound } from "@/lib/not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireUser();
  const meeting = await orNotFound(getMeeting(await getDb(), viewer, (await params).id));
  return { title: meeting.title };
}

export default async function MeetingPage({ params }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const [t, statuses, format, meeting] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("meetingStatus"),
    getFormatter(),
    orNotFound(getMeeting(await getDb(), viewer, id)),
  ]);

  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/meetings">{t("title")}</Link>
      </nav>
      <PageHeader
        title={meeting.title}
        description={meeting.theme ? `“${meeting.theme}”` : undefined}
        actions={<StatusBadge tone="info">{statuses(meeting.status)}</StatusBadge>}
      />
      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("details")}</h2>
        <dl className="facts">
          <dt>{t("dates")}</dt>
          <dd>
            {formatMeetingDates(format, meeting)}
            {meeting.datesApproximate ? <span className="muted"> ({t("approximate")})</span> : null}
          </dd>
          <dt>{t("venue")}</dt>
          <dd>
            {meeting.venue} <span className="muted">({meeting.timeZone})</span>
          </dd>
          <dt>{t("organizationsCount")}</dt>
          <dd>{meeting.organizationsCount ?? "—"}</dd>
          {meeting.documentSymbol ? (
            <>
              <dt>{t("document")}</dt>
              <dd>{meeting.documentSymbol}</dd>
            </>
          ) : null}
          {meeting.scSessionTitle && meeting.scSessionDate ? (
            <>
              <dt>{t("councilMeeting")}</dt>
              <dd>
                {meeting.scSessionTitle} · {formatDay(format, meeting.scSessionDate)}
              </dd>
            </>
          ) : null}
        </dl>
        {meeting.summary ? <p style={{ marginTop: "1rem" }}>{meeting.summary}</p> : null}
      </section>
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t("decisions")}</h2>
        {meeting.decisions.length === 0 ? (
          <div className="card">
            <EmptyState title={t("noDecisions")} />
          </div>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t("decision")}</th>
                  <th scope="col">{t("responsibleBody")}</th>
                </tr>
              </thead>
              <tbody>
                {meeting.decisions.map((decision) => (
                  <tr key={decision.id}>
                    <td>{decision.position}</td>
                    <td>
                      <strong>{decision.title}</strong>
                      <div className="muted">{decision.text}</div>
                    </td>
                    <td>
                      {decision.bodyId ? (
                        <Link href={`/bodies/${decision.bodyId}`}>{decision.bodyName}</Link>
                      ) : (
                        <span className="muted">{t("allParticipants")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
