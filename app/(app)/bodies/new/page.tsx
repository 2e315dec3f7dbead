import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { CreateBodyForm } from "../body-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bodies");
  return { title: t("create") };
}

export default async function NewBodyPage() {
  const viewer = await requireUser();
  const t = await getTranslations("bodies");
  return (
    <PageMessages namespaces={["bodyAdmin", "bodyKinds"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/bodies">{t("title")}</Link>
      </nav>
      <PageHeader title={t("create")} />
      {can(viewer, "body.manage") ? (
        <div className="card">
          <CreateBodyForm
            defaultValues={{ kind: "working_group", name: "", mandate: "", activeFrom: "" }}
          />
        </div>
      ) : (
        <div className="alert error">{t("manageForbidden")}</div>
      )}
    </PageMessages>
  );
}
