import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { AddUserForm } from "./add-user-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("newTitle") };
}

export default async function NewUserPage() {
  const viewer = await requireUser();
  if (!can(viewer, "account.manage")) notFound();
  const [t, shell] = await Promise.all([getTranslations("users"), getTranslations("shell")]);
  return (
    <PageMessages namespaces={["users"]}>
      <nav className="breadcrumb" aria-label={t("title")}>
        <Link href="/users">{t("title")}</Link>
      </nav>
      <PageHeader title={t("newTitle")} description={t("newLead")} />
      <section className="card">
        <AddUserForm
          roles={{
            secretariat: shell("roles.secretariat"),
            participant: shell("roles.participant"),
          }}
        />
      </section>
    </PageMessages>
  );
}
