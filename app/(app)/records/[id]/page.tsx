import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatDay, formatInstant } from "@/lib/i18n/format";
import { ROWS_SHOWN } from "@/lib/lists/first-rows";
import { instantToVenueTime } from "@/lib/meetings/deadlines";
import { getMeeting } from "@/lib/meetings/queries";
import { orNotFound } from "@/lib/not-found";
import { circulationChoices, getRecord } from "@/lib/records/queries";
import { recordLanguageOf } from "@/lib/records/schemas";
import {
  circulationBlocker,
  deleteBlocker,
  finalizeBlocker,
  reviseBlocker,
} from "@/lib/records/stages";
import { readOncePerRequest, requestClock } from "@/lib/request";
import { dispositionTone, RecordParagraphs, recordStatusTone } from "../record-parts";
import { CirculateForm, CommentForm, EditRecordForm, RecordSteps } from "./record-forms";
import { VersionsSection } from "./versions-section";

/** The record, read once per request for both the title and the page. */
const loadRecord = readOncePerRequest(getRecord);

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Its first comments unless all are asked for (?comments=all): a record gathers hundreds. */
const commentsRead = async (searchParams: Props["searchParams"]) =>
  (await searchParams).comments === "all" ? {} : { firstComments: ROWS_SHOWN };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { record } = await orNotFound(
    loadRecord((await params).id, await commentsRead(searchParams)),
  );
  return { title: record.title };
}

