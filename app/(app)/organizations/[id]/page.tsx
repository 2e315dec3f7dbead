import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { StatusBadge } from "@/app/_components/status-badge";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { preferredLocale } from "@/lib/i18n/locales";
import { orNotFound } from "@/lib/not-found";
import { getOrganization } from "@/lib/organizations/queries";
import { readOncePerRequest } from "@/lib/request";
import { DesignateFocalPointForm } from "./designate-focal-point-form";
import { RemoveFocalPointButton } from "./remove-focal-point-button";

/** The organization, read once per request for both the title and the page. */
const loadOrganization = readOncePerRequest(getOrganization);

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const organization = await orNotFound(loadOrganization(id));
  return { title: organization.displayName };
}

export default async function OrganizationPage({ params }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const [t, kinds, languages, organization] = await Promise.all([
    getTranslations("organizations"),
    getTranslations("organizationKinds"),
    getTranslations("languages"),
    orNotFound(loadOrganization(id)),
  ]);
  const mayEdit = can(viewer, "organization.update");
  const mayDesignate = can(viewer, "organization.designateFocalPoint");

  return (
    <PageMessages namespaces={["organizations"]}>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/organizations">{t("title")}</Link>
      </nav>
      <PageHeader
        title={organization.displayName}
        description={
          <>
            {organization.displayName !== organization.name ? `${organization.name} · ` : ""}
            {organization.shortName ? `${organization.shortName} · ` : ""}
            {kinds(organization.kind)}
            {organization.active ? "" : ` · ${t("inactive")}`}
          </>
        }
        actions={
          mayEdit ? (
            <Link className="button" href={`/organizations/${organization.id}/edit`}>
              {t("edit")}
            </Link>
          ) : null
        }
      />

      <div className="two-columns">
        <section className="card" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t("details")}</h2>
          <dl className="facts">
            <dt>{t("headquarters")}</dt>
            <dd>{organization.headquarters || "—"}</dd>
            <dt>{t("head")}</dt>
            <dd>
              {organization.headName ? (
                <>
                  {organization.headName}
                  {organization.headTitle ? (
                    <span className="muted">, {organization.headTitle}</span>
                  ) : null}
                </>
              ) : (
                <span className="muted">{t("notRecorded")}</span>
              )}
            </dd>
            <dt>{t("languages")}</dt>
            <dd>
              {organization.languages.length > 0
                ? organization.languages
                    .map((code) => (languages.has(code) ? languages(code) : code))
                    .join(", ")
                : "—"}
            </dd>
            <dt>{t("website")}</dt>
            <dd>
              {organization.website ? (
                <a href={organization.website} rel="noopener noreferrer" target="_blank">
                  {organization.website}
                </a>
              ) : (
                "—"
              )}
            </dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="focal-heading">
          <h2 id="focal-heading">{t("focalPoint")}</h2>
          {organization.focalPoints.length === 0 ? (
            <p>
              <StatusBadge tone="warning">{t("noFocalPoint")}</StatusBadge>
            </p>
          ) : (
            <ul className="timeline">
              {organization.focalPoints.map((person) => (
                <li key={person.userId}>
                  <div>
                    <strong>{person.name}</strong>
                    {person.jobTitle ? <div className="muted">{person.jobTitle}</div> : null}
                    <div>
                      <a href={`mailto:${person.email}`}>{person.email}</a>
                    </div>
                    {person.canSignIn ? null : (
                      <StatusBadge tone="info">{t("noPasswordYet")}</StatusBadge>
                    )}
                  </div>
                  {mayDesignate ? (
                    <RemoveFocalPointButton
                      organizationId={organization.id}
                      version={organization.version}
                      userId={person.userId}
                      name={person.name}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {mayDesignate ? (
            <DesignateFocalPointForm
              organizationId={organization.id}
              version={organization.version}
              currentName={organization.focalPoints[0]?.name ?? null}
              workingLocale={preferredLocale(organization.languages)}
            />
          ) : null}
        </section>
      </div>

      <section className="card" aria-labelledby="bodies-heading">
        <h2 id="bodies-heading">{t("memberOf")}</h2>
        {organization.memberOf.length === 0 ? (
          <p className="muted">{t("memberOfNone")}</p>
        ) : (
          <ul>
            {organization.memberOf.map((body) => (
              <li key={body.id}>
                <Link href={`/bodies/${body.id}`}>{body.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageMessages>
  );
}
