import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
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
      {rows.length === 0 ? (
        <div className="card">
          <EmptyState title={t("empty")} />
        </div>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("chairs")}</th>
                <th scope="col">{t("members")}</th>
                <th scope="col">{t("decisions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((body) => (
                <tr key={body.id}>
                  <td>
                    <Link href={`/bodies/${body.id}`}>{body.name}</Link>
                  </td>
                  <td>{kinds(body.kind)}</td>
                  <td>
                    {body.chairs.length > 0 ? (
                      body.chairs.join(", ")
                    ) : (
                      <span className="muted">{t("noChair")}</span>
                    )}
                  </td>
                  <td>{body.members}</td>
                  <td>{body.decisions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
