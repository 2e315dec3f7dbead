import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { requestClock } from "@/lib/request";
import { AssignTaskForm } from "../task-form";
import { taskFormChoices } from "../task-form-choices";

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
  const db = await getDb();
  const choices = await taskFormChoices(db, await requestClock());
  return (
    <PageMessages namespaces={["tasks"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/tasks">{t("title")}</Link>
      </nav>
      <PageHeader title={t("assign")} />
      <div className="card">
        <AssignTaskForm
          {...choices}
          defaultValues={{
            title: "",
            detail: "",
            // A body chosen elsewhere (its page, a decision) only if the form offers it.
            bodyId: choices.bodies.find((b) => b.value === params.body)?.value ?? "",
            leadOrganizationId: "",
            dueOn: "",
            decisionId: params.decision ?? "",
            meetingId: "",
          }}
        />
      </div>
    </PageMessages>
  );
}
