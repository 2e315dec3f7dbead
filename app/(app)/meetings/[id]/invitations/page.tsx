import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { organizationKinds } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { addDays } from "@/lib/calendar/days";
import { readClock } from "@/lib/clock";
import { formatInstant } from "@/lib/i18n/format";
import { getInvitationOverview } from "@/lib/invitations/queries";
import { invitationFilterSchema } from "@/lib/invitations/schemas";
import { instantToVenueTime } from "@/lib/meetings/deadlines";
import { getMeeting } from "@/lib/meetings/queries";
import { orNotFound } from "@/lib/not-found";

import { AttendanceForm } from "./attendance-form";
import { OpenInvitationsForm } from "./open-invitations-form";
import { RemindersButton } from "./reminders-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invitations");
  return { title: t("title") };
}

const statusTone = { pending: "warning", confirmed: "success", declined: "neutral" } as const;

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
    readClock(db),
    orNotFound(getInvitationOverview(db, viewer, id, filter)),
    orNotFound(getMeeting(db, viewer, id)),
  ]);
  const { counts, rows, uninvited } = overview;
  const replyDeadline = meeting.deadlines.find((d) => d.kind === "invitation_replies");
  const defaultDeadline = replyDeadline
    ? instantToVenueTime(replyDeadline.dueAt, meeting.timeZone)
    : meeting.startsOn
      ? `${addDays(meeting.startsOn, -28)}T18:00`
      : "";
  const held = !!meeting.startsOn && meeting.startsOn <= clock.today;
  const filtered = !!(filter.status || filter.kind);
  const canInvite =
    meeting.status !== "held" && meeting.status !== "concluded" && !!meeting.startsOn;

  return (
    <>
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
          <div className="page-header" style={{ marginBottom: "0.75rem" }}>
            <h2 id="replies-heading">{t("repliesHeading")}</h2>
            {counts.pending > 0 && !held ? (
              <RemindersButton meetingId={meeting.id} pending={counts.pending} />
            ) : null}
          </div>
          <search aria-label={t("filterLabel")}>
            <form className="filters" method="get">
              <div className="field">
                <label htmlFor="status">{t("status")}</label>
                <select id="status" name="status" defaultValue={filter.status ?? ""}>
                  <option value="">{t("allStatuses")}</option>
                  {(["pending", "confirmed", "declined"] as const).map((s) => (
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
          {rows.length === 0 ? (
            <div className="card">
              <EmptyState title={t("emptyFiltered")} />
            </div>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t("repliesHeading")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("organization")}</th>
                    <th scope="col">{t("status")}</th>
                    <th scope="col">{t("representation")}</th>
                    <th scope="col">{t("delegation")}</th>
                    <th scope="col">{t("lastReply")}</th>
                    <th scope="col">{t("focalPoint")}</th>
                    {held ? <th scope="col">{t("actual")}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <Link href={`/invitations/${row.id}`}>{row.organizationName}</Link>
                        <div className="muted">{kinds(row.kind)}</div>
                      </td>
                      <td>
                        <StatusBadge tone={statusTone[row.status]}>
                          {statuses(row.status)}
                        </StatusBadge>
                        {row.enteredBySecretariat ? (
                          <div className="muted">{t("enteredBySecretariat")}</div>
                        ) : null}
                      </td>
                      <td>
                        {row.representationLevel ? levels(row.representationLevel) : "—"}
                        {row.headAttending ? <div>{t("headAttends")}</div> : null}
                      </td>
                      <td>{row.status === "confirmed" ? row.delegationSize : "—"}</td>
                      <td>
                        {row.repliedAt
                          ? formatInstant(format, row.repliedAt, viewer.timeZone)
                          : "—"}
                        {row.lastRemindedAt ? (
                          <div className="muted">
                            {t("remindedAt", {
                              when: formatInstant(format, row.lastRemindedAt, viewer.timeZone),
                            })}
                          </div>
                        ) : null}
                      </td>
                      <td>
                        {row.focalPoints.length > 0 ? (
                          row.focalPoints.join(", ")
                        ) : (
                          <StatusBadge tone="danger">{t("noFocalPoint")}</StatusBadge>
                        )}
                      </td>
                      {held ? (
                        <td>
                          {row.attended === null
                            ? "—"
                            : row.attended
                              ? row.headPresent
                                ? t("presentWithHead")
                                : t("present")
                              : t("absent")}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : !canInvite ? (
        <div className="card">
          <EmptyState title={t("noInvitations")} />
        </div>
      ) : null}

      {held && counts && counts.invited > 0 ? (
        <section
          className="card"
          aria-labelledby="attendance-heading"
          style={{ marginTop: "1.25rem" }}
        >
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
    </>
  );
}
