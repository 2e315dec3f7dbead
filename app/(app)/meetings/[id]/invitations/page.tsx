import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { invitationStatusTone } from "@/app/(app)/invitations/status-tone";
import { getDb } from "@/db/client";
import { invitationStatuses, organizationKinds } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { getInvitationOverview } from "@/lib/invitations/queries";
import { invitationFilterSchema } from "@/lib/invitations/schemas";
import {
  attendanceWindow,
  invitationWindow,
  proposedReplyDeadline,
  reminderWindow,
} from "@/lib/invitations/windows";
import { getMeeting } from "@/lib/meetings/queries";
import { orNotFound } from "@/lib/not-found";
import { requestClock } from "@/lib/request";
import { AttendanceForm } from "./attendance-form";
import { OpenInvitationsForm } from "./open-invitations-form";
import { RemindersButton } from "./reminders-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations");
  return { title: t("title") };
}

export default async function InvitationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const { id } = await params;
  const filter = invitationFilterSchema.parse(await searchParams);
  const db = await getDb();
  const [t, statuses, levels, kinds, format, clock, overview, meeting] = await Promise.all([
    getTranslations("invitations"),
    getTranslations("invitationStatus"),
    getTranslations("representationLevels"),
    getTranslations("organizationKinds"),
    getFormatter(),
    requestClock(),
    orNotFound(getInvitationOverview(db, viewer, id, filter)),
    orNotFound(getMeeting(db, viewer, id)),
  ]);
  const { counts, rows, uninvited } = overview;
  const defaultDeadline = proposedReplyDeadline({
    ...meeting,
    replyDeadline: meeting.deadlines.find((d) => d.kind === "invitation_replies")?.dueAt ?? null,
  });
  // The same rules the commands apply (lib/invitations/windows.ts).
  const canInvite = invitationWindow(meeting).open;
  const canRemind = reminderWindow(meeting, clock).open;
  const attendanceOpen = attendanceWindow(meeting, clock).open;
  const filtered = !!(filter.status || filter.kind);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    {
      key: "organization",
      header: t("organization"),
      cell: (row) => (
        <>
          <Link href={`/invitations/${row.id}`}>{row.organizationName}</Link>
          <div className="muted">{kinds(row.kind)}</div>
        </>
      ),
    },
    {
      key: "status",
      header: t("status"),
      cell: (row) => (
        <>
          <StatusBadge tone={invitationStatusTone[row.status]}>{statuses(row.status)}</StatusBadge>
          {row.enteredBySecretariat ? (
            <div className="muted">{t("enteredBySecretariat")}</div>
          ) : null}
        </>
      ),
    },
    {
      key: "representation",
      header: t("representation"),
      cell: (row) => (
        <>
          {row.representationLevel ? levels(row.representationLevel) : "—"}
          {row.headAttending ? <div>{t("headAttends")}</div> : null}
        </>
      ),
    },
    {
      key: "delegation",
      header: t("delegation"),
      cell: (row) => (row.status === "confirmed" ? row.delegationSize : "—"),
    },
    {
      key: "lastReply",
      header: t("lastReply"),
      cell: (row) => (
        <>
          {row.repliedAt ? formatInstant(format, row.repliedAt, viewer.timeZone) : "—"}
          {row.lastRemindedAt ? (
            <div className="muted">
              {t("remindedAt", {
                when: formatInstant(format, row.lastRemindedAt, viewer.timeZone),
              })}
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: "focalPoint",
      header: t("focalPoint"),
      cell: (row) =>
        row.focalPoints.length > 0 ? (
          row.focalPoints.join(", ")
        ) : (
          <StatusBadge tone="danger">{t("noFocalPoint")}</StatusBadge>
        ),
    },
  ];
  if (attendanceOpen) {
    columns.push({
      key: "actual",
      header: t("actual"),
      cell: (row) =>
        row.attended === null
          ? "—"
          : row.attended
            ? row.headPresent
              ? t("presentWithHead")
              : t("present")
            : t("absent"),
    });
  }

  return (
    <PageMessages namespaces={["invitationStatus", "invitations"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/meetings">{t("meetings")}</Link> ›{" "}
        <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </nav>
      <PageHeader
        title={t("heading", { meeting: meeting.title })}
        actions={
          counts && counts.confirmed > 0 ? (
            <>
              <Link className="button secondary" href={`/meetings/${meeting.id}/participants`}>
                {t("participantsPage")}
              </Link>
              <a
                className="button secondary"
                href={`/meetings/${meeting.id}/participants.csv`}
                download
              >
                {t("participantsCsv")}
              </a>
            </>
          ) : null
        }
      />

      {counts && counts.invited > 0 ? (
        <section aria-labelledby="counts-heading">
          <h2 id="counts-heading" className="visually-hidden">
            {t("countsHeading")}
          </h2>
          <div className="grid">
            {(["invited", "confirmed", "declined", "pending", "headsAttending"] as const).map(
              (key) => (
                <div className="stat" key={key}>
                  <div className="value" data-count={key}>
                    {counts[key]}
                  </div>
                  <div className="label">{t(`counts.${key}`)}</div>
                </div>
              ),
            )}
          </div>
        </section>
      ) : null}

      {/* Stays mounted once everyone is invited, so the confirmation remains on screen. */}
      {canInvite ? (
        <section className="card" aria-labelledby="open-heading">
          <h2 id="open-heading">
            {counts && counts.invited > 0 ? t("inviteMore") : t("openHeading")}
          </h2>
          <OpenInvitationsForm
            meetingId={meeting.id}
            organizations={uninvited}
            defaultDeadline={defaultDeadline}
            timeZone={meeting.timeZone}
          />
        </section>
      ) : null}

      {counts && counts.invited > 0 ? (
        <section aria-labelledby="replies-heading">
          <div className="page-header compact">
            <h2 id="replies-heading">{t("repliesHeading")}</h2>
            {counts.pending > 0 && canRemind ? (
              <RemindersButton meetingId={meeting.id} pending={counts.pending} />
            ) : null}
          </div>
          <search aria-label={t("filterLabel")}>
            <form className="filters" method="get">
              <div className="field">
                <label htmlFor="status">{t("status")}</label>
                <select id="status" name="status" defaultValue={filter.status ?? ""}>
                  <option value="">{t("allStatuses")}</option>
                  {invitationStatuses.map((s) => (
                    <option key={s} value={s}>
                      {statuses(s)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="kind">{t("kind")}</label>
                <select id="kind" name="kind" defaultValue={filter.kind ?? ""}>
                  <option value="">{t("allKinds")}</option>
                  {organizationKinds.map((k) => (
                    <option key={k} value={k}>
                      {kinds(k)}
                    </option>
                  ))}
                </select>
              </div>
              <FilterActions
                filtered={filtered}
                clearHref={`/meetings/${meeting.id}/invitations`}
              />
            </form>
          </search>
          <DataTable
            caption={t("repliesHeading")}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
            empty={{ title: t("emptyFiltered") }}
          />
        </section>
      ) : !canInvite ? (
        <div className="card">
          <EmptyState title={t("noInvitations")} />
        </div>
      ) : null}

      {attendanceOpen && counts && counts.invited > 0 ? (
        <section className="card mt-l" aria-labelledby="attendance-heading">
          <h2 id="attendance-heading">{t("attendanceHeading")}</h2>
          <p className="muted">
            {t("attendanceSummary", {
              confirmed: counts.confirmed,
              attended: counts.attended,
              heads: counts.headsAttending,
              headsPresent: counts.headsPresent,
            })}
          </p>
          <AttendanceForm
            // A filter shows other rows: the form starts again from them.
            key={`${filter.status ?? ""}-${filter.kind ?? ""}`}
            meetingId={meeting.id}
            rows={rows.map((r) => ({
              invitationId: r.id,
              organizationName: r.organizationName,
              status: r.status,
              attended: r.attended ?? r.status === "confirmed",
              headPresent: r.headPresent ?? !!r.headAttending,
            }))}
          />
        </section>
      ) : null}
    </PageMessages>
  );
}
