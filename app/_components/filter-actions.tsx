import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The end of a filter bar: apply the filter, and clear it once one is set. */
export async function FilterActions({
  filtered,
  clearHref,
}: {
  filtered: boolean;
  clearHref: string;
}) {
  const t = await getTranslations("filters");
  return (
    <>
      <button type="submit" className="button secondary">
        {t("apply")}
      </button>
      {filtered ? (
        <Link href={clearHref} className="button link">
          {t("clear")}
        </Link>
      ) : null}
    </>
  );
}
