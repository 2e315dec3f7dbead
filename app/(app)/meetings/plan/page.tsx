import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listRegionalCouncilMeetings } from "@/lib/calendar/queries";
import { formatDay } from "@/lib/i18n/format";
import { candidateChoiceFrom, candidateHref } from "@/lib/meetings/candidate-choice";
import { proposeNextMeeting } from "@/lib/meetings/planning";
import { proposalOptionsSchema } from "@/lib/meetings/schemas";
import { defaultMeetingTitle } from "@/lib/meetings/titles";
import { requestClock } from "@/lib/request";
import { DateWarnings } from "../date-warnings";
import { PlanMeetingForm } from "../meeting-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("planning");
  return { title: t("title") };
}

export default async function PlanMeetingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const t = await getTranslations("planning");
  if (!can(viewer, "meeting.plan")) {
    return (
      <>
        <PageHeader title={t("title")} />
        <div className="alert error">{t("forbidden")}</div>
      </>
    );
  }
  const params = await searchParams;
  const options = proposalOptionsSchema.parse(params);
  const db = await getDb();
  const [format, clock, proposals, council] = await Promise.all([
    getFormatter(),
    requestClock(),
    proposeNextMeeting(db, viewer, options),
    listRegionalCouncilMeetings(db, viewer),
  ]);
  const choice = candidateChoiceFrom(
    params,
    council.map((c) => c.id),
  );
  const rows = proposals.candidates.map((candidate, i) => ({ ...candidate, rank: i + 1 }));
  const datesOf = (c: { startsOn: string; endsOn: string }) =>
    c.startsOn === c.endsOn
      ? format.dateTime(new Date(`${c.startsOn}T12:00:00Z`), {
          dateStyle: "full",
          timeZone: "UTC",
        })
      : format.dateTimeRange(
          new Date(`${c.startsOn}T12:00:00Z`),
          new Date(`${c.endsOn}T12:00:00Z`),
          { dateStyle: "medium", timeZone: "UTC" },
        );

  return (
    <PageMessages namespaces={["planning"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/meetings">{t("meetings")}</Link>
      </nav>
      <PageHeader
        title={t("title")}
        description={t("description", { number: proposals.sequenceNumber })}
      />

      <section className="card" aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">{t("candidatesHeading")}</h2>
        <p className="muted">
          {proposals.window
            ? t("windowExplanation", {
                from: formatDay(format, proposals.window.from),
                to: formatDay(format, proposals.window.to),
                distance: proposals.distance,
              })
            : t("noPrevious")}
        </p>
        <form className="filters" method="get" aria-label={t("optionsLabel")}>
          <div className="field">
            <label htmlFor="from">{t("windowFrom")}</label>
            <input id="from" name="from" type="date" defaultValue={proposals.window?.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="to">{t("windowTo")}</label>
            <input id="to" name="to" type="date" defaultValue={proposals.window?.to ?? ""} />
          </div>
          <div className="field compact">
            <label htmlFor="distance">{t("distance")}</label>
            <select id="distance" name="distance" defaultValue={String(proposals.distance)}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {t("workingDays", { count: n })}
                </option>
              ))}
            </select>
          </div>
          <div className="field compact">
            <label htmlFor="days">{t("duration")}</label>
            <select id="days" name="days" defaultValue={String(proposals.durationDays)}>
              {[1, 2, 3].map((n) => (
                <option key={n} value={n}>
                  {t("days", { count: n })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button secondary">
            {t("propose")}
          </button>
        </form>
        <DataTable
          caption={t("candidatesHeading")}
          rows={rows}
          rowKey={(c) => `${c.startsOn}-${c.council.id}`}
          empty={{
            title: t("noCandidates"),
            children: (
              <p>
                <Link href="/calendar">{t("noCandidatesHint")}</Link>
              </p>
            ),
          }}
          columns={[
            { key: "rank", header: t("rank"), cell: (c) => c.rank },
            {
              key: "dates",
              header: t("dates"),
              cell: (c) => (
                <>
                  <strong>{datesOf(c)}</strong>
                  <div className="muted">
                    {c.offset < 0
                      ? t("daysBefore", { count: -c.offset })
                      : t("daysAfter", { count: c.offset })}
                  </div>
                </>
              ),
            },
            {
              key: "council",
              header: t("councilMeeting"),
              cell: (c) => (
                <>
                  {formatDay(format, c.council.meetingDate, "medium")}
                  {c.council.meetingNumber
                    ? ` · ${t("meetingNumber", { number: c.council.meetingNumber, label: String(c.council.meetingNumber) })}`
                    : ""}
                  <div className="muted">{c.council.title}</div>
                </>
              ),
            },
            {
              key: "rhythm",
              header: t("rhythm"),
              cell: (c) =>
                c.monthsSincePrevious !== null
                  ? t("months", { months: c.monthsSincePrevious })
                  : "—",
            },
            {
              key: "reasons",
              header: t("reasons"),
              cell: (c) => <DateWarnings warnings={c.warnings} compact />,
            },
            {
              key: "choose",
              header: <span className="visually-hidden">{t("choose")}</span>,
              cell: (c) => (
                <Link className="button secondary" href={candidateHref(params, c)}>
                  {t("useDates")}
                  <span className="visually-hidden"> {datesOf(c)}</span>
                </Link>
              ),
            },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="plan-form-heading" id="plan-form">
        <h2 id="plan-form-heading">{t("formHeading", { number: proposals.sequenceNumber })}</h2>
        <p className="muted">{t("formExplanation")}</p>
        <PlanMeetingForm
          today={clock.today}
          councilMeetings={council.map((c) => ({
            id: c.id,
            label: `${formatDay(format, c.meetingDate, "medium")}${c.meetingNumber ? ` (${c.meetingNumber})` : ""} · ${c.title}`,
          }))}
          choice={choice}
          defaultValues={{
            sequenceNumber: proposals.sequenceNumber,
            title: defaultMeetingTitle(proposals.sequenceNumber),
            theme: "",
            venue: "United Nations Headquarters, New York",
            timeZone: "America/New_York",
            startsOn: choice?.startsOn ?? "",
            endsOn: choice?.endsOn ?? "",
            scSessionId: choice?.scSessionId ?? "",
          }}
        />
      </section>
    </PageMessages>
  );
}
