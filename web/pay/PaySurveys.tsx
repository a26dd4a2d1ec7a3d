import { useTranslation } from "react-i18next";
import { orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { LinkButton, TextLink } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import type { PaySurvey } from "./types.ts";
import "./pay.css";

/** The organisation's pay surveys, one per year, and the way to import the next one. */
export function PaySurveys() {
  const { t } = useTranslation("pay");
  const { organisation } = useOrganisation();
  const format = useFormat();
  const surveys = useResource<{ surveys: PaySurvey[] }>(orgPath(organisation.id, "pay", "surveys"));
  const base = `/o/${organisation.id}/lonekartlaggning`;
  const mayImport = can(organisation, "pay.manage");
  useDocumentTitle(t("surveys.title"), organisation.name);

  return (
    <>
      <PageHeading intro={t("surveys.intro")}>{t("surveys.title")}</PageHeading>
      {mayImport ? (
        <p>
          <LinkButton variant="primary" href={`${base}/import`}>
            {t("surveys.import")}
          </LinkButton>
        </p>
      ) : null}
      {surveys.error ? <LoadError error={surveys.error} onRetry={surveys.reload} /> : null}
      {surveys.data ? (
        surveys.data.surveys.length === 0 ? (
          <Alert tone="info" title={t("surveys.noneTitle")}>
            <p>{mayImport ? t("surveys.noneManager") : t("surveys.noneReader")}</p>
          </Alert>
        ) : (
          <section className="section" aria-labelledby="surveys-heading">
            <h2 id="surveys-heading">{t("surveys.listHeading")}</h2>
            <ul className="pay-survey-list">
              {surveys.data.surveys.map((survey) => (
                <li key={survey.year} className="card card--surface">
                  <h3 className="card__title">
                    <TextLink href={`${base}/${survey.year}`}>
                      {t("surveys.yearLink", { year: survey.year })}
                    </TextLink>
                  </h3>
                  <p>
                    {t("surveys.facts", {
                      date: format.date(survey.snapshotDate),
                      count: survey.employeeCount,
                      employees: format.number(survey.employeeCount),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )
      ) : surveys.error ? null : (
        <Loading label={t("surveys.loading")} />
      )}
    </>
  );
}
