import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listRegionalCouncilMeetings } from "@/lib/calendar/queries";
import { formatDay } from "@/lib/i18n/format";
import { getMeeting } from "@/lib/meetings/queries";
import { timeZoneOf } from "@/lib/meetings/schemas";
import { orNotFound } from "@/lib/not-found";
import { requestClock } from "@/lib/request";
import { EditMeetingForm } from "../../meeting-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("planning");
  return { title: t("editTitle") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const [t, format, clock, meeting] = await Promise.all([
    getTranslations("planning"),
    getFormatter(),
    requestClock(),
    orNotFound(getMeeting(db, viewer, id)),
  ]);
  if (!can(viewer, "meeting.plan")) {
    return (
      <>
        <PageHeader title={t("editTitle")} />
        <div className="alert error">{t("forbidden")}</div>
      </>
    );
  }
  const council = await listRegionalCouncilMeetings(db, viewer);
  return (
    <PageMessages namespaces={["planning"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/meetings">{t("meetings")}</Link> ›{" "}
        <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </nav>
      <PageHeader title={t("editHeading", { title: meeting.title })} />
      <div className="card">
        <EditMeetingForm
          today={clock.today}
          councilMeetings={council.map((c) => ({
            id: c.id,
            label: `${formatDay(format, c.meetingDate, "medium")}${c.meetingNumber ? ` (${c.meetingNumber})` : ""} · ${c.title}`,
          }))}
          defaultValues={{
            id: meeting.id,
            version: meeting.version,
            sequenceNumber: meeting.sequenceNumber,
            title: meeting.title,
            theme: meeting.theme ?? "",
            venue: meeting.venue,
            timeZone: timeZoneOf(meeting.timeZone),
            startsOn: meeting.startsOn ?? "",
            endsOn: meeting.endsOn ?? "",
            scSessionId: meeting.scSessionId ?? "",
          }}
        />
      </div>
    </PageMessages>
  );
}
