import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDay, formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { requestClock } from "@/lib/request";
import { progressReport } from "@/lib/tasks/progress-rights";
import { getTask } from "@/lib/tasks/queries";
import { taskStatusTone } from "../task-table";
import { ProgressForm } from "./progress-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks");
  return { title: t("taskTitle") };
}

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const clock = await requestClock();
  const [t, statuses, format, task] = await Promise.all([
    getTranslations("tasks"),
    getTranslations("taskStatus"),
    getFormatter(),
    orNotFound(getTask(db, viewer, id, clock)),
  ]);
  // Who may report, and to which statuses: the same function the progress command checks.
  const report = progressReport(viewer, task);
  return (
    <PageMessages namespaces={["taskStatus", "tasks"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/tasks">{t("title")}</Link>
      </nav>
      <PageHeader
        title={task.title}
        description={task.bodyName}
        actions={
          <>
            <StatusBadge tone={taskStatusTone[task.status]}>
              <span className="visually-hidden">{t("status")}: </span>
              {statuses(task.status)}
            </StatusBadge>
            {task.overdue ? <StatusBadge tone="danger">{t("overdue")}</StatusBadge> : null}
            {can(viewer, "task.assign") ? (
              <Link className="button secondary" href={`/tasks/${task.id}/edit`}>
                {t("edit")}
              </Link>
            ) : null}
          </>
        }
      />
      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("details")}</h2>
        <dl className="facts">
          <dt>{t("progress")}</dt>
          <dd>
            <progress
              value={task.progress}
              max={100}
              aria-label={t("progressOf", { title: task.title })}
            />{" "}
            {task.progress}%
          </dd>
          <dt>{t("body")}</dt>
          <dd>
            <Link href={`/bodies/${task.bodyId}`}>{task.bodyName}</Link>
          </dd>
          <dt>{t("due")}</dt>
          <dd className={task.overdue ? "overdue-date" : undefined}>
            {task.dueOn ? formatDay(format, task.dueOn) : "—"}
          </dd>
          <dt>{t("lead")}</dt>
          <dd>{task.leadName ?? "—"}</dd>
          <dt>{t("fields.decisionId")}</dt>
          <dd>
            {task.decisionTitle && task.decisionMeetingId ? (
              <Link href={`/meetings/${task.decisionMeetingId}/implementation`}>
                {t("decisionOption", {
                  meeting: task.decisionMeetingNumber ?? 0,
                  position: task.decisionPosition ?? 0,
                  title: task.decisionTitle,
                })}
              </Link>
            ) : (
              "—"
            )}
          </dd>
          <dt>{t("fields.meetingId")}</dt>
          <dd>
            {task.meetingId ? (
              <Link href={`/meetings/${task.meetingId}`}>{task.meetingTitle}</Link>
            ) : (
              "—"
            )}
          </dd>
        </dl>
        {task.detail ? <p className="mt-l pre-wrap">{task.detail}</p> : null}
      </section>
      {report ? (
        <section className="card" aria-labelledby="update-heading">
          <h2 id="update-heading">{t("updateHeading")}</h2>
          <ProgressForm
            taskId={task.id}
            version={task.version}
            status={task.status}
            statuses={report.statuses}
            progress={task.progress}
          />
        </section>
      ) : null}
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t("history")}</h2>
        {task.updates.length === 0 ? (
          <p className="muted">{t("noUpdates")}</p>
        ) : (
          <ol className="timeline">
            {task.updates.map((u) => (
              <li key={u.id}>
                <div>
                  <strong>
                    {statuses(u.status)} · {u.progress}%
                  </strong>
                  <div className="pre-wrap">{u.note}</div>
                </div>
                <div className="muted text-end">
                  {u.authorName ?? "—"}
                  <div>{formatInstant(format, u.createdAt, viewer.timeZone)}</div>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </PageMessages>
  );
}
