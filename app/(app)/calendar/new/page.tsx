import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { AddCouncilMeetingForm } from "../council-meeting-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("addTitle") };
}

export default async function NewCouncilMeetingPage() {
  const viewer = await requireUser();
  const t = await getTranslations("calendar");
  return (
    <PageMessages namespaces={["calendar", "councilFormats"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/calendar">{t("title")}</Link>
      </nav>
      <PageHeader title={t("addTitle")} />
      {can(viewer, "calendar.manage") ? (
        <div className="card">
          <AddCouncilMeetingForm
            defaultValues={{
              meetingDate: "",
              meetingTime: "10:00",
              meetingNumber: "",
              format: "debate",
              title: "",
              presidency: "",
              withRegionalOrganizations: false,
              outcomeSymbol: "",
            }}
          />
        </div>
      ) : (
        <div className="alert error">{t("manageForbidden")}</div>
      )}
    </PageMessages>
  );
}
