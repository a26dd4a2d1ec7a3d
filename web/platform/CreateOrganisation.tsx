import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../app/api.ts";
import { useSession } from "../app/session.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Organisation } from "../app/types.ts";
import { Button } from "../ui/Button.tsx";
import { AppForm, anyError, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import {
  type OrganisationDetails,
  OrganisationFields,
  useOrganisationDetailsForm,
} from "./OrganisationFields.tsx";

export function CreateOrganisation() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const details = useOrganisationDetailsForm();
  const form = useFormSubmit();
  const [value, setValue] = useState<OrganisationDetails>({
    name: "",
    orgNumber: "",
    sector: null,
  });
  useDocumentTitle(t("createOrganisation.title"));

  return (
    <>
      <PageHeading intro={t("createOrganisation.intro")}>
        {t("createOrganisation.title")}
      </PageHeading>
      <AppForm
        form={form}
        labels={details.labels}
        onSubmit={async () => {
          const errors = details.validate(value);
          if (anyError(errors)) return errors;
          const organisation = await api<Organisation>("/api/organisations", {
            method: "POST",
            body: details.body(value),
          });
          await refresh();
          navigate(`/o/${organisation.id}`);
        }}
      >
        <OrganisationFields value={value} onChange={setValue} />
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
