import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { decisionFormChoices } from "@/lib/decisions/queries";
import { getMeeting } from "@/lib/meetings/queries";
import { orNotFound } from "@/lib/not-found";
import { RecordDecisionForm } from "../decision-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("implementation");
  return { title: t("recordHeading") };
}

// A page of its own: the form offers every body and every recommendation of the meeting's
// accepted reports (hundreds of options on a decade of history), which the matrix, read far
// more often, should not carry.
export default async function RecordDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const [t, meeting] = await Promise.all([
    getTranslations("implementation"),
    orNotFound(getMeeting(db, viewer, id)),
  ]);
  if (!can(viewer, "decision.record")) {
    return (
      <>
        <PageHeader title={t("recordHeading")} />
        <div className="alert error">{t("forbidden")}</div>
      </>
    );
  }
  const choices = await decisionFormChoices(db, viewer, meeting.id);
  return (
    <PageMessages namespaces={["decisionStatus", "implementation"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link> ›{" "}
        <Link href={`/meetings/${meeting.id}/implementation`}>{t("title")}</Link>
      </nav>
      <PageHeader title={t("recordHeading")} description={t("recordDescription")} />
      <div className="card">
        <RecordDecisionForm meetingId={meeting.id} choices={choices} />
      </div>
    </PageMessages>
  );
}
