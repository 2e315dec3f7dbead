import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { listAudit } from "@/lib/activity/queries";
import { requireUser } from "@/lib/auth/session";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activity");
  return { title: t("title") };
}

export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const viewer = await requireUser();
  const before = Number.parseInt((await searchParams).before ?? "", 10);
  const [t, format, page] = await Promise.all([
    getTranslations("activity"),
    getFormatter(),
    orNotFound(
      listAudit(await getDb(), viewer, { before: Number.isFinite(before) ? before : undefined }),
    ),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DataTable
        caption={t("title")}
        rows={page.rows}
        rowKey={(row) => String(row.id)}
        empty={{ title: t("empty") }}
        columns={[
          {
            key: "when",
            header: t("when"),
            cell: (row) => formatInstant(format, row.at, viewer.timeZone),
          },
          { key: "who", header: t("who"), cell: (row) => row.actorName ?? "—" },
          {
            key: "what",
            header: t("what"),
            cell: (row) => (
              <>
                {t.has(`actions.${actionKey(row.action)}`)
                  ? t(`actions.${actionKey(row.action)}`)
                  : row.action}
                {row.entity === "organization" ? (
                  <>
                    {" "}
                    <Link href={`/organizations/${row.entityId}`}>
                      {row.organizationName
                        ? t("openOrganization", { name: row.organizationName })
                        : t("open")}
                    </Link>
                  </>
                ) : null}
              </>
            ),
          },
          {
            key: "changes",
            header: t("changes"),
            cell: (row) => <ChangeSummary before={row.before} after={row.after} />,
          },
        ]}
      />
      {page.nextBefore ? (
        <p className="mt-l">
          <Link className="button secondary" href={`/activity?before=${page.nextBefore}`}>
            {t("older")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

/** Lists the fields whose values differ between the audit row's before and after. */
function ChangeSummary({ before, after }: { before: unknown; after: unknown }) {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => key !== "version" && JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
  if (keys.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="plain-list">
      {keys.map((key) => (
        <li key={key}>
          <code>{key}</code>: {formatValue(a[key])} → {formatValue(b[key])}
        </li>
      ))}
    </ul>
  );
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "∅";
  if (Array.isArray(value)) return value.join(", ") || "∅";
  return String(value);
}

/** Message keys cannot contain dots: "organization.update" is "organization_update". */
function actionKey(action: string): string {
  return action.replaceAll(".", "_");
}
