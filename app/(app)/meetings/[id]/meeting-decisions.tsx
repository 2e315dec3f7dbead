import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { can, type Viewer } from "@/lib/auth/permissions";
import { meetingDecisions } from "@/lib/decisions/queries";

/** The meeting's decisions, each leading to its page; withdrawn ones marked, carried-forward ones said. */
export async function MeetingDecisions({
  meetingId,
  viewer,
}: {
  meetingId: string;
  viewer: Viewer;
}) {
  const [t, page, list] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("meetingPage"),
    meetingDecisions(await getDb(), viewer, meetingId),
  ]);
  const manage = can(viewer, "decision.record");
  return (
    <section aria-labelledby="decisions-heading">
      {list.decisions.length > 0 || manage ? (
        <p>
          <Link href={`/meetings/${meetingId}/implementation`}>{page("implementation")}</Link>
        </p>
      ) : null}
      <h2 id="decisions-heading">{t("decisions")}</h2>
      {manage && list.decisions.length > 0 ? (
        <p className="muted">
          {list.editable ? page("decisionsEditable") : page("decisionsFinal")}
        </p>
      ) : null}
      <DataTable
        caption={t("decisions")}
        rows={list.decisions}
        rowKey={(decision) => decision.id}
        rowClassName={(decision) => (decision.withdrawnAt ? "withdrawn" : undefined)}
        empty={{ title: t("noDecisions") }}
        columns={[
          { key: "position", header: "#", cell: (decision) => decision.position },
          {
            key: "decision",
            header: t("decision"),
            rowHeader: true,
            cell: (decision) => (
              <>
                <strong>
                  <Link href={`/decisions/${decision.id}`}>{decision.title}</Link>
                </strong>
                {decision.withdrawnAt ? (
                  <>
                    {" "}
                    <StatusBadge tone="danger">{page("withdrawn")}</StatusBadge>
                  </>
                ) : null}
                <div className="muted">{decision.text}</div>
                {decision.sourceParagraphs.length > 0 ? (
                  <div className="muted">
                    {page("citesParagraphs", { paragraphs: decision.sourceParagraphs.join(", ") })}
                  </div>
                ) : null}
                {decision.carriedForwardToId ? (
                  <div>
                    {page("carriedForwardTo")}{" "}
                    <Link href={`/meetings/${decision.carriedForwardToId}`}>
                      {decision.carriedForwardToTitle}
                    </Link>
                  </div>
                ) : null}
              </>
            ),
          },
          {
            key: "body",
            header: t("responsibleBody"),
            cell: (decision) =>
              decision.bodyId ? (
                <Link href={`/bodies/${decision.bodyId}`}>{decision.bodyName}</Link>
              ) : (
                <span className="muted">{t("allParticipants")}</span>
              ),
          },
        ]}
      />
    </section>
  );
}
