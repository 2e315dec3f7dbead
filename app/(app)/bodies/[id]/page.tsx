import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getBody } from "@/lib/bodies/queries";
import { readClock } from "@/lib/clock";
import { orNotFound } from "@/lib/not-found";
import { organizationOptions } from "@/lib/organizations/queries";
import { listTasks } from "@/lib/tasks/queries";
import { TaskTable } from "../../tasks/task-table";
import { BodyForm, ChairsManager, MembersForm } from "../body-forms";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireUser();
  const body = await orNotFound(getBody(await getDb(), viewer, (await params).id));
  return { title: body.name };
}

export default async function BodyPage({ params }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const clock = await readClock(db);
  const manage = can(viewer, "body.manage");
  const [t, kinds, format, body, bodyTasks, organizationList] = await Promise.all([
    getTranslations("bodies"),
    getTranslations("bodyKinds"),
    getFormatter(),
    orNotFound(getBody(db, viewer, id)),
    listTasks(
      db,
      viewer,
      { body: /^[0-9a-f-]{36}$/i.test(id) ? id : undefined, sort: "due" },
      clock,
    ),
    manage ? organizationOptions(db) : [],
  ]);
  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/bodies">{t("title")}</Link>
      </nav>
      <PageHeader
        title={body.name}
        description={
          <>
            {kinds(body.kind)}
            {body.activeTo ? ` · ${t("closedOn", { date: body.activeTo })}` : ""}
          </>
        }
      />
      <section className="card" aria-labelledby="mandate-heading">
        <h2 id="mandate-heading">{t("mandate")}</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>
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
                  <p style={{ whiteSpace: "pre-wrap" }}>{v.text}</p>
                </li>
              ))}
            </ol>
          </details>
        ) : null}
        {manage ? (
          <details style={{ marginTop: "0.75rem" }}>
            <summary>{t("editBody")}</summary>
            <div style={{ marginTop: "0.75rem" }}>
              <BodyForm
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
      <section aria-labelledby="tasks-heading" style={{ marginBottom: "1.25rem" }}>
        <div className="page-header" style={{ marginBottom: "0.5rem" }}>
          <h2 id="tasks-heading">{t("tasksHeading", { count: bodyTasks.total })}</h2>
          <div className="actions-row">
            {can(viewer, "task.assign") ? (
              <Link className="button secondary" href={`/tasks/new?body=${body.id}`}>
                {t("assignTask")}
              </Link>
            ) : null}
            {bodyTasks.total > bodyTasks.rows.length ? (
              <Link href={`/tasks?body=${body.id}`}>{t("allTasks")}</Link>
            ) : null}
          </div>
        </div>
        {bodyTasks.rows.length === 0 ? (
          <p className="muted">{t("noTasks")}</p>
        ) : (
          <TaskTable
            showBody={false}
            rows={bodyTasks.rows.map((task) => ({
              ...task,
              due: task.dueOn
                ? format.dateTime(new Date(`${task.dueOn}T12:00:00Z`), {
                    dateStyle: "medium",
                    timeZone: "UTC",
                  })
                : null,
            }))}
          />
        )}
      </section>
      <section className="card" aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t("reportsHeading")}</h2>
        {body.reports.length === 0 ? (
          <p className="muted">{t("noReports")}</p>
        ) : (
          <ul>
            {body.reports.map((report) => (
              <li key={report.id}>
                {report.title} ·{" "}
                <Link href={`/meetings/${report.meetingId}`}>{report.meetingTitle}</Link> ·{" "}
                {t(`reportStatus.${report.status}`)}
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
    </>
  );
}
