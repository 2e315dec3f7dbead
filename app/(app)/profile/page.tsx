import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { PageMessages } from "@/app/_components/page-messages";
import { getDb } from "@/db/client";
import { getOwnAccount } from "@/lib/accounts/queries";
import { appLink } from "@/lib/app-url";
import { primaryRole } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { activeFeed } from "@/lib/calendar/feed-tokens";
import { formatInstant } from "@/lib/i18n/format";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { CalendarFeed } from "./calendar-feed";
import { PasswordForm } from "./password-form";
import { PreferencesForm } from "./preferences-form";
import { SignOutOthersButton } from "./sessions-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

/** Every time zone the runtime knows, with the user's own even if it is an alias (e.g. UTC). */
function timeZonesWith(own: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(own) ? zones : [own, ...zones];
}

export default async function ProfilePage() {
  const viewer = await requireUser();
  const db = await getDb();
  const [t, shell, format, feed, account] = await Promise.all([
    getTranslations("profile"),
    getTranslations("shell"),
    getFormatter(),
    activeFeed(db, viewer.id),
    getOwnAccount(db, viewer),
  ]);
  return (
    <PageMessages namespaces={["profile"]}>
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
          <dt>{t("lastSignIn")}</dt>
          <dd>
            {account?.lastSignInAt
              ? formatInstant(format, account.lastSignInAt, viewer.timeZone)
              : "—"}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="preferences-heading">
        <h2 id="preferences-heading">{t("preferencesHeading")}</h2>
        <PreferencesForm
          locale={isLocale(viewer.locale) ? viewer.locale : defaultLocale}
          timeZone={viewer.timeZone}
          timeZones={timeZonesWith(viewer.timeZone)}
        />
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">{t("passwordHeading")}</h2>
        <PasswordForm />
      </section>
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("sessionsHeading")}</h2>
        <p>{t("sessionsExplanation")}</p>
        <SignOutOthersButton />
      </section>
      <section className="card" aria-labelledby="feed-heading">
        <h2 id="feed-heading">{t("feedHeading")}</h2>
        <p>{t("feedExplanation")}</p>
        <CalendarFeed
          baseUrl={appLink("/api/calendar/")}
          activeSince={feed ? formatInstant(format, feed.createdAt, viewer.timeZone) : null}
        />
      </section>
    </PageMessages>
  );
}
