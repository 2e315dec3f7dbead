import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/not-found";
import { getOrganization } from "@/lib/organizations/queries";
import { isLanguageCode, nameLanguages } from "@/lib/organizations/schemas";
import { OrganizationForm } from "./organization-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organizations");
  return { title: t("editTitle") };
}

export default async function EditOrganizationPage({ params }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const t = await getTranslations("organizations");
  const organization = await orNotFound(getOrganization(await getDb(), viewer, id));

  if (!can(viewer, "organization.update")) {
    return (
      <>
        <PageHeader title={t("editTitle")} />
        <div className="alert error" role="alert">
          {t("editForbidden")}
        </div>
        <p className="mt-l">
          <Link href={`/organizations/${organization.id}`}>{t("backToOrganization")}</Link>
        </p>
      </>
    );
  }

  return (
    <PageMessages namespaces={["languages", "organizationKinds", "organizations"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/organizations">{t("title")}</Link> ›{" "}
        <Link href={`/organizations/${organization.id}`}>{organization.name}</Link>
      </nav>
      <PageHeader title={t("editHeading", { name: organization.name })} />
      <div className="card">
        <OrganizationForm
          defaultValues={{
            id: organization.id,
            version: organization.version,
            name: organization.name,
            shortName: organization.shortName ?? "",
            kind: organization.kind,
            headquarters: organization.headquarters,
            languages: organization.languages.filter(isLanguageCode),
            headName: organization.headName ?? "",
            headTitle: organization.headTitle ?? "",
            website: organization.website ?? "",
            active: organization.active,
            names: Object.fromEntries(
              nameLanguages.map((code) => [code, organization.names[code] ?? ""]),
            ),
          }}
        />
      </div>
    </PageMessages>
  );
}
