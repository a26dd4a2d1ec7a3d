import { useTranslation } from "react-i18next";
import { useFormat } from "../app/format.ts";
import type { Role, Unit } from "../app/types.ts";
import { CheckboxGroup } from "../ui/Checkbox.tsx";
import { Select } from "../ui/Select.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useRoleOptions } from "./labels.ts";
import { buildUnitTree, flattenTree, unitPaths } from "./unitTree.ts";

export interface RoleValue {
  role: Role | null;
  unionName: string;
  unitIds: string[];
}

/** Role, and what the role needs: the union's name for a union rep, units for a manager. */
export function RoleFields({
  value,
  onChange,
  units,
}: {
  value: RoleValue;
  onChange: (value: RoleValue) => void;
  units: Unit[];
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const roles = useRoleOptions();
  const paths = unitPaths(units, locale);
  const unitOptions = flattenTree(buildUnitTree(units, locale)).map((node) => ({
    id: node.unit.id,
    label: paths.get(node.unit.id) ?? node.unit.name,
  }));
  return (
    <>
      <Select
        name="role"
        label={t("field.role")}
        description={value.role ? t(`roleDescription.${value.role}`) : undefined}
        placeholder={t("field.choose")}
        options={roles}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        isRequired
      />
      {value.role === "union_rep" ? (
        <TextField
          name="unionName"
          label={t("field.unionName")}
          description={t("field.unionNameHint")}
          value={value.unionName}
          onChange={(unionName) => onChange({ ...value, unionName })}
          isRequired
        />
      ) : null}
      {value.role === "manager" ? (
        unitOptions.length > 0 ? (
          <CheckboxGroup
            name="unitIds"
            label={t("field.units")}
            description={t("field.unitsHint")}
            options={unitOptions}
            value={value.unitIds}
            onChange={(unitIds) => onChange({ ...value, unitIds })}
            optional
          />
        ) : (
          <p className="muted">{t("field.noUnits")}</p>
        )
      ) : null}
    </>
  );
}

/** The request body fields for a role choice. */
export function roleBody(value: RoleValue) {
  return {
    role: value.role,
    unionName: value.role === "union_rep" ? value.unionName.trim() : undefined,
    unitIds: value.role === "manager" ? value.unitIds : [],
  };
}
