import { useState } from "react";
import { useTranslation } from "react-i18next";
import { GENDER_BALANCE_DIMENSION_LABELS } from "../../core/cycle/labels.ts";
import {
  GENDER_BALANCE_DIMENSIONS,
  type GenderBalanceDimension,
} from "../../core/cycle/vocabulary.ts";
import { api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { ConfirmDialog, ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { TextField } from "../ui/TextField.tsx";
import { ConflictAlert, useConflict, useMayManage } from "./follow/shared.tsx";
import { useLabel } from "./labels.ts";
import type { GenderBalanceGroup, Measure } from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";

/** The interval that is usually read as an even distribution (per cent women). */
const EVEN = { min: 40, max: 60 };

type GroupDialog =
  | { kind: "add"; dimension: GenderBalanceDimension }
  | { kind: "edit"; id: string }
  | { kind: "delete"; id: string };

/** § 7: women and men per type of work, employee category and management level. */
export function GenderBalance() {
  const { t } = useTranslation("cycleFollow");
  const label = useLabel();
  const { organisation } = useOrganisation();
  const { workYear, apiBase, base, reload: reloadYear } = useWorkYear();
  const groups = useResource<GenderBalanceGroup[]>(`${apiBase}/gender-balance`);
  const measures = useResource<Measure[]>(`${apiBase}/measures`);
  const [dialog, setDialog] = useState<GroupDialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t("genderBalance.title"), String(workYear.year), organisation.name);

  const list = groups.data ?? [];
  const find = (id: string) => list.find((g) => g.id === id);
  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    groups.reload();
    reloadYear();
  };
  const open = (next: GroupDialog) => {
    setMessage(null);
    setDialog(next);
  };

  return (
    <>
      <PageHeading intro={t("genderBalance.intro")}>
        {t("genderBalance.title")} {workYear.year}
      </PageHeading>
      <p>{t("genderBalance.barExplained", EVEN)}</p>
      <p className="muted">{t("genderBalance.statisticsNote")}</p>
      <p>
        {t("genderBalance.measuresNote")}{" "}
        <TextLink href={`${base}/atgarder`}>{t("genderBalance.toMeasures")}</TextLink>
      </p>
      <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {groups.error ? <LoadError error={groups.error} onRetry={groups.reload} /> : null}
      {!groups.data && !groups.error ? <Loading /> : null}
      {groups.data
        ? GENDER_BALANCE_DIMENSIONS.map((dimension) => (
            <Dimension
              key={dimension}
              dimension={dimension}
              title={label(GENDER_BALANCE_DIMENSION_LABELS[dimension])}
              groups={list.filter((g) => g.dimension === dimension)}
              measures={measures.data ?? []}
              onAction={open}
            />
          ))
        : null}
      {dialog?.kind === "add" ? (
        <GroupForm
          dimension={dialog.dimension}
          onClose={() => setDialog(null)}
          onReload={groups.reload}
          onDone={(g) => done(t("genderBalance.added", { label: g.label }))}
        />
      ) : null}
      {dialog?.kind === "edit" && find(dialog.id) ? (
        <GroupForm
          group={find(dialog.id)}
          dimension={find(dialog.id)!.dimension}
          onClose={() => setDialog(null)}
          onReload={groups.reload}
          onDone={(g) => done(t("genderBalance.updated", { label: g.label }))}
        />
      ) : null}
      {dialog?.kind === "delete" && find(dialog.id) ? (
        <ConfirmDialog
          title={t("genderBalance.deleteTitle", { label: find(dialog.id)!.label })}
          confirmLabel={t("common.remove")}
          action={() =>
            api(orgPath(organisation.id, "gender-balance", dialog.id), { method: "DELETE" })
          }
          onDone={() => done(t("genderBalance.deleted", { label: find(dialog.id)?.label ?? "" }))}
          onCancel={() => setDialog(null)}
        >
          <p>{t("genderBalance.deleteText")}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function Dimension({
  dimension,
  title,
  groups,
  measures,
  onAction,
}: {
  dimension: GenderBalanceDimension;
  title: string;
  groups: GenderBalanceGroup[];
  measures: Measure[];
  onAction: (dialog: GroupDialog) => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const format = useFormat();
  const { base } = useWorkYear();
  const mayManage = useMayManage();
  const headingId = `dimension-${dimension}`;
  const uneven = groups.filter((g) => g.balanced === false).length;
  const columns = [
    { key: "label", label: t("genderBalance.group") },
    { key: "women", label: t("genderBalance.women"), numeric: true },
    { key: "men", label: t("genderBalance.men"), numeric: true },
    { key: "share", label: t("genderBalance.shareWomen"), numeric: true },
    { key: "balance", label: t("genderBalance.distribution") },
    { key: "measures", label: t("genderBalance.linkedMeasures") },
    ...(mayManage ? [{ key: "actions", label: t("common.actions"), hidden: true }] : []),
  ];
  const percent = (value: number) =>
    new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(value);

  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="follow-heading-row">
        <h2 id={headingId}>{title}</h2>
        {mayManage ? (
          <Button
            onPress={() => onAction({ kind: "add", dimension })}
            aria-label={t("genderBalance.addTo", { dimension: title })}
          >
            {t("genderBalance.add")}
          </Button>
        ) : null}
      </div>
      <p className="muted">{t(`genderBalance.dimensionHelp.${dimension}`)}</p>
      {groups.length === 0 ? (
        <p>{t("genderBalance.noGroups")}</p>
      ) : (
        <>
          <p>
            {t("genderBalance.summary", {
              count: groups.length,
              even: groups.filter((g) => g.balanced === true).length,
              uneven,
            })}
          </p>
          <Table caption={title} hideCaption columns={columns}>
            {groups.map((group) => {
              const linked = group.measureIds.map(
                (id) => measures.find((m) => m.id === id) ?? { id, title: null },
              );
              return (
                <tr key={group.id}>
                  <Cell label={columns[0]!.label}>{group.label}</Cell>
                  <Cell label={columns[1]!.label} numeric>
                    {format.number(group.women)}
                  </Cell>
                  <Cell label={columns[2]!.label} numeric>
                    {format.number(group.men)}
                  </Cell>
                  <Cell label={columns[3]!.label} numeric>
                    {group.shareWomen === null
                      ? t("genderBalance.noShare")
                      : t("genderBalance.percent", { value: percent(group.shareWomen) })}
                  </Cell>
                  <Cell label={columns[4]!.label}>
                    <div className="gb-balance">
                      <span
                        className={
                          group.balanced === null
                            ? "badge badge--neutral"
                            : group.balanced
                              ? "badge badge--success"
                              : "badge follow-badge--warning"
                        }
                      >
                        {group.balanced === null
                          ? t("genderBalance.empty")
                          : group.balanced
                            ? t("genderBalance.even")
                            : t("genderBalance.uneven")}
                      </span>
                      {group.shareWomen === null ? null : <Bar share={group.shareWomen} />}
                    </div>
                  </Cell>
                  <Cell label={columns[5]!.label}>
                    {linked.length === 0 ? (
                      <span className="muted">{t("genderBalance.noMeasures")}</span>
                    ) : (
                      <ul className="follow-plain-list">
                        {linked.map((m) => (
                          <li key={m.id}>
                            <TextLink href={`${base}/atgarder/${m.id}`}>
                              {m.title ?? t("genderBalance.measure")}
                            </TextLink>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Cell>
                  {mayManage ? (
                    <Cell actions>
                      <Button
                        size="small"
                        aria-label={t("genderBalance.editLabel", { label: group.label })}
                        onPress={() => onAction({ kind: "edit", id: group.id })}
                      >
                        {t("common.edit")}
                      </Button>
                      <Button
                        size="small"
                        aria-label={t("genderBalance.deleteLabel", { label: group.label })}
                        onPress={() => onAction({ kind: "delete", id: group.id })}
                      >
                        {t("common.remove")}
                      </Button>
                    </Cell>
                  ) : null}
                </tr>
              );
            })}
          </Table>
        </>
      )}
    </section>
  );
}

/** The share of women on a 0–100 % scale with the even interval marked; the numbers are in the table. */
function Bar({ share }: { share: number }) {
  return (
    <span className="gb-bar" aria-hidden="true">
      <span
        className="gb-bar__even"
        style={{ left: `${EVEN.min}%`, width: `${EVEN.max - EVEN.min}%` }}
      />
      <span className="gb-bar__fill" style={{ width: `${Math.min(100, Math.max(0, share))}%` }} />
    </span>
  );
}

function GroupForm({
  group,
  dimension: initialDimension,
  onClose,
  onDone,
  onReload,
}: {
  group?: GenderBalanceGroup;
  dimension: GenderBalanceDimension;
  onClose: () => void;
  onDone: (group: GenderBalanceGroup) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const { t: tCommon } = useTranslation();
  const label = useLabel();
  const { organisation } = useOrganisation();
  const { apiBase } = useWorkYear();
  const form = useFormSubmit();
  const conflict = useConflict();
  const [dimension, setDimension] = useState<GenderBalanceDimension>(initialDimension);
  const [name, setName] = useState(group?.label ?? "");
  const [women, setWomen] = useState(group ? String(group.women) : "");
  const [men, setMen] = useState(group ? String(group.men) : "");
  const labels = {
    dimension: t("genderBalance.dimension"),
    label: t("genderBalance.groupName"),
    women: t("genderBalance.womenCount"),
    men: t("genderBalance.menCount"),
  };
  const count = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null);

  return (
    <ModalDialog
      title={group ? t("genderBalance.editTitle", { label: group.label }) : t("genderBalance.add")}
      onClose={onClose}
    >
      {(close) => (
        <AppForm
          form={form}
          labels={labels}
          onSubmit={async () => {
            const errors = {
              label: !name.trim() && t("genderBalance.groupNameRequired"),
              women: count(women) === null && t("genderBalance.countInvalid"),
              men: count(men) === null && t("genderBalance.countInvalid"),
            };
            if (anyError(errors)) return errors;
            const body = { dimension, label: name.trim(), women: count(women), men: count(men) };
            if (group) {
              await conflict.guard(async () => {
                const updated = await api<GenderBalanceGroup>(
                  orgPath(organisation.id, "gender-balance", group.id),
                  { method: "PATCH", body: { ...body, version: group.version } },
                );
                onDone(updated);
              });
            } else {
              onDone(
                await api<GenderBalanceGroup>(`${apiBase}/gender-balance`, {
                  method: "POST",
                  body,
                }),
              );
            }
          }}
        >
          <Select
            name="dimension"
            label={labels.dimension}
            options={GENDER_BALANCE_DIMENSIONS.map((id) => ({
              id,
              label: label(GENDER_BALANCE_DIMENSION_LABELS[id]),
            }))}
            value={dimension}
            onChange={setDimension}
          />
          <TextField
            name="label"
            label={labels.label}
            description={t(`genderBalance.groupNameHelp.${dimension}`)}
            value={name}
            onChange={setName}
            isRequired
          />
          <div className="form-row">
            <TextField
              name="women"
              label={labels.women}
              inputMode="numeric"
              narrow
              value={women}
              onChange={setWomen}
              isRequired
            />
            <TextField
              name="men"
              label={labels.men}
              inputMode="numeric"
              narrow
              value={men}
              onChange={setMen}
              isRequired
            />
          </div>
          <p className="muted">{t("genderBalance.countsHelp")}</p>
          <ConflictAlert conflict={conflict} onReload={onReload} />
          <div className="dialog__actions">
            <Button onPress={close}>{tCommon("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {group ? tCommon("action.save") : t("genderBalance.addSubmit")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}
