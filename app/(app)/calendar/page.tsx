import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination, pageCount } from "@/app/_components/pagination";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listCouncilMeetings } from "@/lib/calendar/queries";
import { calendarFilterSchema } from "@/lib/calendar/schemas";
import { formatDay } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const params = await searchParams;
  const filter = calendarFilterSchema.parse(params);
  const page = Math.max(1, Number.parseInt(String(params.page ?? "1"), 10) || 1);
  const [t, formats, format, result] = await Promise.all([
    getTranslations("calendar"),
    getTranslations("councilFormats"),
    getFormatter(),
    listCouncilMeetings(await getDb(), viewer, {
      month: filter.month,
      regional: filter.regional === "1",
      page,
    }),
  ]);
  const manage = can(viewer, "calendar.manage");
  const filtered = !!(filter.month || filter.regional);
  const pageLink = (n: number) => {
    const q = new URLSearchParams();
    if (filter.month) q.set("month", filter.month);
    if (filter.regional) q.set("regional", "1");
    if (n > 1) q.set("page", String(n));
    const s = q.toString();
    return s ? `/calendar?${s}` : "/calendar";
  };
  const pages = pageCount({ ...result, page }, pageLink);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          manage ? (
            <>
              <Link className="button" href="/calendar/import">
                {t("import")}
              </Link>
              <Link className="button secondary" href="/calendar/new">
                {t("add")}
              </Link>
              <Link className="button secondary" href="/calendar/closed-days">
                {t("closedDays")}
              </Link>
            </>
          ) : null
        }
      />
      <search aria-label={t("filterLabel")}>
        <form className="filters" method="get">
          <div className="field">
            <label htmlFor="month">{t("month")}</label>
            <input id="month" name="month" type="month" defaultValue={filter.month ?? ""} />
          </div>
          <div className="checks in-filters">
            <label>
              <input
                type="checkbox"
                name="regional"
                value="1"
                defaultChecked={filter.regional === "1"}
              />{" "}
              {t("onlyRegional")}
            </label>
          </div>
          <FilterActions filtered={filtered} clearHref="/calendar" />
        </form>
      </search>
      <p className="muted" aria-live="polite">
        {t("count", { count: result.total })}
      </p>
      <DataTable
        caption={t("title")}
        rows={result.rows}
        rowKey={(row) => row.id}
        empty={{
          title: filtered ? t("emptyFiltered") : t("empty"),
          children: manage && !filtered ? <p>{t("emptyHint")}</p> : undefined,
        }}
        columns={[
          {
            key: "date",
            header: t("date"),
            cell: (row) => (
              <>
                {formatDay(format, row.meetingDate, "medium")}
                {row.meetingTime ? <div className="muted">{row.meetingTime}</div> : null}
              </>
            ),
          },
          { key: "number", header: t("meetingNumber"), cell: (row) => row.meetingNumber ?? "—" },
          {
            key: "agendaItem",
            header: t("agendaItem"),
            rowHeader: true,
            cell: (row) => (
              <>
                {row.title}
                {row.withRegionalOrganizations ? (
                  <div>
                    <StatusBadge tone="info">{t("withRegional")}</StatusBadge>
                  </div>
                ) : null}
              </>
            ),
          },
          {
            key: "format",
            header: t("format"),
            cell: (row) => (formats.has(row.format) ? formats(row.format) : row.format),
          },
          { key: "presidency", header: t("presidency"), cell: (row) => row.presidency ?? "—" },
          {
            key: "outcome",
            header: t("outcome"),
            cell: (row) => row.outcomeSymbol ?? row.recordSymbol ?? "—",
          },
          ...(manage
            ? [
                {
                  key: "actions",
                  header: <span className="visually-hidden">{t("actions")}</span>,
                  cell: (row: (typeof result.rows)[number]) => (
                    <Link href={`/calendar/${row.id}/edit`}>
                      {t("edit")}
                      <span className="visually-hidden">
                        {" "}
                        {row.meetingNumber
                          ? t("meetingNumberShort", { number: row.meetingNumber })
                          : row.title}
                      </span>
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Pagination page={page} pages={pages} hrefFor={pageLink} />
    </>
  );
}
