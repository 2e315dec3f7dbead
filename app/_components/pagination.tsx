import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** "Previous page · Page 2 of 7 · Next page", for lists that grow past a page. */
export async function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("pagination");
  return (
    <nav className="actions-row mt-l" aria-label={t("label")}>
      {page > 1 ? (
        <Link className="button secondary" href={hrefFor(page - 1)}>
          {t("previous")}
        </Link>
      ) : null}
      <span className="muted">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link className="button secondary" href={hrefFor(page + 1)}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
