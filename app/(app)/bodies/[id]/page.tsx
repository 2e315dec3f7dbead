import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { getBody } from "@/lib/bodies/queries";
import { orNotFound } from "@/lib/not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireUser();
  const body = await orNotFound(getBody(await getDb(), viewer, (await params).id));
  return { title: body.name };
}

export default async function BodyPage({ params }: Props) {
  const viewer = await requireUser();
  const { id } = await params;
  const [t, kinds, body] = await Promise.all([
    getTranslations("bodies"),
    getTranslations("bodyKinds"),
    orNotFound(getBody(await getDb(), viewer, id)),
  ]);
  return (
    <>
      <nav className="breadcrumb" aria-label={t("breadcrumb")}>
        <Link href="/bodies">{t("title")}</Link>
      </nav>
      <PageHeader title={body.name} description={kinds(body.kind)} />
      <section className="card" aria-labelledby="mandate-heading">
        <h2 id="mandate-heading">{t("mandate")}</h2>
        <p>{body.mandate || <span className="muted">{t("noMandate")}</span>}</p>
      </section>
      <div className="two-columns">
        <section className="card" aria-labelledby="chairs-heading">
          <h2 id="chairs-heading">{t("chairs")}</h2>
          {body.chairs.length === 0 ? (
            <p className="muted">{t("noChair")}</p>
          ) : (
            <ul>
              {body.chairs.map((chair) => (
                <li key={chair.id}>
                  <strong>{chair.name}</strong>
                  {chair.jobTitle ? <span className="muted"> · {chair.jobTitle}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="members-heading">
          <h2 id="members-heading">{t("memberOrganizations", { count: body.members.length })}</h2>
          {body.members.length === 0 ? (
            <p className="muted">{t("noMembers")}</p>
          ) : (
            <ul>
              {body.members.map((organization) => (
                <li key={organization.id}>
                  <Link href={`/organizations/${organization.id}`}>{organization.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t("decisionsHeading")}</h2>
        {body.decisions.length === 0 ? (
          <p className="muted">{t("noDecisions")}</p>
        ) : (
          <ul>
            {body.decisions.map((decision) => (
              <li key={decision.id}>
                <Link href={`/meetings/${decision.meetingId}`}>
                  {t("decisionRef", {
                    meeting: decision.meetingNumber,
                    position: decision.position,
                  })}
                </Link>{" "}
                {decision.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
