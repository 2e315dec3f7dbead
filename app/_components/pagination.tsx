import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

/**
 * How many pages a list has; an address asking for a page past the last one (an old link, a
 * list that has since shrunk, a typed number) is sent to the last page rather than shown an
 * empty table.
 */
export function pageCount(
  list: { page: number; total: number; pageSize: number },
  hrefFor: (page: number) => string,
): number {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  if (list.page > pages) redirect(hrefFor(pages));
  return pages;
}

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
