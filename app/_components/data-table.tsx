import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";

export type Column<T> = {
  /** Unique within the table. */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The column that names the row (e.g. the organization): rendered as a row header. */
  rowHeader?: boolean;
  className?: string;
};

/**
 * A list as a table: a caption (visually hidden unless asked) that names it for screen
 * readers, column headers with their scope, and an empty state instead of an empty table.
 */
export function DataTable<T>({
  caption,
  showCaption = false,
  columns,
  rows,
  rowKey,
  rowClassName,
  empty,
  footer,
}: {
  caption: string;
  showCaption?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  /** Shown instead of the table when there are no rows. */
  empty: { title: string; children?: ReactNode };
  footer?: ReactNode;
}) {
  if (rows.length === 0) {
    return (
      <div className="card">
        <EmptyState title={empty.title}>{empty.children}</EmptyState>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table>
        <caption {...classOf(showCaption ? undefined : "visually-hidden")}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" {...classOf(c.className)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...classOf(rowClassName?.(row))}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" {...classOf(c.className)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} {...classOf(c.className)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}

/**
 * A class only where there is one: the table is rendered on the server, and every prop left
 * undefined is still written into the page's payload ("$undefined", twice per cell).
 */
function classOf(className: string | undefined): { className?: string } {
  return className ? { className } : {};
}
