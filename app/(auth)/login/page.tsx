import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageMessages } from "@/app/_components/page-messages";
import { getViewer } from "@/lib/auth/session";
import { AuthCard } from "../auth-card";
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
    <PageMessages namespaces={["login"]}>
      <AuthCard title={t("title")} lead={`${app("name")} · ${app("tagline")}`}>
        <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : "/"} />
        <p className="mt-l">
          <Link href="/forgot-password">{t("forgotPassword")}</Link>
        </p>
      </AuthCard>
    </PageMessages>
  );
}
