import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { getViewer } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  if (await getViewer()) redirect("/");
  const t = await getTranslations("login");
  const app = await getTranslations("app");
  const { callbackUrl } = await searchParams;
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>{t("title")}</h1>
        <p className="lead">
          {app("name")} · {app("tagline")}
        </p>
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : "/"} />
        <div className="language">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
