import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../app/format.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { CheckboxGroup } from "../ui/Checkbox.tsx";
import { DateField } from "../ui/DateField.tsx";
import { FieldHelp } from "../ui/Field.tsx";
import { TextField } from "../ui/TextField.tsx";
import { type AnswerStore, decode, encode, useAnswer } from "./answerStore.ts";
import type { AnswerValue, TableRow, WorkbookItem } from "./types.ts";

/** A new table row's id: short, unique enough within one table, and stable once saved. */
const newRowId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * One question of a workbook: its editor by type, a quiet line that says whether it is saved,
 * and, after someone else saved the same answer first, both versions and a choice.
 * `rowExtra` adds something under each table row (the plan's "make it a measure").
 */
export function AnswerField({
  store,
  partId,
  item,
  readOnly,
  rowExtra,
  noOptionalMark,
}: {
  store: AnswerStore;
  partId: string;
  item: WorkbookItem;
  readOnly: boolean;
  rowExtra?: (row: TableRow, saved: boolean) => ReactNode;
  /** For the time plan, where every date is optional and saying so on each is noise. */
  noOptionalMark?: boolean;
}) {
  const { t } = useTranslation("workbooks");
  const state = useAnswer(store, partId, item.id);
  const typed = decode(state.text);
  const fromPrefill = typed === undefined && item.prefill !== null;
  const value = typed ?? item.prefill ?? emptyValue(item);
  const savedRows = new Set(
    Array.isArray(state.note?.value)
      ? (state.note.value as TableRow[]).map((r) => r.id)
      : Array.isArray(item.prefill) && !state.note
        ? (item.prefill as TableRow[]).map((r) => r.id)
        : [],
  );
  const edit = (next: AnswerValue) => store.edit(partId, item.id, encode(next));
  const flush = () => void store.flush(partId, item.id);
  const editNow = (next: AnswerValue) => {
    edit(next);
    flush();
  };
  const label =
    item.required || noOptionalMark ? item.label : t("run.optional", { label: item.label });
  const help = item.help ?? undefined;

  if (readOnly)
    return (
      <div className="answer" id={`fraga-${item.id}`}>
        <h3 className="answer__label">{label}</h3>
        <AnswerText item={item} value={value} />
        {item.type === "table" && rowExtra ? (
          <ul className="answer__row-extras">
            {(value as TableRow[]).map((row) => (
              <li key={row.id}>{rowExtra(row, savedRows.has(row.id))}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );

  return (
    <div className="answer" id={`fraga-${item.id}`}>
      {fromPrefill ? <p className="answer__prefill">{t("run.prefilled")}</p> : null}
      {item.type === "text" ? (
        <TextField
          label={label}
          description={help}
          multiline
          value={value as string}
          isReadOnly={readOnly}
          onChange={edit}
          onBlur={flush}
        />
      ) : item.type === "date" ? (
        <DateField label={label} description={help} value={value as string} onChange={editNow} />
      ) : item.type === "checklist" ? (
        <CheckboxGroup
          label={label}
          description={help}
          options={item.options}
          value={value as string[]}
          onChange={editNow}
        />
      ) : item.type === "list" ? (
        <ListEditor
          label={label}
          help={help}
          lines={value as string[]}
          readOnly={readOnly}
          onChange={edit}
          onLeave={flush}
        />
      ) : (
        <TableEditor
          item={item}
          label={label}
          help={help}
          rows={value as TableRow[]}
          readOnly={readOnly}
          onChange={edit}
          onChangeNow={editNow}
          onLeave={flush}
          rowExtra={rowExtra ? (row) => rowExtra(row, savedRows.has(row.id)) : undefined}
        />
      )}
      <SaveStatus store={store} partId={partId} item={item} />
    </div>
  );
}

function emptyValue(item: WorkbookItem): AnswerValue {
  return item.type === "text" || item.type === "date" ? "" : [];
}

/** "Sparat 14:02", "Sparar …", or the choice after a conflict. */
function SaveStatus({
  store,
  partId,
  item,
}: {
  store: AnswerStore;
  partId: string;
  item: WorkbookItem;
}) {
  const { t } = useTranslation("workbooks");
  const format = useFormat();
  const clock = format.dateTime;
  const state = useAnswer(store, partId, item.id);
  const s = state.state;
  const text =
    s.kind === "idle"
      ? state.note
        ? t("save.savedBy", {
            time: clock(state.note.updatedAt),
            name: state.note.updatedByName ?? t("save.someone"),
          })
        : ""
      : s.kind === "saving"
        ? t("save.saving")
        : s.kind === "saved"
          ? t("save.saved", { time: clock(s.at) })
          : s.kind === "retrying"
            ? t("save.retrying")
            : s.kind === "conflict"
              ? t("save.conflictStatus")
              : t("save.failed", { message: s.message });
  const warn = s.kind === "retrying" || s.kind === "failed";
  return (
    <>
      <p role="status" className={warn ? "answer__status answer__status--warn" : "answer__status"}>
        {text}
      </p>
      {s.kind === "conflict" ? (
        <Alert tone="warning" className="answer-conflict">
          <p>
            <strong>
              {t("save.conflict", {
                name: s.theirs?.updatedByName ?? t("save.someone"),
                time: s.theirs ? clock(s.theirs.updatedAt) : "",
              })}
            </strong>{" "}
            {t("save.conflictKept")}
          </p>
          <p className="answer-conflict__label">{t("save.otherVersion")}</p>
          <div className="answer-conflict__theirs">
            <AnswerText item={item} value={s.theirs?.value} />
          </div>
          <div className="cluster">
            <Button variant="primary" onPress={() => store.keepMine(partId, item.id)}>
              {t("save.keepMine")}
            </Button>
            <Button onPress={() => store.takeTheirs(partId, item.id)}>
              {t("save.takeTheirs")}
            </Button>
          </div>
        </Alert>
      ) : null}
    </>
  );
}

/** An answer as text, for the other version in a conflict and for the history. */
export function AnswerText({
  item,
  value,
}: {
  item: WorkbookItem;
  value: AnswerValue | undefined;
}) {
  const { t } = useTranslation("workbooks");
  const format = useFormat();
  const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? format.date(iso) : iso);
  if (value === undefined || (Array.isArray(value) && value.length === 0) || value === "")
    return <p className="muted">{t("save.empty")}</p>;
  if (typeof value === "string")
    return <p className="answer-text">{item.type === "date" ? day(value) : value}</p>;
  if (item.type === "checklist")
    return (
      <ul>
        {(value as string[]).map((id) => (
          <li key={id}>{item.options.find((o) => o.id === id)?.label ?? id}</li>
        ))}
      </ul>
    );
  if (item.type === "list")
    return (
      <ul>
        {(value as string[]).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own
          <li key={i}>{line}</li>
        ))}
      </ul>
    );
  return (
    <ul>
      {(value as TableRow[]).map((row) => (
        <li key={row.id}>
          {item.columns
            .map((c) => {
              const cell = row.cells[c.id]?.trim();
              return cell && c.kind === "date" ? day(cell) : cell;
            })
            .filter(Boolean)
            .join(" – ")}
        </li>
      ))}
    </ul>
  );
}

/** A list answer: one field per line, lines added and removed with buttons. */
function ListEditor({
  label,
  help,
  lines,
  readOnly,
  onChange,
  onLeave,
}: {
  label: string;
  help?: string;
  lines: string[];
  readOnly: boolean;
  onChange: (lines: string[]) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation("workbooks");
  const legendId = useId();
  const shown = lines.length > 0 ? lines : [""];
  const focusLine = (index: number) =>
    setTimeout(() => document.getElementById(`${legendId}-${index}`)?.focus(), 0);
  return (
    <fieldset className="answer-list" aria-describedby={help ? `${legendId}-help` : undefined}>
      <legend id={legendId} className="field__label">
        {label}
      </legend>
      {help ? (
        <div id={`${legendId}-help`}>
          <FieldHelp description={help} />
        </div>
      ) : null}
      <ol className="answer-list__lines">
        {shown.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a line is its position in the list
          <li key={index} className="answer-list__line">
            <TextField
              id={`${legendId}-${index}`}
              label={t("listEditor.line", { n: index + 1 })}
              value={line}
              isReadOnly={readOnly}
              onChange={(text) => onChange(shown.map((l, i) => (i === index ? text : l)))}
              onBlur={onLeave}
            />
            {!readOnly && shown.length > 1 ? (
              <Button
                variant="quiet"
                aria-label={t("listEditor.removeLine", { n: index + 1 })}
                onPress={() => {
                  onChange(shown.filter((_, i) => i !== index));
                  onLeave();
                  focusLine(Math.max(0, index - 1));
                }}
              >
                {t("listEditor.remove")}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <Button
          onPress={() => {
            onChange([...shown, ""]);
            focusLine(shown.length);
          }}
        >
          {t("listEditor.addLine")}
        </Button>
      )}
    </fieldset>
  );
}

/** A table answer: each row a group of fields (activity, responsible, date …). */
function TableEditor({
  item,
  label,
  help,
  rows,
  readOnly,
  onChange,
  onChangeNow,
  onLeave,
  rowExtra,
}: {
  item: WorkbookItem;
  label: string;
  help?: string;
  rows: TableRow[];
  readOnly: boolean;
  onChange: (rows: TableRow[]) => void;
  onChangeNow: (rows: TableRow[]) => void;
  onLeave: () => void;
  rowExtra?: (row: TableRow) => ReactNode;
}) {
  const { t } = useTranslation("workbooks");
  const legendId = useId();
  const setCell = (rowId: string, column: string, text: string) =>
    rows.map((r) => (r.id === rowId ? { ...r, cells: { ...r.cells, [column]: text } } : r));
  const focusRow = (index: number) =>
    setTimeout(
      () =>
        document
          .getElementById(`${legendId}-row-${index}`)
          ?.querySelector<HTMLElement>("input, textarea, [role=spinbutton]")
          ?.focus(),
      0,
    );
  return (
    <fieldset className="answer-table" aria-describedby={help ? `${legendId}-help` : undefined}>
      <legend className="field__label">{label}</legend>
      {help ? (
        <div id={`${legendId}-help`}>
          <FieldHelp description={help} />
        </div>
      ) : null}
      {rows.length === 0 ? <p className="muted">{t("table.noRows")}</p> : null}
      <ol className="answer-table__rows">
        {rows.map((row, index) => (
          <li key={row.id} id={`${legendId}-row-${index}`} className="answer-table__row">
            <fieldset>
              <legend className="answer-table__row-legend">
                {t("table.row", { n: index + 1 })}
              </legend>
              <div className="answer-table__cells">
                {item.columns.map((column) =>
                  column.kind === "date" ? (
                    <DateField
                      key={column.id}
                      label={column.label}
                      value={row.cells[column.id] ?? ""}
                      onChange={(text) => onChangeNow(setCell(row.id, column.id, text))}
                    />
                  ) : (
                    <TextField
                      key={column.id}
                      label={column.label}
                      value={row.cells[column.id] ?? ""}
                      isReadOnly={readOnly}
                      onChange={(text) => onChange(setCell(row.id, column.id, text))}
                      onBlur={onLeave}
                    />
                  ),
                )}
              </div>
              <div className="cluster answer-table__row-actions">
                {rowExtra?.(row)}
                {readOnly ? null : (
                  <Button
                    variant="quiet"
                    aria-label={t("table.removeRow", { n: index + 1 })}
                    onPress={() => {
                      onChangeNow(rows.filter((r) => r.id !== row.id));
                      focusRow(Math.max(0, index - 1));
                    }}
                  >
                    {t("table.remove")}
                  </Button>
                )}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <Button
          onPress={() => {
            onChange([...rows, { id: newRowId(), cells: {} }]);
            focusRow(rows.length);
          }}
        >
          {t("table.addRow")}
        </Button>
      )}
    </fieldset>
  );
}
