import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../app/api.ts";
import { useSession } from "../app/session.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Organisation, Sector } from "../app/types.ts";
import { Button } from "../ui/Button.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useSectorOptions } from "./labels.ts";

export function CreateOrganisation() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const sectors = useSectorOptions();
  const form = useFormSubmit();
  const [name, setName] = useState("");
  const [orgNumber, setOrgNumber] = useState("");
  const [sector, setSector] = useState<Sector | null>(null);
  useDocumentTitle(t("createOrganisation.title"));

  return (
    <>
      <PageHeading intro={t("createOrganisation.intro")}>
        {t("createOrganisation.title")}
      </PageHeading>
      <AppForm
        form={form}
        labels={{
          name: t("field.organisationName"),
          orgNumber: t("field.orgNumber"),
          sector: t("field.sector"),
        }}
        onSubmit={async () => {
          const errors = {
            name: !name.trim() && t("validation.organisationNameRequired"),
            orgNumber: !orgNumber.trim() && t("validation.orgNumberRequired"),
            sector: !sector && t("validation.sectorRequired"),
          };
          if (errors.name || errors.orgNumber || errors.sector) return errors;
          const organisation = await api<Organisation>("/api/organisations", {
            method: "POST",
            body: { name: name.trim(), orgNumber: orgNumber.trim(), sector },
          });
          await refresh();
          navigate(`/o/${organisation.id}`);
        }}
      >
        <TextField
          name="name"
          label={t("field.organisationName")}
          autoComplete="organization"
          value={name}
          onChange={setName}
          isRequired
        />
        <TextField
          name="orgNumber"
          label={t("field.orgNumber")}
          description={t("field.orgNumberHint")}
          inputMode="numeric"
          narrow
          value={orgNumber}
          onChange={setOrgNumber}
          isRequired
        />
        <Select
          name="sector"
          label={t("field.sector")}
          placeholder={t("field.choose")}
          options={sectors}
          value={sector}
          onChange={setSector}
          isRequired
        />
        <p>{t("createOrganisation.adminNote")}</p>
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {t("createOrganisation.submit")}
          </Button>
        </div>
      </AppForm>
    </>
  );
}
