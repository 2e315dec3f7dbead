import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDay, formatInstant, formatMeetingDates } from "@/lib/i18n/format";
import { invitationsForViewer } from "@/lib/invitations/queries";
import { instantToVenueTime } from "@/lib/meetings/deadlines";
import { getMeeting } from "@/lib/meetings/queries";
import { orNotFound } from "@/lib/not-found";
import { preparationLinks } from "@/lib/preparation/queries";
import { readOncePerRequest, requestClock } from "@/lib/request";
import { DeadlinesForm } from "./deadlines-form";
import { MeetingDecisions } from "./meeting-decisions";
import { MeetingOutcome } from "./meeting-outcome";
import { MeetingReports } from "./meeting-reports";
import { StatusControl } from "./status-control";

/** The meeting, read once per request for both the title and the page. */
const loadMeeting = readOncePerRequest(getMeeting);

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await orNotFound(loadMeeting((await params).id));
  return { title: meeting.title };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  // The reports and the records show their first rows unless asked for all (?reports=all,
  // ?records=all).
  const query = await searchParams;
  const allReports = query.reports === "all";
  const allRecords = query.records === "all";
  const db = await getDb();
  const [t, page, statuses, kinds, format, clock, meeting, app] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("meetingPage"),
    getTranslations("meetingStatus"),
    getTranslations("deadlineKinds"),
    getFormatter(),
    requestClock(),
    orNotFound(loadMeeting(id)),
    getTranslations("app"),
  ]);
  const plan = can(viewer, "meeting.plan");
  const prepare = can(viewer, "meeting.prepare");
  const preparation = await preparationLinks(db, meeting.id);
  const manageInvitations = can(viewer, "invitation.manage");
  const ownInvitations = (await invitationsForViewer(db, viewer)).filter(
    (i) => i.meetingId === meeting.id,
  );
  const deadlineValue = (kind: string) => {
    const found = meeting.deadlines.find((d) => d.kind === kind);
    return found ? instantToVenueTime(found.dueAt, meeting.timeZone) : "";
  };

  return (
    <PageMessages namespaces={["deadlineKinds", "meetingPage", "meetingStatus", "preparation"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/meetings">{t("title")}</Link>
      </nav>
      <PageHeader
        title={meeting.title}
        description={
          meeting.theme ? <bdi>{app("quoted", { text: meeting.theme })}</bdi> : undefined
        }
        actions={
          <>
            <StatusBadge tone="info">
              <span className="visually-hidden">{page("statusHeading")}: </span>
              {statuses(meeting.status)}
            </StatusBadge>
            {meeting.startsOn ? (
              <a
                className="button secondary"
                href={`/meetings/${meeting.id}/calendar.ics`}
                download
              >
                {page("downloadIcs")}
              </a>
            ) : null}
            {manageInvitations && meeting.startsOn ? (
              <Link className="button secondary" href={`/meetings/${meeting.id}/invitations`}>
                {page("invitations")}
              </Link>
            ) : null}
            {ownInvitations.map((invitation) => (
              <Link key={invitation.id} className="button" href={`/invitations/${invitation.id}`}>
                {invitation.status === "pending"
                  ? page("replyForOrganization", { organization: invitation.organizationName })
                  : page("invitationOf", { organization: invitation.organizationName })}
              </Link>
            ))}
            {/* The dossier serves a meeting still to be held, or one whose agenda was prepared. */}
            {prepare &&
            preparation.previous &&
            (preparation.agendaItems > 0 ||
              preparation.status === "planned" ||
              preparation.status === "invitations_open") ? (
              <Link className="button secondary" href={`/meetings/${meeting.id}/preparation`}>
                {page("dossier")}
              </Link>
            ) : null}
            {preparation.agendaIssuedAt || (prepare && preparation.agendaItems > 0) ? (
              <Link className="button secondary" href={`/meetings/${meeting.id}/agenda`}>
                {preparation.agendaIssuedAt ? page("agenda") : page("provisionalAgenda")}
              </Link>
            ) : null}
            {plan ? (
              <Link className="button" href={`/meetings/${meeting.id}/edit`}>
                {page("edit")}
              </Link>
            ) : null}
          </>
        }
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
        {meeting.summary ? <p className="mt-l">{meeting.summary}</p> : null}
      </section>
      <section className="card" aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{page("deadlinesHeading")}</h2>
        {meeting.deadlines.length === 0 ? (
          <p className="muted">{page("noDeadlines")}</p>
        ) : (
          <ol className="timeline">
            {meeting.deadlines.map((d) => {
              const passed = d.dueAt < clock.now;
              return (
                <li key={d.kind}>
                  <span>
                    <strong>{kinds(d.kind)}</strong>
                    {passed ? (
                      <>
                        {" "}
                        <StatusBadge>{page("passed")}</StatusBadge>
                      </>
                    ) : null}
                  </span>
                  <span>
                    {formatInstant(format, d.dueAt, meeting.timeZone)}
                    {viewer.timeZone !== meeting.timeZone ? (
                      <span className="muted">
                        {" "}
                        · {formatInstant(format, d.dueAt, viewer.timeZone)}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        {plan && meeting.startsOn ? (
          <DeadlinesForm
            timeZone={meeting.timeZone}
            defaultValues={{
              meetingId: meeting.id,
              version: meeting.version,
              invitation_replies: deadlineValue("invitation_replies"),
              working_group_reports: deadlineValue("working_group_reports"),
              record_comments: deadlineValue("record_comments"),
            }}
          />
        ) : null}
      </section>

      {plan ? (
        <section className="card" aria-labelledby="status-heading">
          <h2 id="status-heading">{page("statusHeading")}</h2>
          <p className="muted">{page("statusExplanation")}</p>
          <StatusControl
            // A new status or version is a fresh control (no step left half-confirmed).
            key={`${meeting.status}-${meeting.version}`}
            id={meeting.id}
            version={meeting.version}
            status={meeting.status}
          />
        </section>
      ) : null}

      <MeetingReports meetingId={meeting.id} viewer={viewer} showAll={allReports} />
      <MeetingOutcome
        meetingId={meeting.id}
        viewer={viewer}
        showAll={allRecords}
        links={preparation}
      />

      <MeetingDecisions meetingId={meeting.id} viewer={viewer} />
    </PageMessages>
  );
}