/** A record of a meeting: its text, and the step of its life that the viewer may take. */
export default async function RecordPage({ params, searchParams }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const db = await getDb();
  const clock = await requestClock();
  const [t, kinds, statuses, dispositions, languages, format, view] = await Promise.all([
    getTranslations("records"),
    getTranslations("recordKinds"),
    getTranslations("recordStatus"),
    getTranslations("commentDispositions"),
    getTranslations("languages"),
    getFormatter(),
    orNotFound(loadRecord(id, await commentsRead(searchParams))),
  ]);
  const { record, text, manage, window, circulation, comments, versions } = view;
  const { commentCount, pendingComments: pending } = view;
  const zone = record.meetingTimeZone;
  const when = (instant: Date) => formatInstant(format, instant, viewer.timeZone);
  const isDraft = manage && record.status === "draft";

  // The secretariat's next steps, offered on the rules the commands enforce.
  const steps: ("revise" | "finalize" | "delete")[] = [];
  if (manage) {
    if (!reviseBlocker(record.status)) steps.push("revise");
    if (
      !finalizeBlocker(
        {
          status: record.status,
          paragraphs: text.paragraphs.length,
          commentDeadline: record.commentDeadline,
        },
        pending,
        clock,
      )
    )
      steps.push("finalize");
    if (!deleteBlocker(record.status, versions.length)) steps.push("delete");
  }
  const finalizeWhy = manage
    ? finalizeBlocker(
        {
          status: record.status,
          paragraphs: text.paragraphs.length,
          commentDeadline: record.commentDeadline,
        },
        pending,
        clock,
      )
    : null;
  const circulateWhy = isDraft
    ? circulationBlocker(
        { status: record.status, paragraphs: text.paragraphs.length },
        { status: record.meetingStatus },
      )
    : null;
  const [choices, meeting] =
    isDraft && !circulateWhy
      ? await Promise.all([
          circulationChoices(db, viewer, record.meetingId),
          getMeeting(db, viewer, record.meetingId),
        ])
      : [[], null];
  const commentsDeadline = meeting?.deadlines.find((d) => d.kind === "record_comments")?.dueAt;
  const defaultDeadline =
    commentsDeadline && commentsDeadline > clock.now
      ? instantToVenueTime(commentsDeadline, zone)
      : "";

  return (
    <PageMessages namespaces={["languages", "recordKinds", "records"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href={`/meetings/${record.meetingId}`}>{record.meetingTitle}</Link>
      </nav>
      <PageHeader
        title={record.title}
        description={`${kinds(record.kind)} · ${record.meetingTitle}`}
        actions={
          <>
            <StatusBadge tone={recordStatusTone[text.stage]}>
              <span className="visually-hidden">{t("status")}: </span>
              {statuses(text.stage)}
            </StatusBadge>
            {text.version !== null ? (
              <Link className="button secondary" href={`/records/${record.id}/print`}>
                {t("printable")}
              </Link>
            ) : null}
            {manage && versions.some((v) => v.stage === "circulated") ? (
              <Link className="button secondary" href={`/records/${record.id}/comments`}>
                {t("matrixLink", { count: commentCount })}
              </Link>
            ) : null}
          </>
        }
      />

      <section className="card" aria-labelledby="particulars-heading">
        <h2 id="particulars-heading">{t("particulars")}</h2>
        <dl className="facts">
          <dt>{t("fields.symbol")}</dt>
          <dd>{text.symbol ?? "—"}</dd>
          <dt>{t("fields.issuedOn")}</dt>
          <dd>{record.issuedOn ? formatDay(format, record.issuedOn) : "—"}</dd>
          <dt>{t("fields.originalLanguage")}</dt>
          <dd>{languages(recordLanguageOf(record.originalLanguage))}</dd>
          <dt>{t("shownVersion")}</dt>
          <dd>
            {text.version === null
              ? t("workingDraft", { version: versions.length + 1 })
              : t("versionStage", { version: text.version, stage: statuses(text.stage) })}
          </dd>
          {record.status === "circulated" && record.commentDeadline ? (
            <>
              <dt>{t("commentDeadline")}</dt>
              <dd>
                {formatInstant(format, record.commentDeadline, zone)}
                {viewer.timeZone !== zone ? (
                  <span className="muted"> · {when(record.commentDeadline)}</span>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {!manage && text.stage === "circulated" && record.status === "draft" ? (
        <p className="alert warning" role="note">
          {t("beingRevised", { version: text.version ?? 1 })}
        </p>
      ) : null}

      {isDraft ? (
        <section className="card" aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t("editHeading")}</h2>
          <p className="muted">{t("editExplanation")}</p>
          <EditRecordForm
            defaultValues={{
              recordId: record.id,
              version: record.version,
              kind: record.kind,
              title: record.title,
              symbol: record.symbol ?? "",
              issuedOn: record.issuedOn ?? "",
              originalLanguage: recordLanguageOf(record.originalLanguage),
              paragraphs: text.paragraphs.map((p) => ({ text: p.text })),
            }}
          />
        </section>
      ) : (
        <section className="card" aria-labelledby="text-heading">
          <h2 id="text-heading">{t("textHeading")}</h2>
          <RecordParagraphs paragraphs={text.paragraphs} />
        </section>
      )}

      {isDraft ? (
        <section className="card" aria-labelledby="circulate-heading">
          <h2 id="circulate-heading">{t("circulateHeading")}</h2>
          {circulateWhy ? (
            <p className="muted">{t(`why.${circulateWhy}`)}</p>
          ) : (
            <CirculateForm
              // A new version of the draft is a fresh form.
              key={record.version}
              recordId={record.id}
              version={record.version}
              organizations={choices}
              defaultDeadline={defaultDeadline}
              timeZone={zone}
            />
          )}
        </section>
      ) : null}

      {manage && circulation ? (
        <section className="card" aria-labelledby="circulation-heading">
          <h2 id="circulation-heading">
            {t("circulationHeading", { version: circulation.version })}
          </h2>
          <p>
            {t("circulationSummary", {
              date: when(circulation.circulatedAt),
              count: circulation.recipients.length,
              deadline: circulation.deadline
                ? formatInstant(format, circulation.deadline, zone)
                : "—",
            })}
          </p>
          <div className="two-columns">
            <div>
              <h3>{t("haveCommented", { count: circulation.commented.length })}</h3>
              {circulation.commented.length === 0 ? (
                <p className="muted">{t("nobodyYet")}</p>
              ) : (
                <ul className="plain-list">
                  {circulation.commented.map((o) => (
                    <li key={o.id}>
                      {o.name}{" "}
                      <span className="muted">({t("commentsCount", { count: o.comments })})</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>{t("haveNotCommented", { count: circulation.silent.length })}</h3>
              {circulation.silent.length === 0 ? (
                <p className="muted">{t("everyoneCommented")}</p>
              ) : (
                <ul className="plain-list">
                  {circulation.silent.map((o) => (
                    <li key={o.id}>{o.name}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </section>
      ) : null}

      {manage && record.status !== "final" ? (
        <section className="card" aria-labelledby="steps-heading">
          <h2 id="steps-heading">{t("stepsHeading")}</h2>
          {record.status === "circulated" ? (
            <p className="muted">{t("reviseExplanation")}</p>
          ) : null}
          {finalizeWhy && finalizeWhy !== "recordFinal" ? (
            <p className="muted">{t(`why.${finalizeWhy}`)}</p>
          ) : null}
          <RecordSteps
            key={`${record.status}-${record.version}`}
            recordId={record.id}
            meetingId={record.meetingId}
            version={record.version}
            steps={steps}
          />
        </section>
      ) : null}

      {window.organizations.length > 0 ? (
        <section className="card" aria-labelledby="comment-heading">
          <h2 id="comment-heading">{t("commentHeading")}</h2>
          {window.open ? (
            <>
              <p className="muted">
                {t("commentExplanation", {
                  deadline: window.deadline
                    ? formatInstant(format, window.deadline, viewer.timeZone)
                    : "—",
                })}
              </p>
              <CommentForm
                recordId={record.id}
                organizations={window.organizations}
                paragraphs={text.paragraphs}
              />
            </>
          ) : (
            <p className="muted">{t(`why.${window.reason ?? "recordNotCirculated"}`)}</p>
          )}
        </section>
      ) : null}

      {commentCount > 0 || window.organizations.length > 0 ? (
        <section aria-labelledby="comments-heading" className="mb-l">
          <h2 id="comments-heading">{manage ? t("allComments") : t("ownComments")}</h2>
          <DataTable
            caption={manage ? t("allComments") : t("ownComments")}
            rows={comments}
            rowKey={(c) => c.id}
            empty={{ title: t("noComments") }}
            columns={[
              { key: "version", header: t("version"), cell: (c) => c.textVersion },
              { key: "paragraph", header: t("paragraph"), cell: (c) => c.paragraphNumber ?? "—" },
              {
                key: "organization",
                header: t("organization"),
                rowHeader: true,
                cell: (c) => c.organizationName,
              },
              {
                key: "comment",
                header: t("comment"),
                cell: (c) => (
                  <>
                    <div className="pre-wrap">{c.text}</div>
                    <div className="muted">
                      {c.authorName ?? "—"} · {when(c.createdAt)}
                    </div>
                  </>
                ),
              },
              {
                key: "proposed",
                header: t("proposedText"),
                cell: (c) =>
                  c.proposedText ? <div className="pre-wrap">{c.proposedText}</div> : "—",
              },
              {
                key: "disposition",
                header: t("disposition"),
                cell: (c) => (
                  <>
                    <StatusBadge tone={dispositionTone[c.disposition]}>
                      {dispositions(c.disposition)}
                    </StatusBadge>
                    {c.reason ? <div className="pre-wrap mt-s">{c.reason}</div> : null}
                  </>
                ),
              },
            ]}
          />
          {commentCount > comments.length ? (
            <p className="mt">
              <Link href={`/records/${record.id}?comments=all#comments-heading`}>
                {t("showAllComments", { count: commentCount })}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <VersionsSection
        recordId={record.id}
        versions={versions}
        draft={manage && record.status === "draft"}
        timeZone={viewer.timeZone}
      />
    </PageMessages>
  );
}
