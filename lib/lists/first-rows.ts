// Lists on a page that also shows other things (a meeting's reports, a record's comments) show
// their first rows unless all are asked for: ten years of bodies and comment rounds make lists
// no page should render whole, and each has a page or a link that shows everything.

/** How many rows such a list shows before "Show all". */
export const ROWS_SHOWN = 10;

export function firstRows<T>(
  rows: readonly T[],
  showAll: boolean,
  shown = ROWS_SHOWN,
): { rows: T[]; hidden: number } {
  if (showAll || rows.length <= shown) return { rows: [...rows], hidden: 0 };
  return { rows: rows.slice(0, shown), hidden: rows.length - shown };
}
