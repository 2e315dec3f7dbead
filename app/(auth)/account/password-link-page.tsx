import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { AccountTokenPurpose } from "@/db/schema/enums";
import { lookupAccountLink } from "@/lib/accounts/queries";
import { AuthCard } from "../auth-card";
import { SetPasswordForm } from "./set-password-form";

/**
 * The page a link from an e-mail opens: the form to choose a password when the link is
 * usable, else why it is not and a way to ask for a new one (nothing about the account).
 */
export async function PasswordLinkPage({
  purpose,
  token,
}: {
  purpose: AccountTokenPurpose;
  token: string | undefined;
}) {
  const t = await getTranslations("account");
  const link = await lookupAccountLink(await getDb(), token ?? "");
  if (link.status !== "valid" || link.purpose !== purpose) {
    const reason =
      link.status === "expired"
        ? t("linkExpired")
        : link.status === "used"
          ? t("linkUsed")
          : t("linkUnknown");
    return (
      <AuthCard title={t("linkInvalidTitle")} lead={reason}>
        <p>
          <Link className="button" href="/forgot-password">
            {t("askNewLink")}
          </Link>
        </p>
        <p className="mt-l">
          <Link href="/login">{t("backToSignIn")}</Link>
        </p>
      </AuthCard>
    );
  }
  const invitation = purpose === "invitation";
  return (
    <AuthCard
      title={invitation ? t("setTitle") : t("resetTitle")}
      lead={
        invitation
          ? t("setLead", { name: link.name, email: link.email })
          : t("resetLead", { email: link.email })
      }
    >
      <SetPasswordForm token={token ?? ""} />
    </AuthCard>
  );
}
