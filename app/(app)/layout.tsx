import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { NavLink } from "@/app/_components/nav-link";
import { ShellMenu } from "@/app/_components/shell-menu";
import { getDb } from "@/db/client";
import { signOutAction } from "@/lib/auth/actions";
import { primaryRole } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation";
import { requestClock } from "@/lib/request";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireUser();
  const db = await getDb();
  const [t, app, format, clock, navigation] = await Promise.all([
    getTranslations("shell"),
    getTranslations("app"),
    getFormatter(),
    requestClock(),
    navigationFor(db, viewer),
  ]);
  const role = primaryRole(viewer);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <aside className="sidebar">
        {/* The link is named after the product alone; the tagline stands beside it, so screen
            readers do not list it among the "organizations" links. */}
        <div className="brand">
          <a href="/">
            <strong>{app("name")}</strong>
          </a>
          <span>{t("brandTagline")}</span>
        </div>
        <ShellMenu label={t("menu")}>
          <nav aria-label={t("navigation")}>
            <ul className="nav">
              {navigation.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href}>{t(`nav.${item.key}`)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="sidebar-footer">
            <div>
              <a className="who" href="/profile">
                {viewer.name}
              </a>
              <div className="role">{t(`roles.${role}`)}</div>
            </div>
            <LanguageSwitcher label={t("language")} />
            <form action={signOutAction}>
              <button type="submit" className="button secondary">
                {t("signOut")}
              </button>
            </form>
          </div>
        </ShellMenu>
      </aside>
      <main id="main" className="main">
        {clock.pinned ? (
          <p className="banner" role="note">
            {t("asOfBanner", {
              date: format.dateTime(new Date(`${clock.today}T12:00:00Z`), {
                dateStyle: "long",
                timeZone: "UTC",
              }),
            })}
          </p>
        ) : null}
        {children}
      </main>
    </div>
  );
}
