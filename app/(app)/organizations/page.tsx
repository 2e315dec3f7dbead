import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { StatusBadge } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { organizationKinds } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/organizations/queries";
import { organizationFilterSchema } from "@/lib/organizations/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organizations");
  return { title: t("title") };
}

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const filter = organizationFilterSchema.parse(await searchParams);
  const [t, kinds, rows] = await Promise.all([
    getTranslations("organizations"),
    getTranslations("organizationKinds"),
    listOrganizations(await getDb(), viewer, filter),
  ]);
  const filtered = !!(filter.kind || filter.q);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <search aria-label={t("filterLabel")}>
        <form className="filters" method="get">
          <div className="field">
            <label htmlFor="kind">{t("kind")}</label>
            <select id="kind" name="kind" defaultValue={filter.kind ?? ""}>
              <option value="">{t("allKinds")}</option>
              {organizationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kinds(kind)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="q">{t("search")}</label>
            <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} />
          </div>
          <FilterActions filtered={filtered} clearHref="/organizations" />
        </form>
      </search>

      <p className="muted" aria-live="polite">
        {t("count", { count: rows.length })}
      </p>
      <DataTable
        caption={t("title")}
        rows={rows}
        rowKey={(row) => row.id}
        empty={{ title: filtered ? t("emptyFiltered") : t("empty") }}
        columns={[
          {
            key: "name",
            header: t("name"),
            cell: (row) => (
              <>
                <Link href={`/organizations/${row.id}`}>{row.name}</Link>
                {row.shortName ? <span className="muted"> ({row.shortName})</span> : null}
                {row.active ? null : (
                  <>
                    {" "}
                    <StatusBadge>{t("inactive")}</StatusBadge>
                  </>
                )}
              </>
            ),
          },
          { key: "kind", header: t("kind"), cell: (row) => kinds(row.kind) },
          { key: "headquarters", header: t("headquarters"), cell: (row) => row.headquarters },
          {
            key: "focalPoint",
            header: t("focalPoint"),
            cell: (row) =>
              row.focalPoints.length > 0 ? (
                row.focalPoints.join(", ")
              ) : (
                <StatusBadge tone="warning">{t("noFocalPoint")}</StatusBadge>
              ),
          },
        ]}
      />
    </>
  );
}
