import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getCouncilMeeting } from "@/lib/calendar/queries";
import { councilFormatOf } from "@/lib/calendar/schemas";
import { orNotFound } from "@/lib/not-found";
import { EditCouncilMeetingForm } from "../../council-meeting-form";
import { DeleteCouncilMeetingButton } from "./delete-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("editTitle") };
}

export default async function EditCouncilMeetingPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const viewer = await requireUser();
  const { id } = await params;
  const t = await getTranslations("calendar");
  const row = await orNotFound(getCouncilMeeting(await getDb(), viewer, id));
  return (
    <PageMessages namespaces={["calendar", "councilFormats"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/calendar">{t("title")}</Link>
      </nav>
      <PageHeader title={t("editTitle")} description={row.title} />
      {can(viewer, "calendar.manage") ? (
        <>
          <div className="card">
            <EditCouncilMeetingForm
              defaultValues={{
                id: row.id,
                version: row.version,
                meetingDate: row.meetingDate,
                meetingTime: row.meetingTime ?? "",
                meetingNumber: row.meetingNumber === null ? "" : String(row.meetingNumber),
                format: councilFormatOf(row.format),
                title: row.title,
                presidency: row.presidency ?? "",
                withRegionalOrganizations: row.withRegionalOrganizations,
                outcomeSymbol: row.outcomeSymbol ?? "",
              }}
            />
          </div>
          <section className="card" aria-labelledby="delete-heading">
            <h2 id="delete-heading">{t("deleteHeading")}</h2>
            <p className="muted">{t("deleteExplanation")}</p>
            <DeleteCouncilMeetingButton id={row.id} version={row.version} />
          </section>
        </>
      ) : (
        <div className="alert error">{t("manageForbidden")}</div>
      )}
    </PageMessages>
  );
}
