import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageMessages } from "@/app/_components/page-messages";
import { PasswordLinkPage } from "../password-link-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("setTitle"), referrer: "no-referrer" };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <PageMessages namespaces={["account"]}>
      <PasswordLinkPage
        purpose="invitation"
        token={typeof token === "string" ? token : undefined}
      />
    </PageMessages>
  );
}
