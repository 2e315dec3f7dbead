import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge, type Tone } from "@/app/_components/status-badge";
import {
  EditDecisionForm,
  WithdrawDecisionButton,
} from "@/app/(app)/meetings/[id]/implementation/decision-forms";
import { taskStatusTone } from "@/app/(app)/tasks/task-table";
import { getDb } from "@/db/client";
import type { DecisionStatus } from "@/db/schema/enums";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { decisionFormChoices, getDecision } from "@/lib/decisions/queries";
import { endorsementValue } from "@/lib/decisions/schemas";
import { formatDay } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { readOncePerRequest } from "@/lib/request";

/** The decision, read once per request for both the title and the page. */
const loadDecision = readOncePerRequest(getDecision);

type Props = { params: Promise<{ id: string }> };

const tone: Record<DecisionStatus, Tone> = {
  not_started: "neutral",
  in_progress: "info",
  implemented: "success",
  superseded: "neutral",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { decision } = await orNotFound(loadDecision((await params).id));
  return { title: decision.title };
}

/**
 * A decision: its text, where it comes from, how its implementation stands, and where it
 * went (the next meeting's agenda item), with the links back.
 */
export default async function DecisionPage({ params }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const [t, statuses, taskStatuses, reportStatuses, format, view, app] = await Promise.all([
    getTranslations("decisionPage"),
    getTranslations("decisionStatus"),
    getTranslations("taskStatus"),
    getTranslations("reportStatus"),
    getFormatter(),
    orNotFound(loadDecision(id)),
    getTranslations("app"),
  ]);
  const { decision, rollup, tasks, conclusions, recommendation, reports, agendaItems } = view;
  const manage = can(viewer, "decision.record") && view.editable;
  const choices = manage ? await decisionFormChoices(db, viewer, decision.meetingId) : null;
  return (
    <PageMessages namespaces={["decisionStatus", "implementation"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${decision.meetingId}`}>{decision.meetingTitle}</Link>
        {" › "}
        <Link href={`/meetings/${decision.meetingId}/implementation`}>{t("implementation")}</Link>
      </nav>
      <PageHeader
        title={t("heading", { position: decision.position, title: decision.title })}
        description={decision.meetingTitle}
        actions={
          decision.withdrawnAt ? (
            <StatusBadge tone="danger">{t("withdrawn")}</StatusBadge>
          ) : (
            <StatusBadge tone={tone[rollup.status]}>
              <span className="visually-hidden">{t("status")}: </span>
              {statuses(rollup.status)}
            </StatusBadge>
          )
        }
      />
      <section className="card" aria-labelledby="text-heading">
        <h2 id="text-heading">{t("text")}</h2>
        <p className="pre-wrap">{decision.text}</p>
        <dl className="facts mt-l">
          <dt>{t("responsibleBody")}</dt>
          <dd>
            {decision.bodyId ? (
              <Link href={`/bodies/${decision.bodyId}`}>{decision.bodyName}</Link>
            ) : (
              t("allParticipants")
            )}
          </dd>
          <dt>{t("carriedForward")}</dt>
          <dd>
            {decision.carriedForwardToId ? (
              <Link href={`/meetings/${decision.carriedForwardToId}`}>
                {decision.carriedForwardToTitle}
              </Link>
            ) : (
              t("notCarriedForward")
            )}
          </dd>
        </dl>
      </section>

      <section className="card" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("sources")}</h2>
        {conclusions && conclusions.cited.length > 0 ? (
          <>
            <h3>
              <Link href={`/records/${conclusions.id}`}>{conclusions.title}</Link>
              {conclusions.symbol ? <span className="muted"> ({conclusions.symbol})</span> : null}
            </h3>
            <ol className="record-paragraphs">
              {conclusions.cited.map((p) => (
                <li key={p.number} value={p.number}>
                  <span className="pre-wrap">{p.text}</span>
                </li>
              ))}
            </ol>
          </>
        ) : decision.sourceParagraphs.length > 0 ? (
          <p>{t("citesParagraphs", { paragraphs: decision.sourceParagraphs.join(", ") })}</p>
        ) : (
          <p className="muted">{t("noParagraphs")}</p>
        )}
        <h3 className="mt-l">{t("recommendation")}</h3>
        {recommendation ? (
          <p>
            <Link href={`/reports/${recommendation.reportId}`}>{recommendation.reportTitle}</Link>
            {recommendation.number > 0
              ? `, ${t("recommendationNumber", { number: recommendation.number })}`
              : ""}
            {recommendation.text ? (
              <span className="pre-wrap">
                {": "}
                <bdi>{app("quoted", { text: recommendation.text })}</bdi>
              </span>
            ) : null}
          </p>
        ) : (
          <p className="muted">{t("noRecommendation")}</p>
        )}
      </section>

      <section aria-labelledby="tasks-heading" className="mb-l">
        <h2 id="tasks-heading">{t("implementationHeading")}</h2>
        <p>
          {rollup.explicit && decision.statusReason
            ? t("statedBySecretariat", { reason: decision.statusReason })
            : t("rollup", { progress: rollup.progress, done: rollup.done, total: rollup.tasks })}
          {rollup.overdue > 0 ? (
            <>
              {" "}
              <StatusBadge tone="danger">
                {t("overdueCount", { count: rollup.overdue })}
              </StatusBadge>
            </>
          ) : null}
        </p>
        <DataTable
          caption={t("tasks")}
          rows={tasks}
          rowKey={(task) => task.id}
          empty={{ title: t("noTasks") }}
          columns={[
            {
              key: "task",
              header: t("task"),
              rowHeader: true,
              cell: (task) => (
                <>
                  <Link href={`/tasks/${task.id}`}>{task.title}</Link>
                  <div className="muted">{task.bodyName}</div>
                </>
              ),
            },
            {
              key: "status",
              header: t("status"),
              cell: (task) => (
                <StatusBadge tone={taskStatusTone[task.status]}>
                  {taskStatuses(task.status)}
                </StatusBadge>
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
        {can(viewer, "task.assign") && !decision.withdrawnAt ? (
          <p className="mt">
            <Link
              href={`/tasks/new?decision=${decision.id}${decision.bodyId ? `&body=${decision.bodyId}` : ""}`}
            >
              {t("assignTask")}
            </Link>
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t("reports")}</h2>
        {reports.length === 0 ? (
          <p className="muted">{t("noReports")}</p>
        ) : (
          <ul className="plain-list">
            {reports.map((r) => (
              <li key={r.id}>
                <Link href={`/reports/${r.id}`}>{r.title}</Link>{" "}
                <span className="muted">
                  ({r.meetingTitle} · {reportStatuses(r.status)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t("agendaHeading")}</h2>
        {agendaItems.length === 0 ? (
          <p className="muted">{t("noAgendaItem")}</p>
        ) : (
          <ul className="plain-list">
            {agendaItems.map((item) => (
              <li key={item.id}>
                <Link href={`/meetings/${item.meetingId}/agenda#item-${item.id}`}>
                  {item.title}
                </Link>{" "}
                <span className="muted">({t("onAgendaOf", { meeting: item.meetingTitle })})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {manage && choices ? (
        <>
          <section className="card" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t("editHeading")}</h2>
            <p className="muted">{t("editExplanation")}</p>
            <EditDecisionForm
              defaultValues={{
                decisionId: decision.id,
                version: decision.version,
                title: decision.title,
                text: decision.text,
                responsibleBodyId: decision.bodyId ?? "",
                sourceParagraphs: decision.sourceParagraphs.join(", "),
                endorsement: endorsementValue(
                  decision.endorsedReportId,
                  decision.endorsedRecommendationId,
                ),
              }}
              choices={choices}
            />
          </section>
          <section className="card" aria-labelledby="withdraw-heading">
            <h2 id="withdraw-heading">{t("withdrawHeading")}</h2>
            <WithdrawDecisionButton decisionId={decision.id} version={decision.version} />
          </section>
        </>
      ) : null}
    </PageMessages>
  );
}
