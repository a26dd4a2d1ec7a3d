import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MODEL_VARIABLE_IDS,
  type ModelVariable,
  type PayModelTerm,
  STANDARD_MODEL,
  termKinds,
} from "../../../core/pay/models.ts";
import { ApiError, api } from "../../app/api.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { LoadError, useResource } from "../../app/resource.tsx";
import { useDocumentTitle } from "../../app/title.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Checkbox } from "../../ui/Checkbox.tsx";
import { AppForm, SubmitRow, useFormSubmit } from "../../ui/Form.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeading } from "../../ui/PageHeading.tsx";
import { Select } from "../../ui/Select.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { ModelResult } from "./ModelResult.tsx";
import type { RegressionResult } from "./types.ts";
import "./analysis.css";

/** How a variable is used in the custom model; "squared" means as a number and its square. */
type Use = "none" | "numeric" | "squared" | "categorical";
type Choices = Record<ModelVariable, Use>;

function choicesOf(terms: readonly PayModelTerm[]): Choices {
  const choices = Object.fromEntries(MODEL_VARIABLE_IDS.map((v) => [v, "none"])) as Choices;
  for (const { variable, kind } of terms) {
    if (kind === "squared") choices[variable] = "squared";
    else if (choices[variable] === "none") choices[variable] = kind;
  }
  return choices;
}

function termsOf(choices: Choices): PayModelTerm[] {
  return MODEL_VARIABLE_IDS.flatMap((variable): PayModelTerm[] => {
    const use = choices[variable];
    if (use === "none") return [];
    if (use === "squared")
      return [
        { variable, kind: "numeric" },
        { variable, kind: "squared" },
      ];
    return [{ variable, kind: use }];
  });
}

/**
 * The adjusted pay gap (issue 6 point 5): the Logib-like standard model first, then a model
 * of the user's own choosing. Both are fitted by the server on the survey's employees within
 * the user's scope; a model that cannot be fitted is refused with the reason.
 */
export function PayRegression() {
  const { t } = useTranslation("payAnalysis");
  const { organisation } = useOrganisation();
  const { survey, apiBase } = usePaySurvey();
  const standard = useResource<RegressionResult>(`${apiBase}/regression?model=standard`);
  const title = t("regression.title", { year: survey.year });
  useDocumentTitle(title, organisation.name);
  const refused = standard.error instanceof ApiError && standard.error.status === 422;

  return (
    <>
      <PageHeading intro={t("regression.intro")}>{title}</PageHeading>
      <section className="section" aria-labelledby="explain-heading">
        <h2 id="explain-heading">{t("regression.explain.heading")}</h2>
        <div className="analysis-text">
          <p>{t("regression.explain.adjusted")}</p>
          <p>{t("regression.explain.notDiscrimination")}</p>
          <p>{t("regression.explain.threshold")}</p>
        </div>
      </section>
      {survey.access.ownUnitsOnly ? (
        <Alert tone="info" title={t("ownUnitsTitle")}>
          <p>{t("regression.ownUnits")}</p>
        </Alert>
      ) : null}
      <section className="section" aria-labelledby="standard-heading">
        <h2 id="standard-heading">{t("regression.standard.heading")}</h2>
        <p className="analysis-text">{t("regression.standard.text")}</p>
        <details className="analysis-details">
          <summary>{t("regression.standard.aboutSummary")}</summary>
          <div className="analysis-text">
            <p>{t("regression.standard.about.model")}</p>
            <ul>
              <li>{t("regression.standard.about.pay")}</li>
              <li>{t("regression.standard.about.education")}</li>
              <li>{t("regression.standard.about.service")}</li>
              <li>{t("regression.standard.about.experience")}</li>
              <li>{t("regression.standard.about.valueBand")}</li>
              <li>{t("regression.standard.about.manager")}</li>
            </ul>
            <p>{t("regression.standard.about.difference")}</p>
          </div>
        </details>
        {refused ? (
          <Alert tone="warning" title={t("regression.standard.refusedTitle")}>
            <p>{(standard.error as ApiError).detail}</p>
          </Alert>
        ) : standard.error ? (
          <LoadError error={standard.error} onRetry={standard.reload} />
        ) : null}
        {!standard.data && !standard.error ? (
          <Loading label={t("regression.standard.loading")} />
        ) : null}
        {standard.data ? (
          <ModelResult
            result={standard.data}
            heading={t("regression.standard.resultHeading")}
            bandWidth={survey.valueBandWidth}
          />
        ) : null}
      </section>
      <CustomModel />
    </>
  );
}

function CustomModel() {
  const { t } = useTranslation("payAnalysis");
  const { survey, apiBase } = usePaySurvey();
  const form = useFormSubmit();
  const [choices, setChoices] = useState<Choices>(() => choicesOf(STANDARD_MODEL.terms));
  const [log, setLog] = useState(true);
  const [result, setResult] = useState<RegressionResult | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A new result takes focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (result) headingRef.current?.focus();
  }, [result]);

  const options = (variable: ModelVariable) => [
    { id: "none" as Use, label: t("regression.custom.use.none") },
    // For a number, "squared" is offered as the number and its square together.
    ...termKinds(variable).map((kind) => ({
      id: kind as Use,
      label: t(`regression.custom.use.${kind}`),
    })),
  ];

  return (
    <section className="section" aria-labelledby="custom-heading">
      <h2 id="custom-heading">{t("regression.custom.heading")}</h2>
      <p className="analysis-text">{t("regression.custom.text")}</p>
      <AppForm
        form={form}
        aria-labelledby="custom-heading"
        onSubmit={async () => {
          setResult(null);
          const fitted = await api<RegressionResult>(`${apiBase}/regression`, {
            method: "POST",
            body: { terms: termsOf(choices), log },
          });
          setResult(fitted);
          return undefined;
        }}
      >
        <div className="analysis-variables">
          {MODEL_VARIABLE_IDS.map((variable) => (
            <Select<Use>
              key={variable}
              name={variable}
              label={t(`variables.${variable}.name`)}
              description={t(`variables.${variable}.help`)}
              options={options(variable)}
              value={choices[variable]}
              onChange={(use) => setChoices((current) => ({ ...current, [variable]: use }))}
            />
          ))}
        </div>
        <Checkbox isSelected={log} onChange={setLog}>
          {t("regression.custom.log")}
        </Checkbox>
        <p className="muted analysis-help">{t("regression.custom.logHelp")}</p>
        <SubmitRow label={t("regression.custom.run")} pending={form.pending} saved={null} />
      </AppForm>
      {result ? (
        <ModelResult
          result={result}
          heading={t("regression.custom.resultHeading")}
          headingRef={headingRef}
          bandWidth={survey.valueBandWidth}
        />
      ) : null}
    </section>
  );
}
