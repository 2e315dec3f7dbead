import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordLinkPage } from "../password-link-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("resetTitle"), referrer: "no-referrer" };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <PasswordLinkPage
      purpose="password_reset"
      token={typeof token === "string" ? token : undefined}
    />
  );
}
