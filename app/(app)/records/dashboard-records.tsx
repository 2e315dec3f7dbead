import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { Viewer } from "@/lib/auth/permissions";
import { formatInstant } from "@/lib/i18n/format";
import { commentsDueFor } from "@/lib/records/queries";
import { requestClock } from "@/lib/request";

/**
 * For the dashboard: the circulated records a focal point's organization may still comment on
 * (soonest deadline first), and for the secretariat the comments awaiting its answer. Nothing
 * when nothing waits.
 */
export async function DashboardRecords({ viewer }: { viewer: Viewer }) {
  const [t, format, due] = await Promise.all([
    getTranslations("records"),
    getFormatter(),
    commentsDueFor(await getDb(), viewer, await requestClock()),
  ]);
  return (
    <>
      {due.toComment.length > 0 ? (
        <section className="card" aria-labelledby="records-to-comment-heading">
          <h2 id="records-to-comment-heading">{t("dashboardToComment")}</h2>
          <ul className="plain-list">
            {due.toComment.map((r) => (
              <li key={r.recordId}>
                <Link href={`/records/${r.recordId}`}>
                  {t("dashboardToCommentItem", {
                    record: r.title,
                    meeting: r.meetingTitle,
                    organizations: r.organizations.join(", "),
                  })}
                </Link>
                {r.deadline ? (
                  <span className="muted">
                    {" "}
                    ·{" "}
                    {t("dashboardCommentBy", {
                      deadline: formatInstant(format, r.deadline, viewer.timeZone),
                    })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {due.toAnswer.length > 0 ? (
        <section className="card" aria-labelledby="comments-to-answer-heading">
          <h2 id="comments-to-answer-heading">{t("dashboardToAnswer")}</h2>
          <ul className="plain-list">
            {due.toAnswer.map((r) => (
              <li key={r.recordId}>
                <Link href={`/records/${r.recordId}/comments`}>
                  {t("dashboardToAnswerItem", { record: r.title, meeting: r.meetingTitle })}
                </Link>{" "}
                <span className="muted">({t("toAnswer", { count: r.pending })})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
