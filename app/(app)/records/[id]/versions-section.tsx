import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RecordStatus } from "@/db/schema/enums";
import { formatInstant } from "@/lib/i18n/format";

/**
 * Every frozen version of the record stays readable; any two (or a version and the
 * secretariat's working draft) can be compared.
 */
export async function VersionsSection({
  recordId,
  versions,
  draft,
  timeZone: zone,
}: {
  recordId: string;
  versions: {
    version: number;
    stage: RecordStatus;
    circulatedAt: Date;
    commentDeadline: Date | null;
    recipientOrganizationIds: string[];
  }[];
  /** The viewer is the secretariat and the record has a working draft to compare with. */
  draft: boolean;
  /** The viewer's time zone, for the dates. */
  timeZone: string;
}) {
  const [t, format] = await Promise.all([getTranslations("records"), getFormatter()]);
  const choices = [
    ...versions.map((v) => ({
      value: String(v.version),
      label: t("versionOption", { version: v.version }),
    })),
    ...(draft ? [{ value: "draft", label: t("workingDraftOption") }] : []),
  ];
  const last = choices.at(-1)?.value ?? "";
  const before = choices.at(-2)?.value ?? "";
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t("versionsHeading")}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t("noVersions")}</p>
      ) : (
        <ol className="timeline">
          {versions.map((v) => (
            <li key={v.version}>
              <span>
                <Link href={`/records/${recordId}/versions/${v.version}`}>
                  {t("versionOption", { version: v.version })}
                </Link>{" "}
                <span className="muted">
                  {v.stage === "final"
                    ? t("finalOn", { date: formatInstant(format, v.circulatedAt, zone) })
                    : t("circulatedOn", {
                        date: formatInstant(format, v.circulatedAt, zone),
                        count: v.recipientOrganizationIds.length,
                      })}
                </span>
              </span>
              {v.commentDeadline ? (
                <span className="muted">
                  {t("deadlineWas", { deadline: formatInstant(format, v.commentDeadline, zone) })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {choices.length >= 2 ? (
        <form className="filters mt-l" method="get" action={`/records/${recordId}/compare`}>
          <div className="field compact">
            <label htmlFor="compare-from">{t("compareFrom")}</label>
            <select id="compare-from" name="from" defaultValue={before}>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field compact">
            <label htmlFor="compare-to">{t("compareTo")}</label>
            <select id="compare-to" name="to" defaultValue={last}>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button secondary">
            {t("compare")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
