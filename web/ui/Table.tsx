import type { ReactNode } from "react";
import { cx } from "./cx.ts";

export interface TableProps {
  caption: ReactNode;
  /** Show the caption only to screen readers (when a heading right above says the same). */
  hideCaption?: boolean;
  columns: { key: string; label: ReactNode; numeric?: boolean; hidden?: boolean }[];
  children: ReactNode;
  className?: string;
  /** A small table (few columns) that should not stretch across a wide screen. */
  compact?: boolean;
}

/**
 * A data table (native <table>, so screen readers announce headers). On phones each row
 * becomes a card; cells show their column name from `data-label` (see Cell).
 */
export function Table({ caption, hideCaption, columns, children, className, compact }: TableProps) {
  return (
    <div className={cx("table-wrap", compact && "table-wrap--compact")}>
      <table className={cx("table", "table--stack", className)}>
        <caption className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={
                  cx(
                    column.numeric && "numeric",
                    column.key === "actions" && "table__actions-header",
                  ) || undefined
                }
              >
                {column.hidden ? (
                  <span className="visually-hidden">{column.label}</span>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export interface CellProps {
  /** The column name, shown above the value when rows stack on a phone. */
  label?: string;
  numeric?: boolean;
  actions?: boolean;
  children: ReactNode;
}

export function Cell({ label, numeric, actions, children }: CellProps) {
  return (
    <td
      data-label={actions ? undefined : label}
      className={cx(numeric && "numeric", actions && "table__actions") || undefined}
    >
      {actions ? <div className="cluster">{children}</div> : children}
    </td>
  );
}
