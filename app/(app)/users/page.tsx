import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { FilterActions } from "@/app/_components/filter-actions";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { Pagination, pageCount } from "@/app/_components/pagination";
import { StatusBadge, type Tone } from "@/app/_components/status-badge";
import { getDb } from "@/db/client";
import { roleKinds } from "@/db/schema/enums";
import { type AccountStatus, listUsers } from "@/lib/accounts/queries";
import { userFilterSchema } from "@/lib/accounts/schemas";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { UserActions } from "./user-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

const statusTone: Record<AccountStatus, Tone> = {
  invited: "warning",
  active: "success",
  deactivated: "neutral",
};
const statuses: AccountStatus[] = ["invited", "active", "deactivated"];

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const filter = userFilterSchema.parse(await searchParams);
  const [t, shell, format, list] = await Promise.all([
    getTranslations("users"),
    getTranslations("shell"),
    getFormatter(),
    orNotFound(listUsers(await getDb(), viewer, filter)),
  ]);
  const filtered = !!(filter.status || filter.role || filter.q);
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (filter.status) params.set("status", filter.status);
    if (filter.role) params.set("role", filter.role);
    if (filter.q) params.set("q", filter.q);
    params.set("page", String(page));
    return `/users?${params}`;
  };
  const pages = pageCount(list, hrefFor);

  return (
    <PageMessages namespaces={["users"]}>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link className="button" href="/users/new">
            {t("add")}
          </Link>
        }
      />
      <search aria-label={t("filterLabel")}>
        <form className="filters" method="get">
          <div className="field compact">
            <label htmlFor="status">{t("status")}</label>
            <select id="status" name="status" defaultValue={filter.status ?? ""}>
              <option value="">{t("allStatuses")}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field compact">
            <label htmlFor="role">{t("role")}</label>
            <select id="role" name="role" defaultValue={filter.role ?? ""}>
              <option value="">{t("allRoles")}</option>
              {roleKinds.map((r) => (
                <option key={r} value={r}>
                  {shell(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="q">{t("search")}</label>
            <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} />
          </div>
          <FilterActions filtered={filtered} clearHref="/users" />
        </form>
      </search>
      <p className="muted" aria-live="polite">
        {t("count", { count: list.total })}
      </p>
      <DataTable
        caption={t("title")}
        rows={list.rows}
        rowKey={(u) => u.id}
        empty={{ title: t("empty") }}
        columns={[
          {
            key: "name",
            header: t("name"),
            rowHeader: true,
            cell: (u) => (
              <>
                <strong>{u.name}</strong>
                <div>
                  <a href={`mailto:${u.email}`}>{u.email}</a>
                </div>
                {u.jobTitle ? <div className="muted">{u.jobTitle}</div> : null}
              </>
            ),
          },
          {
            key: "roles",
            header: t("roles"),
            cell: (u) =>
              u.roles.length === 0 ? (
                <span className="muted">{t("noRole")}</span>
              ) : (
                <ul className="plain-list">
                  {u.roles.map((r) => (
                    <li key={`${r.role}-${r.organization ?? ""}-${r.body ?? ""}`}>
                      {r.role === "focal_point"
                        ? t("roleLabels.focal_point", { organization: r.organization ?? "" })
                        : r.role === "chair"
                          ? t("roleLabels.chair", { body: r.body ?? "" })
                          : r.role === "secretariat"
                            ? t("roleLabels.secretariat")
                            : t("roleLabels.participant")}
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            key: "status",
            header: t("status"),
            cell: (u) => (
              <>
                <StatusBadge tone={statusTone[u.status]}>{t(`statuses.${u.status}`)}</StatusBadge>
                {u.status === "invited" && u.invitedAt ? (
                  <div className="muted">
                    {t("invitedOn", {
                      date: formatInstant(format, u.invitedAt, viewer.timeZone),
                    })}
                  </div>
                ) : null}
              </>
            ),
          },
          {
            key: "lastSignIn",
            header: t("lastSignIn"),
            cell: (u) =>
              u.lastSignInAt ? formatInstant(format, u.lastSignInAt, viewer.timeZone) : t("never"),
          },
          {
            key: "actions",
            header: t("actions"),
            cell: (u) =>
              u.id === viewer.id ? null : (
                <UserActions userId={u.id} name={u.name} email={u.email} status={u.status} />
              ),
          },
        ]}
      />
      <Pagination page={list.page} pages={pages} hrefFor={hrefFor} />
    </PageMessages>
  );
}
