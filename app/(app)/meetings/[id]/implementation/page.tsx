import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { bodyOptions } from "@/lib/bodies/queries";
import { readClock } from "@/lib/clock";
import { implementationMatrix } from "@/lib/decisions/queries";
import { orNotFound } from "@/lib/not-found";
import { DecisionStatusForm, RecordDecisionForm } from "./decision-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("implementation");
  return { title: t("title") };
}

const tone = {
  not_started: "neutral",
  in_progress: "info",
  implemented: "success",
  superseded: "neutral",
} as const;

export default async function ImplementationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const clock = await readClock(db);
  const [t, statuses, matrix] = await Promise.all([
    getTranslations("implementation"),
    getTranslations("decisionStatus"),
    orNotFound(implementationMatrix(db, viewer, id, clock)),
  ]);
  const manage = can(viewer, "decision.record");
  const assign = can(viewer, "task.assign");
  const bodies = manage ? await bodyOptions(db) : [];
  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${matrix.meeting.id}`}>{matrix.meeting.title}</Link>
      </nav>
      <PageHeader
        title={t("heading", { meeting: matrix.meeting.title })}
        description={t("description")}
        actions={
          matrix.decisions.length > 0 ? (
            <a
              className="button secondary"
              href={`/meetings/${matrix.meeting.id}/implementation.csv`}
              download
            >
              {t("downloadCsv")}
            </a>
          ) : null
        }
      />
      {matrix.groups.length === 0 ? (
        <div className="card">
          <EmptyState title={t("empty")} />
        </div>
      ) : (
        matrix.groups.map((group) => (
          <section
            key={group.bodyId ?? "none"}
            aria-labelledby={`group-${group.bodyId ?? "none"}`}
            style={{ marginBottom: "1.25rem" }}
          >
            <h2 id={`group-${group.bodyId ?? "none"}`}>
              {group.bodyId ? (
                <Link href={`/bodies/${group.bodyId}`}>{group.bodyName}</Link>
              ) : (
                t("noBody")
              )}
            </h2>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">
                  {group.bodyId ? group.bodyName : t("noBody")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t("decision")}</th>
                    <th scope="col">{t("status")}</th>
                    <th scope="col">{t("progress")}</th>
                    <th scope="col">{t("tasks")}</th>
                    <th scope="col">{t("overdue")}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.decisions.map((d) => (
                    <tr key={d.id}>
                      <td>{d.position}</td>
                      <td>
                        <strong>{d.title}</strong>
                        <div className="muted">{d.text}</div>
                        {d.rollup.explicit && d.statusReason ? (
                          <div className="muted">
                            {t("setBySecretariat", { reason: d.statusReason })}
                          </div>
                        ) : null}
                        <div className="actions-row" style={{ marginTop: "0.35rem" }}>
                          {assign ? (
                            <Link
                              href={`/tasks/new?decision=${d.id}${d.bodyId ? `&body=${d.bodyId}` : ""}`}
                            >
                              {t("assignTask")}
                            </Link>
                          ) : null}
                          {d.rollup.tasks > 0 ? (
                            <Link href={`/tasks?decision=${d.id}`}>{t("seeTasks")}</Link>
                          ) : null}
                        </div>
                        {manage && d.rollup.tasks === 0 ? (
                          <DecisionStatusForm
                            decisionId={d.id}
                            version={d.version}
                            status={d.statusOverride ?? "not_started"}
                          />
                        ) : null}
                      </td>
                      <td>
                        <StatusBadge tone={tone[d.rollup.status]}>
                          {statuses(d.rollup.status)}
                        </StatusBadge>
                      </td>
                      <td>
                        <progress
                          value={d.rollup.progress}
                          max={100}
                          aria-label={t("progressOf", { title: d.title })}
                        />{" "}
                        {d.rollup.progress}%
                      </td>
                      <td>{t("tasksDone", { done: d.rollup.done, total: d.rollup.tasks })}</td>
                      <td>
                        {d.rollup.overdue > 0 ? (
                          <StatusBadge tone="danger">{d.rollup.overdue}</StatusBadge>
                        ) : (
                          "0"
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
      {manage ? (
        <section className="card" aria-labelledby="record-heading">
          <h2 id="record-heading">{t("recordHeading")}</h2>
          <RecordDecisionForm meetingId={matrix.meeting.id} bodies={bodies} />
        </section>
      ) : null}
    </>
  );
}
