import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { StatusBadge } from "@/app/_components/status-badge";
import { recordStatusTone } from "@/app/(app)/records/record-parts";
import { getDb } from "@/db/client";
import { recordKinds } from "@/db/schema/enums";
import { can, type Viewer } from "@/lib/auth/permissions";
import { formatDay, formatInstant } from "@/lib/i18n/format";
import { ROWS_SHOWN } from "@/lib/lists/first-rows";
import { preparationBlocker } from "@/lib/preparation/agenda-rules";
import type { preparationLinks } from "@/lib/preparation/queries";
import { meetingRecords } from "@/lib/records/queries";
import { singleRecordKinds } from "@/lib/records/stages";
import { PrepareButton } from "./preparation/prepare-button";

/** The meeting's outcome records and, once concluded, the way into the next one's preparation. */
export async function MeetingOutcome({
  meetingId,
  viewer,
  showAll,
  links,
}: {
  meetingId: string;
  viewer: Viewer;
  /** Every record rather than the first ones (?records=all). */
  showAll: boolean;
  /** The page's read of the next and previous meetings (preparationLinks). */
  links: Awaited<ReturnType<typeof preparationLinks>>;
}) {
  const db = await getDb();
  const [t, kinds, statuses, prep, format, outcome] = await Promise.all([
    getTranslations("records"),
    getTranslations("recordKinds"),
    getTranslations("recordStatus"),
    getTranslations("preparation"),
    getFormatter(),
    meetingRecords(db, viewer, meetingId, showAll ? {} : { first: ROWS_SHOWN }),
  ]);
  const prepare = can(viewer, "meeting.prepare");
  const blocker = preparationBlocker(links, links.next);
  const manage = can(viewer, "record.manage");
  // A meeting has one Chair's conclusions and one detailed record; statements may be several.
  const draftable = recordKinds.filter(
    (kind) => !singleRecordKinds.includes(kind) || !outcome.kinds.includes(kind),
  );
  if (!manage && outcome.total === 0) return null;
  const hidden = outcome.total - outcome.rows.length;
  return (
    <>
      <section aria-labelledby="outcome-heading" className="mb-l">
        <h2 id="outcome-heading">{t("outcomeHeading")}</h2>
        <DataTable
          caption={t("outcomeHeading")}
          rows={outcome.rows}
          rowKey={(r) => r.id}
          empty={{ title: t("noRecords") }}
          columns={[
            {
              key: "record",
              header: t("record"),
              rowHeader: true,
              cell: (r) => (
                <>
                  <Link href={`/records/${r.id}`}>{r.title}</Link>
                  <div className="muted">
                    {kinds(r.kind)}
                    {r.symbol ? ` · ${r.symbol}` : ""}
                  </div>
                </>
              ),
            },
            {
              key: "status",
              header: t("status"),
              cell: (r) => (
                <>
                  <StatusBadge tone={recordStatusTone[r.status]}>{statuses(r.status)}</StatusBadge>
                  {r.status === "circulated" && r.commentDeadline ? (
                    <div className="muted">
                      {t("commentsUntil", {
                        deadline: formatInstant(format, r.commentDeadline, viewer.timeZone),
                      })}
                    </div>
                  ) : null}
                  {manage && r.pendingComments > 0 ? (
                    <div>
                      <Link href={`/records/${r.id}/comments`}>
                        {t("toAnswer", { count: r.pendingComments })}
                      </Link>
                    </div>
                  ) : null}
                </>
              ),
            },
            {
              key: "issued",
              header: t("fields.issuedOn"),
              cell: (r) => (r.issuedOn ? formatDay(format, r.issuedOn) : "—"),
            },
          ]}
        />
        {hidden > 0 ? (
          <p className="mt">
            <Link href={`/meetings/${meetingId}?records=all#outcome-heading`}>
              {t("showAllRecords", { count: outcome.total })}
            </Link>
          </p>
        ) : null}
        {manage ? (
          <div className="actions-row mt">
            {draftable.map((kind) => (
              <Link
                key={kind}
                className="button secondary"
                href={`/meetings/${meetingId}/records/new?kind=${kind}`}
              >
                {t(`draftKind.${kind}`)}
              </Link>
            ))}
          </div>
        ) : null}
      </section>
      {prepare && links.status === "concluded" ? (
        <section className="card" aria-labelledby="next-heading">
          <h2 id="next-heading">{prep("nextHeading")}</h2>
          <p className="muted">{prep("nextExplanation")}</p>
          {links.next ? (
            <p>
              <Link href={`/meetings/${links.next.id}/preparation`}>
                {prep("dossierOf", { meeting: links.next.title })}
              </Link>
              {" · "}
              <Link href={`/meetings/${links.next.id}/agenda`}>
                {prep("agendaOf", { meeting: links.next.title })}
              </Link>
            </p>
          ) : null}
          {blocker ? (
            <p className="muted">{prep(`why.${blocker}`)}</p>
          ) : (
            <PrepareButton meetingId={meetingId} />
          )}
        </section>
      ) : null}
    </>
  );
}
