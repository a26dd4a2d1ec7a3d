import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Proportion, ShareRow, ShareTable } from "../../../core/pay/personnel.ts";
import type { Cell as Figure } from "../../../core/pay/suppression.ts";
import { useFormat } from "../../app/format.ts";
import { Table } from "../../ui/Table.tsx";

/** How the statistics write numbers and hidden figures, in the user's language. */
export function useFigures(k: number) {
  const { t } = useTranslation("payStatistics");
  const format = useFormat();
  return useMemo(() => {
    const percentFormat = new Intl.NumberFormat(format.locale, {
      style: "percent",
      maximumFractionDigits: 1,
    });
    const oneDecimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
    const percent = (value: number) => percentFormat.format(value / 100);
    const days = (value: number) => t("days", { count: value, value: oneDecimal.format(value) });
    // A hidden count in a share table is about 1 … k−1 people when it is hidden for its own
    // sake; a yes/no count may also be hidden because the rest of its sex is that small.
    const protectedText = t("cell.protected");
    return {
      percent,
      days,
      decimal: (value: number) => oneDecimal.format(value),
      count: (cell: Figure) =>
        cell.suppressed
          ? cell.suppressed === "primary"
            ? t("cell.fewer", { k })
            : protectedText
          : format.number(cell.value ?? 0),
      /** The share of a row of a share table. */
      share: (row: ShareRow, value: number | null) =>
        value !== null
          ? percent(value)
          : row.total.value === 0
            ? t("cell.noPeople")
            : t("cell.hidden"),
      balanced: (row: ShareRow) =>
        row.balanced === null
          ? row.total.value === 0
            ? t("cell.noPeople")
            : t("cell.hidden")
          : row.balanced
            ? t("cell.yes")
            : t("cell.no"),
      proportionCount: (p: Proportion) =>
        p.suppressed
          ? p.suppressed === "primary"
            ? t("cell.smallGroup")
            : protectedText
          : format.number(p.count ?? 0),
      proportionShare: (p: Proportion) =>
        p.suppressed
          ? t("cell.hidden")
          : p.percent === null
            ? t("cell.noPeople")
            : percent(p.percent),
      mean: (cell: Figure) =>
        cell.suppressed
          ? t("cell.fewerPeople", { k })
          : cell.value === null
            ? t("cell.none")
            : days(cell.value),
      /** Short text on a chart bar without a value. */
      barNote: (suppressed: Figure["suppressed"]) =>
        suppressed ? t("cell.hidden") : t("cell.none"),
    };
  }, [t, format, k]);
}

export type Figures = ReturnType<typeof useFigures>;

/** Is the text in a cell a hidden figure (shown in a muted style)? */
const isHidden = (value: number | null, suppressed: string | null) =>
  value === null || suppressed !== null;

function NumberCell({
  label,
  children,
  hidden,
}: {
  label: string;
  children: string;
  hidden?: boolean;
}) {
  return (
    <td data-label={label} className={hidden ? "numeric stats-hidden" : "numeric"}>
      {children}
    </td>
  );
}

/** A share table: one row per group, the total last; hidden figures written out as text. */
export function ShareTableView({
  caption,
  groupLabel,
  table,
  nameOf,
  figures,
}: {
  caption: string;
  groupLabel: string;
  table: ShareTable;
  nameOf: (row: ShareRow) => string;
  figures: Figures;
}) {
  const { t } = useTranslation("payStatistics");
  const columns = [
    { key: "group", label: groupLabel },
    { key: "women", label: t("column.women"), numeric: true },
    { key: "men", label: t("column.men"), numeric: true },
    { key: "total", label: t("column.total"), numeric: true },
    { key: "shareWomen", label: t("column.shareWomen"), numeric: true },
    { key: "shareMen", label: t("column.shareMen"), numeric: true },
    { key: "even", label: t("column.even") },
  ];
  const row = (r: ShareRow, name: string, total = false) => (
    <tr key={total ? "total" : r.key} className={total ? "stats-total" : undefined}>
      <th scope="row">{name}</th>
      <NumberCell label={columns[1]!.label} hidden={isHidden(r.women.value, r.women.suppressed)}>
        {figures.count(r.women)}
      </NumberCell>
      <NumberCell label={columns[2]!.label} hidden={isHidden(r.men.value, r.men.suppressed)}>
        {figures.count(r.men)}
      </NumberCell>
      <NumberCell label={columns[3]!.label} hidden={isHidden(r.total.value, r.total.suppressed)}>
        {figures.count(r.total)}
      </NumberCell>
      <NumberCell label={columns[4]!.label} hidden={r.womenPercent === null}>
        {figures.share(r, r.womenPercent)}
      </NumberCell>
      <NumberCell label={columns[5]!.label} hidden={r.menPercent === null}>
        {figures.share(r, r.menPercent)}
      </NumberCell>
      <td
        data-label={columns[6]!.label}
        className={r.balanced === null ? "stats-hidden" : undefined}
      >
        {figures.balanced(r)}
      </td>
    </tr>
  );
  return (
    <Table caption={caption} columns={columns} className="stats-table">
      {table.rows.map((r) => row(r, nameOf(r)))}
      {row(table.total, t("totalRow"), true)}
    </Table>
  );
}

/** Per sex: how many have something and their share of the sex, with optional more columns. */
export function SexTableView({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: { key: string; label: string }[];
  rows: { sex: string; cells: { text: string; hidden: boolean }[] }[];
}) {
  const { t } = useTranslation("payStatistics");
  const all = [
    { key: "sex", label: t("column.sex") },
    ...columns.map((c) => ({ ...c, numeric: true })),
  ];
  return (
    <Table caption={caption} columns={all} compact className="stats-table">
      {rows.map((r) => (
        <tr key={r.sex}>
          <th scope="row">{r.sex}</th>
          {r.cells.map((cell, i) => (
            <NumberCell key={columns[i]!.key} label={columns[i]!.label} hidden={cell.hidden}>
              {cell.text}
            </NumberCell>
          ))}
        </tr>
      ))}
    </Table>
  );
}
