import { useState } from "react";
import { useTranslation } from "react-i18next";
import { documentationDuty } from "../../core/platform/documentation-duty.ts";
import { api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useSession } from "../app/session.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Organisation } from "../app/types.ts";
import { AppForm, anyError, SubmitRow, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { TextField } from "../ui/TextField.tsx";
import {
  type OrganisationDetails,
  OrganisationFields,
  useOrganisationDetailsForm,
} from "./OrganisationFields.tsx";

export function OrganisationSettings() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  useDocumentTitle(t("nav.settings"), organisation.name);
  return (
    <>
      <PageHeading intro={t("settings.intro")}>{t("nav.settings")}</PageHeading>
      {can(organisation, "organisation.update") ? <DetailsForm /> : <Details />}
      <Headcounts />
    </>
  );
}

function Details() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t("settings.detailsHeading")}</h2>
      <dl className="summary-list">
        <dt>{t("field.organisationName")}</dt>
        <dd>{organisation.name}</dd>
        <dt>{t("field.orgNumber")}</dt>
        <dd>{organisation.orgNumber}</dd>
        <dt>{t("field.sector")}</dt>
        <dd>{t(`sector.${organisation.sector}`)}</dd>
      </dl>
    </section>
  );
}

function DetailsForm() {
  const { t } = useTranslation();
  const { organisation, setOrganisation } = useOrganisation();
  const { refresh } = useSession();
  const details = useOrganisationDetailsForm();
  const form = useFormSubmit();
  const [value, setValue] = useState<OrganisationDetails>({
    name: organisation.name,
    orgNumber: organisation.orgNumber,
    sector: organisation.sector,
  });
  const [saved, setSaved] = useState(false);

  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t("settings.detailsHeading")}</h2>
      <AppForm
        form={form}
        labels={details.labels}
        onSubmit={async () => {
          setSaved(false);
          const errors = details.validate(value);
          if (anyError(errors)) return errors;
          const updated = await api<Organisation>(orgPath(organisation.id), {
            method: "PATCH",
            body: details.body(value),
          });
          setOrganisation(updated);
          setSaved(true);
          void refresh();
        }}
      >
        <OrganisationFields
          value={value}
          onChange={(next) => {
            setValue(next);
            setSaved(false);
          }}
        />
        <SubmitRow
          label={t("action.save")}
          pending={form.pending}
          saved={saved ? t("settings.detailsSaved") : null}
        />
      </AppForm>
    </section>
  );
}

function Headcounts() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisation, setOrganisation } = useOrganisation();
  const form = useFormSubmit();
  const currentYear = organisation.documentationDuty.year;
  const [year, setYear] = useState(String(currentYear));
  const [headcount, setHeadcount] = useState("");
  const [saved, setSaved] = useState<{ year: number; headcount: number } | null>(null);
  const rows = [...organisation.headcounts].sort((a, b) => b.year - a.year);
  const mayUpdate = can(organisation, "headcount.update");

  return (
    <section className="section" aria-labelledby="headcount-heading">
      <h2 id="headcount-heading">{t("settings.headcountHeading")}</h2>
      <p>{t("settings.headcountIntro")}</p>
      {rows.length > 0 ? (
        <Table
          caption={t("settings.headcountCaption")}
          hideCaption
          compact
          columns={[
            { key: "year", label: t("field.year") },
            { key: "headcount", label: t("field.headcount"), numeric: true },
            { key: "duty", label: t("settings.dutyColumn") },
          ]}
        >
          {rows.map((row) => (
            <tr key={row.year}>
              <Cell label={t("field.year")}>{row.year}</Cell>
              <Cell label={t("field.headcount")} numeric>
                {format.number(row.headcount)}
              </Cell>
              <Cell label={t("settings.dutyColumn")}>
                {t(`duty.short.${documentationDuty(row.headcount)}`)}
              </Cell>
            </tr>
          ))}
        </Table>
      ) : (
        <p>{t("settings.noHeadcounts")}</p>
      )}

      {mayUpdate ? (
        <>
          <h3 id="headcount-form-heading">{t("settings.headcountFormHeading")}</h3>
          <AppForm
            form={form}
            aria-labelledby="headcount-form-heading"
            labels={{ year: t("field.year"), headcount: t("field.headcount") }}
            onSubmit={async () => {
              setSaved(null);
              const y = Number(year);
              const n = Number(headcount);
              const errors = {
                year:
                  (!/^\d{4}$/.test(year.trim()) || y < 2000 || y > currentYear + 1) &&
                  t("validation.yearInvalid"),
                headcount:
                  (!/^\d+$/.test(headcount.trim()) || !Number.isSafeInteger(n)) &&
                  t("validation.headcountInvalid"),
              };
              if (errors.year || errors.headcount) return errors;
              const updated = await api<Organisation>(
                orgPath(organisation.id, "headcounts", String(y)),
                { method: "PUT", body: { headcount: n } },
              );
              setOrganisation(updated);
              setSaved({ year: y, headcount: n });
              setHeadcount("");
            }}
          >
            <div className="form-row">
              <TextField
                name="year"
                label={t("field.year")}
                inputMode="numeric"
                narrow
                value={year}
                onChange={setYear}
                isRequired
              />
              <TextField
                name="headcount"
                label={t("field.headcountAtStart")}
                inputMode="numeric"
                narrow
                value={headcount}
                onChange={setHeadcount}
                isRequired
              />
            </div>
            <SubmitRow
              label={t("action.save")}
              pending={form.pending}
              saved={
                saved
                  ? t("settings.headcountSaved", {
                      year: saved.year,
                      count: saved.headcount,
                      formatted: format.number(saved.headcount),
                    })
                  : null
              }
            />
          </AppForm>
        </>
      ) : null}
    </section>
  );
}
