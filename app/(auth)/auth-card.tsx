import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/app/_components/language-switcher";

/** The frame of the pages one reaches signed out: sign-in, forgotten password, set a password. */
export async function AuthCard({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations("shell");
  return (
    <main className="auth-page" id="main">
      <div className="auth-card">
        <h1>{title}</h1>
        {lead ? <p className="lead">{lead}</p> : null}
        {children}
        <div className="language">
          <LanguageSwitcher label={t("language")} />
        </div>
      </div>
    </main>
  );
}
