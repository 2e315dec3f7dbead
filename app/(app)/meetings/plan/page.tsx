import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { isIsoDate } from "@/lib/calendar/days";
import { listRegionalCouncilMeetings } from "@/lib/calendar/queries";
import { readClock } from "@/lib/clock";
import { formatDay } from "@/lib/i18n/format";
import { proposeNextMeeting } from "@/lib/meetings/planning";
import { proposalOptionsSchema } from "@/lib/meetings/schemas";
import { defaultMeetingTitle } from "@/lib/meetings/titles";
import { DateWarnings } from "../date-warnings";
import { MeetingForm } from "../meeting-form";

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
    readClock(db),
    proposeNextMeeting(db, viewer, options),
    listRegionalCouncilMeetings(db, viewer),
  ]);
  const chosenStart =
    typeof params.start === "string" && isIsoDate(params.start) ? params.start : "";
  const chosenEnd =
    typeof params.end === "string" && isIsoDate(params.end) ? params.end : chosenStart;
  const chosenCouncil = typeof params.sc === "string" ? params.sc : "";
  const chooseLink = (c: (typeof proposals.candidates)[number]) => {
    const q = new URLSearchParams(
      Object.entries(params).flatMap(([k, v]) =>
        typeof v === "string" && !["start", "end", "sc"].includes(k) ? [[k, v]] : [],
      ),
    );
    q.set("start", c.startsOn);
    q.set("end", c.endsOn);
    q.set("sc", c.council.id);
    return `/meetings/plan?${q.toString()}#plan-form`;
  };

  return (
    <>
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
          <div className="field" style={{ minWidth: 140 }}>
            <label htmlFor="distance">{t("distance")}</label>
            <select id="distance" name="distance" defaultValue={String(proposals.distance)}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {t("workingDays", { count: n })}
                </option>
              ))}
            </select>
          </div>
          <div className="field" style={{ minWidth: 140 }}>
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
        {proposals.candidates.length === 0 ? (
          <EmptyState title={t("noCandidates")}>
            <p>
              <Link href="/calendar">{t("noCandidatesHint")}</Link>
            </p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("candidatesHeading")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("rank")}</th>
                  <th scope="col">{t("dates")}</th>
                  <th scope="col">{t("councilMeeting")}</th>
                  <th scope="col">{t("rhythm")}</th>
                  <th scope="col">{t("reasons")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("choose")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {proposals.candidates.map((c, i) => {
                  const dates =
                    c.startsOn === c.endsOn
                      ? format.dateTime(new Date(`${c.startsOn}T12:00:00Z`), {
                          dateStyle: "full",
                          timeZone: "UTC",
                        })
                      : format.dateTimeRange(
                          new Date(`${c.startsOn}T12:00:00Z`),
                          new Date(`${c.endsOn}T12:00:00Z`),
                          {
                            dateStyle: "medium",
                            timeZone: "UTC",
                          },
                        );
                  return (
                    <tr key={`${c.startsOn}-${c.council.id}`}>
                      <td>{i + 1}</td>
                      <td>
                        <strong>{dates}</strong>
                        <div className="muted">
                          {c.offset < 0
                            ? t("daysBefore", { count: -c.offset })
                            : t("daysAfter", { count: c.offset })}
                        </div>
                      </td>
                      <td>
                        {formatDay(format, c.council.meetingDate, "medium")}
                        {c.council.meetingNumber
                          ? ` · ${t("meetingNumber", { number: c.council.meetingNumber, label: String(c.council.meetingNumber) })}`
                          : ""}
                        <div className="muted">{c.council.title}</div>
                      </td>
                      <td>
                        {c.monthsSincePrevious !== null
                          ? t("months", { months: c.monthsSincePrevious })
                          : "—"}
                      </td>
                      <td>
                        <DateWarnings warnings={c.warnings} compact />
                      </td>
                      <td>
                        <Link className="button secondary" href={chooseLink(c)}>
                          {t("useDates")}
                          <span className="visually-hidden"> {dates}</span>
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="plan-form-heading" id="plan-form">
        <h2 id="plan-form-heading">{t("formHeading", { number: proposals.sequenceNumber })}</h2>
        <p className="muted">{t("formExplanation")}</p>
        <MeetingForm
          key={`${chosenStart}-${chosenEnd}-${chosenCouncil}`}
          today={clock.today}
          councilMeetings={council.map((c) => ({
            id: c.id,
            label: `${formatDay(format, c.meetingDate, "medium")}${c.meetingNumber ? ` (${c.meetingNumber})` : ""} · ${c.title}`,
          }))}
          defaultValues={{
            sequenceNumber: proposals.sequenceNumber,
            title: defaultMeetingTitle(proposals.sequenceNumber),
            theme: "",
            venue: "United Nations Headquarters, New York",
            timeZone: "America/New_York",
            startsOn: chosenStart,
            endsOn: chosenEnd,
            scSessionId: council.some((c) => c.id === chosenCouncil) ? chosenCouncil : "",
          }}
        />
      </section>
    </>
  );
}
