import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listBodies } from "@/lib/bodies/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bodies");
  return { title: t("title") };
}

export default async function BodiesPage() {
  const viewer = await requireUser();
  const [t, kinds, rows] = await Promise.all([
    getTranslations("bodies"),
    getTranslations("bodyKinds"),
    listBodies(await getDb(), viewer),
  ]);
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
      <DataTable
        caption={t("title")}
        rows={rows}
        rowKey={(body) => body.id}
        empty={{ title: t("empty") }}
        columns={[
          {
            key: "name",
            header: t("name"),
            rowHeader: true,
            cell: (body) => <Link href={`/bodies/${body.id}`}>{body.name}</Link>,
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
    </>
  );
}
