import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/not-found";
import { requestClock } from "@/lib/request";
import { getTask } from "@/lib/tasks/queries";
import { AssignTaskForm } from "../../task-form";
import { taskFormChoices } from "../../task-form-choices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks");
  return { title: t("editTitle") };
}

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const clock = await requestClock();
  const [t, task] = await Promise.all([
    getTranslations("tasks"),
    orNotFound(getTask(db, viewer, id, clock)),
  ]);
  if (!can(viewer, "task.assign")) {
    return (
      <>
        <PageHeader title={t("editTitle")} />
        <div className="alert error">{t("assignForbidden")}</div>
      </>
    );
  }
  const choices = await taskFormChoices(db, clock, task.bodyId);
  return (
    <PageMessages namespaces={["tasks"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/tasks">{t("title")}</Link> ›{" "}
        <Link href={`/tasks/${task.id}`}>{task.title}</Link>
      </nav>
      <PageHeader title={t("editTitle")} />
      <div className="card">
        <AssignTaskForm
          edit={{ id: task.id, version: task.version }}
          {...choices}
          defaultValues={{
            title: task.title,
            detail: task.detail,
            bodyId: task.bodyId,
            leadOrganizationId: task.leadOrganizationId ?? "",
            dueOn: task.dueOn ?? "",
            decisionId: task.decisionId ?? "",
            meetingId: task.meetingId ?? "",
          }}
        />
      </div>
    </PageMessages>
  );
}
