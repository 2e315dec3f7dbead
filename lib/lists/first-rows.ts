// Lists on a page that also shows other things (a meeting's reports and records, a record's
// comments) show their first rows unless all are asked for: ten years of bodies and comment
// rounds make lists no page should render whole, and each has a link that shows everything.
// Each list is cut in the database (`first` / `firstComments` in lib/<area>/queries.ts), with
// the count of all for its "Show all (N)".

/** How many rows such a list shows before "Show all". */
export const ROWS_SHOWN = 10;
