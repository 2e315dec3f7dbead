import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { hasRole } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { readClock } from "@/lib/clock";
import { formatInstant, formatMeetingDates } from "@/lib/i18n/format";
import { getInvitation } from "@/lib/invitations/queries";
import { orNotFound } from "@/lib/not-found";
import { ReplyForm } from "./reply-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reply");
  return { title: t("title") };
}

export default async function InvitationPage({ params }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const [t, statuses, levels, format, clock, invitation] = await Promise.all([
    getTranslations("reply"),
    getTranslations("invitationStatus"),
    getTranslations("representationLevels"),
    getFormatter(),
    readClock(db),
    orNotFound(getInvitation(db, viewer, id)),
  ]);
  const secretariat = hasRole(viewer, "secretariat");
  const deadlinePassed = !!invitation.replyDeadline && clock.now > invitation.replyDeadline;
  const closed = invitation.meetingStatus === "held" || invitation.meetingStatus === "concluded";
  const mayReply = secretariat || (!deadlinePassed && !closed);

  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${invitation.meetingId}`}>{invitation.meetingTitle}</Link>
        {secretariat ? (
          <>
            {" "}
            › <Link href={`/meetings/${invitation.meetingId}/invitations`}>{t("allReplies")}</Link>
          </>
        ) : null}
      </nav>
      <PageHeader
        title={t("heading", { organization: invitation.organizationName })}
        description={`${invitation.meetingTitle} · ${formatMeetingDates(format, { ...invitation, datesApproximate: false })} · ${invitation.venue}`}
        actions={
          <StatusBadge
            tone={
              invitation.status === "confirmed"
                ? "success"
                : invitation.status === "pending"
                  ? "warning"
                  : "neutral"
            }
          >
            <span className="visually-hidden">{t("statusLabel")}: </span>
            {statuses(invitation.status)}
          </StatusBadge>
        }
      />
      <section className="card" aria-labelledby="state-heading">
        <h2 id="state-heading">{t("stateHeading")}</h2>
        <dl className="facts">
          <dt>{t("deadline")}</dt>
          <dd>
            {invitation.replyDeadline
              ? formatInstant(format, invitation.replyDeadline, viewer.timeZone)
              : "—"}
            {deadlinePassed ? (
              <>
                {" "}
                <StatusBadge tone="danger">{t("deadlinePassed")}</StatusBadge>
              </>
            ) : null}
          </dd>
          <dt>{t("lastReply")}</dt>
          <dd>
            {invitation.repliedAt
              ? t("repliedBy", {
                  name: invitation.repliedByName ?? "—",
                  when: formatInstant(format, invitation.repliedAt, viewer.timeZone),
                })
              : t("noReplyYet")}
            {invitation.enteredBySecretariat ? (
              <div className="muted">{t("enteredBySecretariat")}</div>
            ) : null}
          </dd>
          {invitation.status === "confirmed" && invitation.representationLevel ? (
            <>
              <dt>{t("representation")}</dt>
              <dd>
                {levels(invitation.representationLevel)}
                {invitation.headAttending
                  ? ` · ${t("headAttendsNamed", { name: invitation.headName ?? "" })}`
                  : ""}
              </dd>
              <dt>{t("delegation")}</dt>
              <dd>{t("delegationCount", { count: invitation.delegation.length })}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="card" aria-labelledby="reply-heading">
        <h2 id="reply-heading">
          {invitation.status === "pending" ? t("replyHeading") : t("changeHeading")}
        </h2>
        {mayReply ? (
          <>
            {secretariat ? <p className="muted">{t("onBehalf")}</p> : null}
            <ReplyForm
              onBehalf={secretariat}
              defaultValues={{
                invitationId: invitation.id,
                version: invitation.version,
                attending:
                  invitation.status === "declined"
                    ? false
                    : invitation.status === "confirmed"
                      ? true
                      : undefined,
                representationLevel: invitation.representationLevel ?? undefined,
                headAttending: !!invitation.headAttending,
                headName: invitation.headName ?? invitation.organizationHeadName ?? "",
                headTitle: invitation.headTitle ?? invitation.organizationHeadTitle ?? "",
                delegation:
                  invitation.delegation.length > 0
                    ? invitation.delegation
                    : [{ name: "", title: "", email: "" }],
                remarks: invitation.remarks ?? "",
              }}
            />
          </>
        ) : (
          <p>{closed ? t("closedMeeting") : t("closedDeadline")}</p>
        )}
      </section>
    </>
  );
}
