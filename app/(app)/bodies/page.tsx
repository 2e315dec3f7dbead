import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination, pageCount } from "@/app/_components/pagination";
import { SearchField } from "@/app/_components/search-field";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listBodies } from "@/lib/bodies/queries";
import { bodyFilterSchema } from "@/lib/bodies/schemas";
import { formatDay } from "@/lib/i18n/format";
import { requestClock } from "@/lib/request";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bodies");
  return { title: t("title") };
}

export default async function BodiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const filter = bodyFilterSchema.parse(await searchParams);
  const closed = filter.show === "closed";
  const [t, kinds, format, clock] = await Promise.all([
    getTranslations("bodies"),
    getTranslations("bodyKinds"),
    getFormatter(),
    requestClock(),
  ]);
  const result = await listBodies(await getDb(), viewer, {
    today: clock.today,
    closed,
    name: filter.name,
    page: filter.page,
  });
  const filtered = closed || !!filter.name;
  const link = (page: number) => {
    const q = new URLSearchParams();
    if (filter.name) q.set("name", filter.name);
    if (closed) q.set("show", "closed");
    if (page > 1) q.set("page", String(page));
    return `/bodies?${q.toString()}`;
  };
  const pages = pageCount(result, link);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(viewer, "body.manage") ? (
            <Link className="button" href="/bodies/new">
              {t("create")}
            </Link>
          ) : null
        }
      />
      <search aria-label={t("filterLabel")}>
        <form className="filters" method="get">
          <SearchField name="name" label={t("name")} defaultValue={filter.name ?? ""} />
          <div className="field compact">
            <label htmlFor="show">{t("show")}</label>
            <select id="show" name="show" defaultValue={closed ? "closed" : "open"}>
              <option value="open">{t("showOpen")}</option>
              <option value="closed">{t("showClosed")}</option>
            </select>
          </div>
          <FilterActions filtered={filtered} clearHref="/bodies" />
        </form>
      </search>
      <p className="muted" aria-live="polite">
        {t("count", { count: result.total })}
      </p>
      <DataTable
        caption={t("title")}
        rows={result.rows}
        rowKey={(body) => body.id}
        empty={{ title: filtered ? t("noMatch") : t("empty") }}
        columns={[
          {
            key: "name",
            header: t("name"),
            rowHeader: true,
            cell: (body) => (
              <>
                <Link href={`/bodies/${body.id}`}>{body.name}</Link>
                {closed && body.activeTo ? (
                  <div className="muted">
                    {t("closedOn", { date: formatDay(format, body.activeTo) })}
                  </div>
                ) : null}
              </>
            ),
          },
          { key: "kind", header: t("kind"), cell: (body) => kinds(body.kind) },
          {
            key: "chairs",
            header: t("chairs"),
            cell: (body) =>
              body.chairs.length > 0 ? (
                body.chairs.join(", ")
              ) : (
                <span className="muted">{t("noChair")}</span>
              ),
          },
          { key: "members", header: t("members"), cell: (body) => body.members },
          { key: "decisions", header: t("decisions"), cell: (body) => body.decisions },
        ]}
      />
      <Pagination page={result.page} pages={pages} hrefFor={link} />
    </>
  );
}
