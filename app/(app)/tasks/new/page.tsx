import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { taskFormOptions } from "@/lib/tasks/queries";
import { AssignTaskForm } from "../task-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks");
  return { title: t("assign") };
}

export default async function NewTaskPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireUser();
  const t = await getTranslations("tasks");
  if (!can(viewer, "task.assign")) {
    return (
      <>
        <PageHeader title={t("assign")} />
        <div className="alert error">{t("assignForbidden")}</div>
      </>
    );
  }
  const params = await searchParams;
  const options = await taskFormOptions(await getDb());
  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/tasks">{t("title")}</Link>
      </nav>
      <PageHeader title={t("assign")} />
      <div className="card">
        <AssignTaskForm
          bodies={options.bodies.map((b) => ({ id: b.id, label: b.name }))}
          organizations={options.organizations.map((o) => ({ id: o.id, label: o.name }))}
          decisions={options.decisions.map((d) => ({
            id: d.id,
            label: t("decisionOption", {
              meeting: d.meetingNumber,
              position: d.position,
              title: d.title,
            }),
          }))}
          meetings={options.meetings.map((m) => ({ id: m.id, label: m.title }))}
          defaultValues={{
            title: "",
            detail: "",
            bodyId: params.body ?? "",
            leadOrganizationId: "",
            dueOn: "",
            decisionId: params.decision ?? "",
            meetingId: "",
          }}
        />
      </div>
    </>
  );
}
