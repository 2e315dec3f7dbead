import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="main centered-page">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      {/* A plain link: next/link here would put its code in a chunk of its own on every page. */}
      <a href="/">{t("home")}</a>
    </main>
  );
}
