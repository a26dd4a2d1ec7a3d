import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Unit } from "../app/types.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { ConfirmDialog, ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { MenuButton } from "../ui/Menu.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { TextField } from "../ui/TextField.tsx";
import { buildUnitTree, flattenTree, subtreeIds, type UnitNode, unitPaths } from "./unitTree.ts";

type Dialog =
  | { kind: "add"; parent: Unit | null }
  | { kind: "rename"; unit: Unit }
  | { kind: "move"; unit: Unit }
  | { kind: "delete"; unit: Unit };

export function Units() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const mayManage = can(organisation, "units.manage");
  const units = useResource<Unit[]>(orgPath(organisation.id, "units"));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t("nav.units"), organisation.name);

  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    units.reload();
  };
  const tree = units.data ? buildUnitTree(units.data, format.locale) : [];

  return (
    <>
      <PageHeading
        intro={mayManage ? t("units.introManage") : t("units.intro")}
        actions={
          mayManage ? (
            <Button
              variant="primary"
              onPress={() => {
                setMessage(null);
                setDialog({ kind: "add", parent: null });
              }}
            >
              {t("units.addTop")}
            </Button>
          ) : null
        }
      >
        {t("nav.units")}
      </PageHeading>
      <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {units.error ? <LoadError error={units.error} onRetry={units.reload} /> : null}
      {units.data ? (
        units.data.length === 0 ? (
          <p>{t("units.none")}</p>
        ) : (
          <section aria-labelledby="unit-tree-heading">
            <h2 id="unit-tree-heading">{t("units.count", { count: units.data.length })}</h2>
            <UnitList
              nodes={tree}
              mayManage={mayManage}
              onAction={(next) => {
                setMessage(null);
                setDialog(next);
              }}
            />
          </section>
        )
      ) : units.error ? null : (
        <Loading />
      )}
      {dialog && units.data ? (
        <UnitDialog
          dialog={dialog}
          units={units.data}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
    </>
  );
}

function UnitList({
  nodes,
  mayManage,
  onAction,
}: {
  nodes: UnitNode[];
  mayManage: boolean;
  onAction: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree">
      {nodes.map(({ unit, children }) => (
        <li key={unit.id} className="unit-tree__item">
          <div className="unit-tree__row">
            <span className="unit-tree__name">{unit.name}</span>
            {children.length > 0 ? (
              <span className="muted unit-tree__count">
                {t("units.subunits", { count: children.length })}
              </span>
            ) : null}
            {mayManage ? (
              <MenuButton
                size="small"
                aria-label={t("units.actionsFor", { name: unit.name })}
                items={[
                  {
                    id: "add",
                    label: t("units.addChild"),
                    onAction: () => onAction({ kind: "add", parent: unit }),
                  },
                  {
                    id: "rename",
                    label: t("units.rename"),
                    onAction: () => onAction({ kind: "rename", unit }),
                  },
                  {
                    id: "move",
                    label: t("units.move"),
                    onAction: () => onAction({ kind: "move", unit }),
                  },
                  {
                    id: "delete",
                    label: t("action.remove"),
                    onAction: () => onAction({ kind: "delete", unit }),
                  },
                ]}
              >
                {t("common.actions")}
              </MenuButton>
            ) : null}
          </div>
          {children.length > 0 ? (
            <UnitList nodes={children} mayManage={mayManage} onAction={onAction} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function UnitDialog({
  dialog,
  units,
  onClose,
  onDone,
}: {
  dialog: Dialog;
  units: Unit[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  switch (dialog.kind) {
    case "add":
      return <NameDialog parent={dialog.parent} onClose={onClose} onDone={onDone} />;
    case "rename":
      return <NameDialog unit={dialog.unit} onClose={onClose} onDone={onDone} />;
    case "move":
      return <MoveDialog unit={dialog.unit} units={units} onClose={onClose} onDone={onDone} />;
    case "delete":
      return <DeleteDialog unit={dialog.unit} onClose={onClose} onDone={onDone} />;
  }
}

/** Adds a unit (at the top or below `parent`) or renames `unit`. */
function NameDialog({
  unit,
  parent,
  onClose,
  onDone,
}: {
  unit?: Unit;
  parent?: Unit | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [name, setName] = useState(unit?.name ?? "");
  const title = unit
    ? t("units.renameTitle", { name: unit.name })
    : parent
      ? t("units.addChildTitle", { parent: parent.name })
      : t("units.addTop");
  return (
    <ModalDialog title={title} onClose={onClose}>
      {(close) => (
        <AppForm
          form={form}
          labels={{ name: t("field.unitName") }}
          onSubmit={async () => {
            const value = name.trim();
            if (!value) return { name: t("validation.unitNameRequired") };
            if (unit) {
              await api(orgPath(organisation.id, "units", unit.id), {
                method: "PATCH",
                body: { name: value },
              });
              onDone(t("units.renamed", { name: value }));
            } else {
              await api(orgPath(organisation.id, "units"), {
                method: "POST",
                body: { name: value, parentId: parent?.id ?? null },
              });
              onDone(t("units.added", { name: value }));
            }
          }}
        >
          <TextField
            name="name"
            label={t("field.unitName")}
            value={name}
            onChange={setName}
            isRequired
            autoFocus
          />
          <div className="dialog__actions">
            <Button onPress={close}>{t("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {unit ? t("action.save") : t("units.add")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}

const TOP_LEVEL = "__top__";

function MoveDialog({
  unit,
  units,
  onClose,
  onDone,
}: {
  unit: Unit;
  units: Unit[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [parentId, setParentId] = useState<string>(unit.parentId ?? TOP_LEVEL);
  const excluded = subtreeIds(units, unit.id);
  const paths = unitPaths(units, format.locale);
  const options = [
    { id: TOP_LEVEL, label: t("units.topLevel") },
    ...flattenTree(buildUnitTree(units, format.locale))
      .filter((node) => !excluded.has(node.unit.id))
      .map((node) => ({ id: node.unit.id, label: paths.get(node.unit.id) ?? node.unit.name })),
  ];
  return (
    <ModalDialog title={t("units.moveTitle", { name: unit.name })} onClose={onClose}>
      {(close) => (
        <AppForm
          form={form}
          labels={{ parentId: t("field.parentUnit") }}
          onSubmit={async () => {
            await api(orgPath(organisation.id, "units", unit.id), {
              method: "PATCH",
              body: { parentId: parentId === TOP_LEVEL ? null : parentId },
            });
            onDone(t("units.moved", { name: unit.name }));
          }}
        >
          <Select
            name="parentId"
            label={t("field.parentUnit")}
            description={t("units.moveHint")}
            options={options}
            value={parentId}
            onChange={setParentId}
          />
          <div className="dialog__actions">
            <Button onPress={close}>{t("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("units.move")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}

function DeleteDialog({
  unit,
  onClose,
  onDone,
}: {
  unit: Unit;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  return (
    <ConfirmDialog
      title={t("units.deleteTitle", { name: unit.name })}
      confirmLabel={t("action.remove")}
      action={() => api(orgPath(organisation.id, "units", unit.id), { method: "DELETE" })}
      onDone={() => onDone(t("units.deleted", { name: unit.name }))}
      onCancel={onClose}
    >
      <p>{t("units.deleteText")}</p>
    </ConfirmDialog>
  );
}
