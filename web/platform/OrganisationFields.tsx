import { useTranslation } from "react-i18next";
import type { Sector } from "../app/types.ts";
import type { LocalErrors } from "../ui/Form.tsx";
import { Select } from "../ui/Select.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useSectorOptions } from "./labels.ts";

/** What identifies an organisation: its name, organisationsnummer and sector. */
export interface OrganisationDetails {
  name: string;
  orgNumber: string;
  sector: Sector | null;
}

/** Labels for the error summary, and the check before the details are sent. */
export function useOrganisationDetailsForm() {
  const { t } = useTranslation();
  return {
    labels: {
      name: t("field.organisationName"),
      orgNumber: t("field.orgNumber"),
      sector: t("field.sector"),
    },
    validate: (value: OrganisationDetails): LocalErrors => ({
      name: !value.name.trim() && t("validation.organisationNameRequired"),
      orgNumber: !value.orgNumber.trim() && t("validation.orgNumberRequired"),
      sector: !value.sector && t("validation.sectorRequired"),
    }),
    /** The request body (trimmed). */
    body: (value: OrganisationDetails) => ({
      name: value.name.trim(),
      orgNumber: value.orgNumber.trim(),
      sector: value.sector,
    }),
  };
}

/** Name, organisationsnummer and sector, for creating an organisation and for its settings. */
export function OrganisationFields({
  value,
  onChange,
}: {
  value: OrganisationDetails;
  onChange: (value: OrganisationDetails) => void;
}) {
  const { t } = useTranslation();
  const sectors = useSectorOptions();
  return (
    <>
      <TextField
        name="name"
        label={t("field.organisationName")}
        autoComplete="organization"
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        isRequired
      />
      <TextField
        name="orgNumber"
        label={t("field.orgNumber")}
        description={t("field.orgNumberHint")}
        inputMode="numeric"
        narrow
        value={value.orgNumber}
        onChange={(orgNumber) => onChange({ ...value, orgNumber })}
        isRequired
      />
      <Select
        name="sector"
        label={t("field.sector")}
        placeholder={t("field.choose")}
        options={sectors}
        value={value.sector}
        onChange={(sector) => onChange({ ...value, sector })}
        isRequired
      />
    </>
  );
}
