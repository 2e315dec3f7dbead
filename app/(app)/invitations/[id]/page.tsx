import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatInstant, formatMeetingDates } from "@/lib/i18n/format";
import { getInvitation } from "@/lib/invitations/queries";
import { replyWindow } from "@/lib/invitations/windows";
import { orNotFound } from "@/lib/not-found";
import { requestClock } from "@/lib/request";
import { invitationStatusTone } from "../status-tone";
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
    requestClock(),
    orNotFound(getInvitation(db, viewer, id)),
  ]);
  // The same answer the reply command gives: open, or closed and why.
  const replying = replyWindow(invitation, viewer, clock);

  return (
    <PageMessages namespaces={["reply", "representationLevels"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${invitation.meetingId}`}>{invitation.meetingTitle}</Link>
        {replying.onBehalf ? (
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
          <StatusBadge tone={invitationStatusTone[invitation.status]}>
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
            {replying.deadlinePassed ? (
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
        {replying.open ? (
          <>
            {replying.onBehalf ? <p className="muted">{t("onBehalf")}</p> : null}
            <ReplyForm
              onBehalf={replying.onBehalf}
              defaultValues={{
                invitationId: invitation.id,
                version: invitation.version,
                attending:
                  invitation.status === "declined"
                    ? false
                    : invitation.status === "confirmed"
                      ? true
                      : undefined,
                representationLevel: invitation.representationLevel ?? "",
                headName: invitation.headName ?? invitation.organizationHeadName ?? "",
                headTitle: invitation.headTitle ?? invitation.organizationHeadTitle ?? "",
                // No empty row to begin with: "Add a member" adds one.
                delegation: invitation.delegation,
                remarks: invitation.remarks ?? "",
              }}
            />
          </>
        ) : (
          <p>
            {replying.reason === "meetingAlreadyHeld" ? t("closedMeeting") : t("closedDeadline")}
          </p>
        )}
      </section>
    </PageMessages>
  );
}
