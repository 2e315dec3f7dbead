import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge, type Tone } from "@/app/_components/status-badge";
import { taskStatusTone } from "@/app/(app)/tasks/task-table";
import { getDb } from "@/db/client";
import type { DecisionStatus } from "@/db/schema/enums";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDay, formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { preparationDossier } from "@/lib/preparation/queries";
import { requestClock } from "@/lib/request";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("preparation");
  return { title: t("title") };
}

const tone: Record<DecisionStatus, Tone> = {
  not_started: "neutral",
  in_progress: "info",
  implemented: "success",
  superseded: "neutral",
};

/**
 * The preparation dossier of a meeting: what the previous meeting left open (decisions, tasks),
 * the reports, the previous meeting's final records and attendance, and the agenda's state.
 */
export default async function PreparationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  if (!can(viewer, "meeting.prepare")) notFound();
  const { id } = await params;
  const db = await getDb();
  const clock = await requestClock();
  const [t, statuses, taskStatuses, reportStatuses, kinds, format, dossier] = await Promise.all([
    getTranslations("preparation"),
    getTranslations("decisionStatus"),
    getTranslations("taskStatus"),
    getTranslations("reportStatus"),
    getTranslations("recordKinds"),
    getFormatter(),
    orNotFound(preparationDossier(db, viewer, id, clock)),
  ]);
  const { meeting, previous, attendance, agenda } = dossier;
  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </nav>
      <PageHeader
        title={t("heading", { meeting: meeting.title })}
        description={previous ? t("description", { previous: previous.title }) : undefined}
        actions={
          <Link className="button" href={`/meetings/${meeting.id}/agenda`}>
            {t("openAgenda")}
          </Link>
        }
      />
      {!previous ? (
        <div className="card">
          <EmptyState title={t("noPrevious")} />
        </div>
      ) : null}

      <section className="card" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t("agendaHeading")}</h2>
        {meeting.agendaIssuedAt ? (
          <p>
            {t("agendaIssued", {
              date: formatInstant(format, meeting.agendaIssuedAt, viewer.timeZone),
            })}
          </p>
        ) : agenda.proposed + agenda.accepted + agenda.dropped === 0 ? (
          <p className="muted">{t("agendaNone")}</p>
        ) : (
          <p>{t("agendaCounts", agenda)}</p>
        )}
      </section>

      <section aria-labelledby="decisions-heading" className="mb-l">
        <h2 id="decisions-heading">{t("decisionsHeading", { count: dossier.decisions.length })}</h2>
        <DataTable
          caption={t("decisionsCaption")}
          rows={dossier.decisions}
          rowKey={(d) => d.id}
          empty={{ title: t("noOpenDecisions") }}
          columns={[
            {
              key: "decision",
              header: t("decision"),
              rowHeader: true,
              cell: (d) => (
                <>
                  <Link href={`/decisions/${d.id}`}>{d.title}</Link>
                  <div className="muted">
                    {t("decisionOf", { position: d.position, meeting: d.meetingTitle })}
                    {d.carriedHere ? ` · ${t("carriedHere")}` : ""}
                  </div>
                </>
              ),
            },
            {
              key: "body",
              header: t("responsible"),
              cell: (d) => d.bodyName ?? <span className="muted">{t("allParticipants")}</span>,
            },
            {
              key: "status",
              header: t("status"),
              cell: (d) => (
                <StatusBadge tone={tone[d.rollup.status]}>{statuses(d.rollup.status)}</StatusBadge>
              ),
            },
            {
              key: "progress",
              header: t("progress"),
              cell: (d) => (
                <>
                  <progress
                    value={d.rollup.progress}
                    max={100}
                    aria-label={t("progressOf", { title: d.title })}
                  />{" "}
                  {d.rollup.progress}%
                </>
              ),
            },
            {
              key: "tasks",
              header: t("tasks"),
              cell: (d) => (
                <>
                  {t("tasksDone", { done: d.rollup.done, total: d.rollup.tasks })}
                  {d.rollup.overdue > 0 ? (
                    <>
                      {" "}
                      <StatusBadge tone="danger">
                        {t("overdueCount", { count: d.rollup.overdue })}
                      </StatusBadge>
                    </>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </section>

      <section aria-labelledby="tasks-heading" className="mb-l">
        <h2 id="tasks-heading">{t("tasksHeading", { count: dossier.tasks.length })}</h2>
        <DataTable
          caption={t("tasksCaption")}
          rows={dossier.tasks}
          rowKey={(task) => task.id}
          empty={{ title: t("noOpenTasks") }}
          columns={[
            {
              key: "task",
              header: t("task"),
              rowHeader: true,
              cell: (task) => (
                <>
                  <Link href={`/tasks/${task.id}`}>{task.title}</Link>
                  <div className="muted">
                    {task.bodyName}
                    {task.decisionTitle ? ` · ${task.decisionTitle}` : ""}
                  </div>
                </>
              ),
            },
            {
              key: "status",
              header: t("status"),
              cell: (task) => (
                <>
                  <StatusBadge tone={taskStatusTone[task.status]}>
                    {taskStatuses(task.status)}
                  </StatusBadge>{" "}
                  {task.overdue ? <StatusBadge tone="danger">{t("overdue")}</StatusBadge> : null}
                </>
              ),
            },
            { key: "progress", header: t("progress"), cell: (task) => `${task.progress}%` },
            {
              key: "due",
              header: t("due"),
              cell: (task) => (
                <span className={task.overdue ? "overdue-date" : undefined}>
                  {task.dueOn ? formatDay(format, task.dueOn) : "—"}
                </span>
              ),
            },
          ]}
        />
      </section>

      <div className="two-columns">
        <section className="card" aria-labelledby="accepted-heading">
          <h2 id="accepted-heading">
            {t("reportsAccepted", { count: dossier.reports.accepted.length })}
          </h2>
          {dossier.reports.accepted.length === 0 ? (
            <p className="muted">{t("noReportsAccepted")}</p>
          ) : (
            <ul className="plain-list">
              {dossier.reports.accepted.map((r) => (
                <li key={r.id}>
                  <Link href={`/reports/${r.id}`}>{r.title}</Link>
                  <div className="muted">
                    {r.bodyName} · {r.meetingTitle}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="due-heading">
          <h2 id="due-heading">{t("reportsDue", { count: dossier.reports.due.length })}</h2>
          {dossier.reports.due.length === 0 ? (
            <p className="muted">{t("noReportsDue")}</p>
          ) : (
            <ul className="plain-list">
              {dossier.reports.due.map((r) => (
                <li key={r.id}>
                  <Link href={`/reports/${r.id}`}>{r.title}</Link>
                  <div className="muted">
                    {r.bodyName} · {reportStatuses(r.status)}
                    {r.dueAt
                      ? ` · ${t("dueBy", { date: formatInstant(format, r.dueAt, viewer.timeZone) })}`
                      : ""}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {previous ? (
        <>
          <section className="card" aria-labelledby="records-heading">
            <h2 id="records-heading">{t("recordsHeading", { meeting: previous.title })}</h2>
            {dossier.records.length === 0 ? (
              <p className="muted">{t("noFinalRecords")}</p>
            ) : (
              <ul className="plain-list">
                {dossier.records.map((r) => (
                  <li key={r.id}>
                    <Link href={`/records/${r.id}`}>{r.title}</Link>{" "}
                    <span className="muted">
                      ({kinds(r.kind)}
                      {r.symbol ? `, ${r.symbol}` : ""}
                      {r.issuedOn ? `, ${formatDay(format, r.issuedOn)}` : ""})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="attendance-heading" className="mb-l">
            <h2 id="attendance-heading">{t("attendanceHeading", { meeting: previous.title })}</h2>
            <p>
              {t("attendanceSummary", {
                invited: attendance.invited,
                attended: attendance.attended,
                heads: attendance.heads,
              })}
            </p>
            <DataTable
              caption={t("attendanceCaption", { meeting: previous.title })}
              rows={attendance.rows}
              rowKey={(a) => a.organizationId}
              empty={{ title: t("noAttendance") }}
              columns={[
                {
                  key: "organization",
                  header: t("organization"),
                  rowHeader: true,
                  cell: (a) => a.name,
                },
                {
                  key: "attended",
                  header: t("attended"),
                  cell: (a) => (a.attended ? t("yes") : a.attended === false ? t("no") : "—"),
                },
                {
                  key: "head",
                  header: t("headPresent"),
                  cell: (a) => (a.headPresent ? t("yes") : t("no")),
                },
              ]}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
