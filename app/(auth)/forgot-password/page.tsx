import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageMessages } from "@/app/_components/page-messages";
import { AuthCard } from "../auth-card";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("account");
  return (
    <PageMessages namespaces={["account"]}>
      <AuthCard title={t("forgotTitle")} lead={t("forgotLead")}>
        <ForgotPasswordForm />
        <p className="mt-l">
          <Link href="/login">{t("backToSignIn")}</Link>
        </p>
      </AuthCard>
    </PageMessages>
  );
}
