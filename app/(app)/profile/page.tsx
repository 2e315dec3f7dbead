import type { Metadata } from "next";
import { headers } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { getDb } from "@/db/client";
import { primaryRole } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { activeFeed } from "@/lib/calendar/feed-tokens";
import { formatInstant } from "@/lib/i18n/format";
import { CalendarFeed } from "./calendar-feed";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const viewer = await requireUser();
  const [t, shell, format, feed, headerList] = await Promise.all([
    getTranslations("profile"),
    getTranslations("shell"),
    getFormatter(),
    activeFeed(await getDb(), viewer.id),
    headers(),
  ]);
  const host = headerList.get("x-forwarded-host") ?? headerList.get("host") ?? "localhost:3000";
  const protocol =
    headerList.get("x-forwarded-proto") ??
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return (
    <>
      <PageHeader title={t("title")} />
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">{t("account")}</h2>
        <dl className="facts">
          <dt>{t("name")}</dt>
          <dd>{viewer.name}</dd>
          <dt>{t("email")}</dt>
          <dd>{viewer.email}</dd>
          <dt>{t("role")}</dt>
          <dd>{shell(`roles.${primaryRole(viewer)}`)}</dd>
          <dt>{t("timeZone")}</dt>
          <dd>{viewer.timeZone}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="feed-heading">
        <h2 id="feed-heading">{t("feedHeading")}</h2>
        <p>{t("feedExplanation")}</p>
        <CalendarFeed
          baseUrl={`${protocol}://${host}/api/calendar/`}
          activeSince={feed ? formatInstant(format, feed.createdAt, viewer.timeZone) : null}
        />
      </section>
    </>
  );
}
