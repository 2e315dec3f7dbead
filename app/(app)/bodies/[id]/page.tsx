import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { isBodyClosed } from "@/lib/bodies/closure";
import { getBody } from "@/lib/bodies/queries";
import { formatDay } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { organizationOptions } from "@/lib/organizations/queries";
import { bodyReports } from "@/lib/reports/queries";
import { readOncePerRequest, requestClock } from "@/lib/request";
import { listTasks } from "@/lib/tasks/queries";
import { reportStatusTone } from "../../reports/status-tone";
import { TaskTable } from "../../tasks/task-table";
import { ChairsManager, EditBodyForm, MembersForm } from "../body-forms";

/** The body, read once per request for both the title and the page. */
const loadBody = readOncePerRequest(getBody);

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const body = await orNotFound(loadBody((await params).id));
  return { title: body.name };
}

export default async function BodyPage({ params }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const clock = await requestClock();
  const manage = can(viewer, "body.manage");
  const [t, kinds, format, reports, reportStatus, body, bodyTasks, organizationList, reportRows] =
    await Promise.all([
      getTranslations("bodies"),
      getTranslations("bodyKinds"),
      getFormatter(),
      getTranslations("reports"),
      getTranslations("reportStatus"),
      orNotFound(loadBody(id)),
      listTasks(
        db,
        viewer,
        { body: /^[0-9a-f-]{36}$/i.test(id) ? id : undefined, sort: "due" },
        clock,
      ),
      manage ? organizationOptions(db) : [],
      bodyReports(db, viewer, id, clock),
    ]);
  // Closed from its closing day on: it takes no new task (the task commands check the same).
  const closed = isBodyClosed(body, clock.today);
  return (
    <PageMessages namespaces={["bodyAdmin", "bodyKinds"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/bodies">{t("title")}</Link>
      </nav>
      <PageHeader
        title={body.name}
        description={
          <>
            {kinds(body.kind)}
            {closed && body.activeTo ? ` · ${t("closedOn", { date: body.activeTo })}` : ""}
          </>
        }
      />
      <section className="card" aria-labelledby="mandate-heading">
        <h2 id="mandate-heading">{t("mandate")}</h2>
        <p className="pre-wrap">
          {body.mandate || <span className="muted">{t("noMandate")}</span>}
        </p>
        {body.mandateVersions.length > 1 ? (
          <details>
            <summary>{t("earlierMandates", { count: body.mandateVersions.length - 1 })}</summary>
            <ol>
              {body.mandateVersions.slice(1).map((v) => (
                <li key={v.version}>
                  <span className="muted">
                    {t("mandateVersion", { version: v.version, date: v.agreedOn ?? "—" })}
                  </span>
                  <p className="pre-wrap">{v.text}</p>
                </li>
              ))}
            </ol>
          </details>
        ) : null}
        {manage ? (
          <details className="mt">
            <summary>{t("editBody")}</summary>
            <div className="mt">
              <EditBodyForm
                defaultValues={{
                  id: body.id,
                  version: body.version,
                  name: body.name,
                  mandate: body.mandate,
                  activeFrom: body.activeFrom ?? "",
                  activeTo: body.activeTo ?? "",
                }}
              />
            </div>
          </details>
        ) : null}
      </section>
      <div className="two-columns">
        <section className="card" aria-labelledby="chairs-heading">
          <h2 id="chairs-heading">{t("chairs")}</h2>
          {manage ? (
            <ChairsManager
              bodyId={body.id}
              chairs={body.chairs.map((c) => ({ id: c.id, name: c.name }))}
            />
          ) : body.chairs.length === 0 ? (
            <p className="muted">{t("noChair")}</p>
          ) : (
            <ul>
              {body.chairs.map((chair) => (
                <li key={chair.id}>
                  <strong>{chair.name}</strong>
                  {chair.jobTitle ? <span className="muted"> · {chair.jobTitle}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="members-heading">
          <h2 id="members-heading">{t("memberOrganizations", { count: body.members.length })}</h2>
          {body.members.length === 0 ? (
            <p className="muted">{t("noMembers")}</p>
          ) : (
            <ul>
              {body.members.map((organization) => (
                <li key={organization.id}>
                  <Link href={`/organizations/${organization.id}`}>{organization.name}</Link>
                </li>
              ))}
            </ul>
          )}
          {manage ? (
            <MembersForm
              bodyId={body.id}
              version={body.version}
              organizations={organizationList}
              members={body.members.map((m) => m.id)}
            />
          ) : null}
        </section>
      </div>
      <section aria-labelledby="tasks-heading" className="mb-l">
        <div className="page-header compact">
          <h2 id="tasks-heading">{t("tasksHeading", { count: bodyTasks.total })}</h2>
          <div className="actions-row">
            {can(viewer, "task.assign") && !closed ? (
              <Link className="button secondary" href={`/tasks/new?body=${body.id}`}>
                {t("assignTask")}
              </Link>
            ) : null}
            {bodyTasks.total > bodyTasks.rows.length ? (
              <Link href={`/tasks?body=${body.id}`}>{t("allTasks")}</Link>
            ) : null}
          </div>
        </div>
        <TaskTable
          showBody={false}
          empty={t("noTasks")}
          rows={bodyTasks.rows.map((task) => ({
            ...task,
            due: task.dueOn ? formatDay(format, task.dueOn, "medium") : null,
          }))}
        />
      </section>
      <section className="card" aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t("reportsHeading")}</h2>
        {/* Accepted reports for everyone; the others only for the body's chairs and the
            secretariat (lib/reports/queries.ts decides). */}
        {reportRows.length === 0 ? (
          <p className="muted">{t("noReports")}</p>
        ) : (
          <ul className="timeline">
            {reportRows.map((report) => (
              <li key={report.id}>
                <span>
                  <Link href={`/reports/${report.id}`}>
                    {report.title || reports("untitled", { body: report.bodyName })}
                  </Link>
                  <div className="muted">
                    <Link href={`/meetings/${report.meetingId}`}>{report.meetingTitle}</Link>
                  </div>
                </span>
                <span className="actions-row">
                  <StatusBadge tone={reportStatusTone[report.status]}>
                    {reportStatus(report.status)}
                  </StatusBadge>
                  {report.overdue ? (
                    <StatusBadge tone="danger">{reports("overdue")}</StatusBadge>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t("decisionsHeading")}</h2>
        {body.decisions.length === 0 ? (
          <p className="muted">{t("noDecisions")}</p>
        ) : (
          <ul>
            {body.decisions.map((decision) => (
              <li key={decision.id}>
                <Link href={`/meetings/${decision.meetingId}`}>
                  {t("decisionRef", {
                    meeting: decision.meetingNumber,
                    position: decision.position,
                  })}
                </Link>{" "}
                {decision.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageMessages>
  );
}
