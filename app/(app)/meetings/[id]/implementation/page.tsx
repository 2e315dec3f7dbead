import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge, type Tone } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import type { DecisionStatus } from "@/db/schema/enums";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { implementationMatrix } from "@/lib/decisions/queries";
import { orNotFound } from "@/lib/not-found";
import { requestClock } from "@/lib/request";
import { DecisionStatusForm } from "./decision-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("implementation");
  return { title: t("title") };
}

const tone: Record<DecisionStatus, Tone> = {
  not_started: "neutral",
  in_progress: "info",
  implemented: "success",
  superseded: "neutral",
};

export default async function ImplementationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const clock = await requestClock();
  const [t, statuses, matrix] = await Promise.all([
    getTranslations("implementation"),
    getTranslations("decisionStatus"),
    orNotFound(implementationMatrix(db, viewer, id, clock)),
  ]);
  const manage = can(viewer, "decision.record");
  const assign = can(viewer, "task.assign");
  return (
    <PageMessages namespaces={["decisionStatus", "implementation"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${matrix.meeting.id}`}>{matrix.meeting.title}</Link>
      </nav>
      <PageHeader
        title={t("heading", { meeting: matrix.meeting.title })}
        description={t("description")}
        actions={
          manage || matrix.decisions.length > 0 ? (
            <>
              {manage ? (
                <Link className="button" href={`/meetings/${matrix.meeting.id}/implementation/new`}>
                  {t("recordHeading")}
                </Link>
              ) : null}
              {matrix.decisions.length > 0 ? (
                <a
                  className="button secondary"
                  href={`/meetings/${matrix.meeting.id}/implementation.csv`}
                  download
                >
                  {t("downloadCsv")}
                </a>
              ) : null}
            </>
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
            className="mb-l"
          >
            <h2 id={`group-${group.bodyId ?? "none"}`}>
              {group.bodyId ? (
                <Link href={`/bodies/${group.bodyId}`}>{group.bodyName}</Link>
              ) : (
                t("noBody")
              )}
            </h2>
            <DataTable
              caption={group.bodyId && group.bodyName ? group.bodyName : t("noBody")}
              rows={group.decisions}
              rowKey={(d) => d.id}
              empty={{ title: t("empty") }}
              columns={[
                { key: "position", header: "#", cell: (d) => d.position },
                {
                  key: "decision",
                  header: t("decision"),
                  cell: (d) => (
                    <>
                      <strong>
                        <Link href={`/decisions/${d.id}`}>{d.title}</Link>
                      </strong>
                      <div className="muted">{d.text}</div>
                      {d.rollup.explicit && d.statusReason ? (
                        <div className="muted">
                          {t("setBySecretariat", { reason: d.statusReason })}
                        </div>
                      ) : null}
                      <div className="actions-row mt-s">
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
                      {/* Offered on the rule the command checks (lib/decisions/rollup.ts). */}
                      {manage && d.statusMayBeStated ? (
                        <DecisionStatusForm
                          decisionId={d.id}
                          version={d.version}
                          status={d.statusOverride ?? "not_started"}
                        />
                      ) : null}
                    </>
                  ),
                },
                {
                  key: "status",
                  header: t("status"),
                  cell: (d) => (
                    <StatusBadge tone={tone[d.rollup.status]}>
                      {statuses(d.rollup.status)}
                    </StatusBadge>
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
                  cell: (d) => t("tasksDone", { done: d.rollup.done, total: d.rollup.tasks }),
                },
                {
                  key: "overdue",
                  header: t("overdue"),
                  cell: (d) =>
                    d.rollup.overdue > 0 ? (
                      <StatusBadge tone="danger">{d.rollup.overdue}</StatusBadge>
                    ) : (
                      "0"
                    ),
                },
              ]}
            />
          </section>
        ))
      )}
      {matrix.withdrawn.length > 0 ? (
        <section className="card" aria-labelledby="withdrawn-heading">
          <h2 id="withdrawn-heading">{t("withdrawnHeading")}</h2>
          <ul className="plain-list">
            {matrix.withdrawn.map((d) => (
              <li key={d.id}>
                <Link href={`/decisions/${d.id}`}>
                  {d.position}. {d.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageMessages>
  );
}
