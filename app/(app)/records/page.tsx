import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination, pageCount } from "@/app/_components/pagination";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { type RecordStatus, recordStatuses } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { formatDay, formatInstant } from "@/lib/i18n/format";
import { listRecords } from "@/lib/records/queries";
import { recordStatusTone } from "./record-parts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("title") };
}

/** The records of the meetings the viewer may read: final ones, and those circulated to them. */
export default async function RecordsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const params = await searchParams;
  const status = recordStatuses.find((s) => s === params.status) as RecordStatus | undefined;
  const page = Math.max(1, Math.min(10_000, Number(params.page) || 1));
  const [t, kinds, statuses, format, result] = await Promise.all([
    getTranslations("records"),
    getTranslations("recordKinds"),
    getTranslations("recordStatus"),
    getFormatter(),
    listRecords(await getDb(), viewer, { status, page }),
  ]);
  const link = (p: number) => {
    const q = new URLSearchParams();
    if (status) q.set("status", status);
    if (p > 1) q.set("page", String(p));
    return `/records?${q.toString()}`;
  };
  const pages = pageCount(result, link);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <search aria-label={t("filterLabel")}>
        <form className="filters" method="get">
          <div className="field compact">
            <label htmlFor="status">{t("status")}</label>
            <select id="status" name="status" defaultValue={status ?? ""}>
              <option value="">{t("allStatuses")}</option>
              {recordStatuses.map((s) => (
                <option key={s} value={s}>
                  {statuses(s)}
                </option>
              ))}
            </select>
          </div>
          <FilterActions filtered={!!status} clearHref="/records" />
        </form>
      </search>
      <p className="muted">{t("count", { count: result.total })}</p>
      <DataTable
        caption={t("title")}
        rows={result.rows}
        rowKey={(r) => r.id}
        empty={{ title: status ? t("emptyFiltered") : t("empty") }}
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
            key: "meeting",
            header: t("meeting"),
            cell: (r) => <Link href={`/meetings/${r.meetingId}`}>{r.meetingTitle}</Link>,
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
      <Pagination page={result.page} pages={pages} hrefFor={link} />
    </>
  );
}
