import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import { formatDay, formatInstant, formatMeetingDates } from "@/lib/i18n/format";
import { requestClock } from "@/lib/request";
import { DashboardRecords } from "./records/dashboard-records";
import { DashboardReports } from "./reports/dashboard-reports";
import { TaskTable } from "./tasks/task-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage() {
  const viewer = await requireUser();
  const db = await getDb();
  const clock = await requestClock();
  const [t, kinds, format, data, app] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("deadlineKinds"),
    getFormatter(),
    getDashboard(db, viewer, clock),
    getTranslations("app"),
  ]);
  const {
    meetingInView,
    monthsSinceLatest,
    nextCouncilMeeting,
    secretariat,
    ownBodies,
    ownOrganizations,
    deadlines,
    awaitingReply,
    myTasks,
  } = data;
  const plan = can(viewer, "meeting.plan");

  return (
    <>
      <PageHeader title={t("title")} description={t("greeting", { name: viewer.name })} />

      {secretariat ? (
        <section aria-labelledby="counts-heading">
          <h2 id="counts-heading" className="visually-hidden">
            {t("countsHeading")}
          </h2>
          <div className="grid">
            <div className="stat">
              <Link href="/organizations">
                <div className="value">{secretariat.organizations}</div>
                <div className="label">{t("organizations")}</div>
              </Link>
            </div>
            <div className="stat">
              <Link href="/organizations">
                <div className="value">{secretariat.withoutFocalPoint}</div>
                <div className="label">{t("withoutFocalPoint")}</div>
              </Link>
            </div>
            <div className="stat">
              <Link href="/bodies">
                <div className="value">{secretariat.bodies}</div>
                <div className="label">{t("bodies")}</div>
              </Link>
            </div>
            <div className="stat">
              <Link href="/outbox">
                <div className="value">{secretariat.outboxPending}</div>
                <div className="label">{t("outboxPending")}</div>
              </Link>
            </div>
          </div>
        </section>
      ) : null}

      <div className="two-columns">
        <section className="card" aria-labelledby="meeting-heading">
          <h2 id="meeting-heading">
            {meetingInView?.kind === "next" ? t("nextMeeting") : t("latestMeeting")}
          </h2>
          {meetingInView ? (
            <>
              <p>
                <Link href={`/meetings/${meetingInView.meeting.id}`}>
                  <strong>{meetingInView.meeting.title}</strong>
                </Link>
              </p>
              <p className="muted">
                {formatMeetingDates(format, meetingInView.meeting)} · {meetingInView.meeting.venue}
              </p>
              {meetingInView.meeting.theme ? (
                <p dir="auto">{app("quoted", { text: meetingInView.meeting.theme })}</p>
              ) : null}
              {monthsSinceLatest !== null ? (
                <p>{t("monthsSince", { months: monthsSinceLatest })}</p>
              ) : null}
            </>
          ) : (
            <p className="muted">{t("noMeeting")}</p>
          )}
        </section>

        <section className="card" aria-labelledby="council-heading">
          <h2 id="council-heading">{t("nextCouncilMeeting")}</h2>
          {nextCouncilMeeting ? (
            <>
              <p>
                <strong>{nextCouncilMeeting.title}</strong>
              </p>
              <p className="muted">
                {format.dateTime(new Date(`${nextCouncilMeeting.meetingDate}T12:00:00Z`), {
                  dateStyle: "full",
                  timeZone: "UTC",
                })}
                {nextCouncilMeeting.meetingNumber
                  ? ` · ${t("councilMeetingNumber", { number: nextCouncilMeeting.meetingNumber, label: String(nextCouncilMeeting.meetingNumber) })}`
                  : ""}
                {nextCouncilMeeting.presidency
                  ? ` · ${t("presidency", { country: nextCouncilMeeting.presidency })}`
                  : ""}
              </p>
              <p className="muted">{t("backToBack")}</p>
            </>
          ) : (
            <p className="muted">{t("noCouncilMeeting")}</p>
          )}
        </section>
      </div>

      {awaitingReply.length > 0 ? (
        <section className="card" aria-labelledby="awaiting-heading">
          <h2 id="awaiting-heading">{t("awaitingHeading")}</h2>
          <ul className="timeline">
            {awaitingReply.map((invitation) => (
              <li key={invitation.id}>
                <span>
                  <Link href={`/invitations/${invitation.id}`}>
                    {t("replyFor", {
                      meeting: invitation.meetingTitle,
                      organization: invitation.organizationName,
                    })}
                  </Link>
                </span>
                <span>
                  {invitation.replyDeadline
                    ? t("replyBy", {
                        deadline: formatInstant(format, invitation.replyDeadline, viewer.timeZone),
                      })
                    : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <DashboardRecords viewer={viewer} />

      <DashboardReports viewer={viewer} />

      {myTasks.length > 0 ? (
        <section aria-labelledby="my-tasks-heading" className="mb-l">
          <h2 id="my-tasks-heading">{t("myTasks")}</h2>
          <TaskTable
            rows={myTasks.map((task) => ({
              ...task,
              due: task.dueOn ? formatDay(format, task.dueOn, "medium") : null,
            }))}
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t("deadlines")}</h2>
        {deadlines.length === 0 ? (
          <p className="muted">
            {t("noDeadlines")}{" "}
            {plan && meetingInView?.kind !== "next" ? (
              <Link href="/meetings/plan">{t("planNext")}</Link>
            ) : null}
          </p>
        ) : (
          <ol className="timeline">
            {deadlines.map((d) => (
              <li key={`${d.meetingId}-${d.kind}`}>
                <span>
                  <strong>{kinds(d.kind)}</strong> ·{" "}
                  <Link href={`/meetings/${d.meetingId}`}>{d.meetingTitle}</Link>
                </span>
                <span>{formatInstant(format, d.dueAt, viewer.timeZone)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {ownOrganizations.length > 0 ? (
        <section className="card" aria-labelledby="organization-heading">
          <h2 id="organization-heading">{t("yourOrganization")}</h2>
          <ul>
            {ownOrganizations.map((organization) => (
              <li key={organization.id}>
                <Link href={`/organizations/${organization.id}`}>{organization.name}</Link>
                {" · "}
                {organization.awaitingReply > 0
                  ? t("awaitingReply", { count: organization.awaitingReply })
                  : t("nothingAwaitingReply")}
                {" · "}
                {t("workingGroupsCount", { count: organization.workingGroups })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {ownBodies.length > 0 ? (
        <section className="card" aria-labelledby="bodies-heading">
          <h2 id="bodies-heading">{t("yourBodies")}</h2>
          <ul>
            {ownBodies.map((body) => (
              <li key={body.id}>
                <Link href={`/bodies/${body.id}`}>{body.name}</Link>
                {" · "}
                {t("membersCount", { count: body.members })}
                {" · "}
                {t("decisionsCount", { count: body.decisions })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
