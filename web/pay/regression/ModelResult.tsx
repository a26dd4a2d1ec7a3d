import { type Ref, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ModelVariable } from "../../../core/pay/models.ts";
import { useFormat } from "../../app/format.ts";
import { Table } from "../../ui/Table.tsx";
import { useNumbers, useVariableNames } from "./numbers.ts";
import type { RegressionCoefficient, RegressionResult } from "./types.ts";

/**
 * One fitted model: the answer in a sentence, the key figures, who was left out, and every
 * coefficient in a table. Used for the standard model and for a chosen one.
 */
export function ModelResult({
  result,
  heading,
  headingRef,
  bandWidth,
}: {
  result: RegressionResult;
  heading: string;
  headingRef?: Ref<HTMLHeadingElement>;
  bandWidth: number;
}) {
  const { t } = useTranslation("payAnalysis");
  const numbers = useNumbers();
  const names = useVariableNames(bandWidth);
  const format = useFormat();
  const { female, fit, population, model } = result;
  const id = `result-${model.preset ?? "custom"}`;

  // The variables the model really took into account (a preset may have left some out).
  const variables = useMemo(() => {
    const left = new Set(result.droppedVariables.map((d) => d.variable));
    return [...new Set(model.terms.map((term) => term.variable))].filter((v) => !left.has(v));
  }, [model.terms, result.droppedVariables]);
  const same = format.list(variables.map((v) => t(`variables.${v}.phrase`)));

  let summary: string;
  if (female.hidden || female.delta === null) summary = t("result.hidden", { k: result.k });
  else if (model.log && female.kennedyPercent !== null)
    summary = t(female.kennedyPercent < 0 ? "result.less" : "result.more", {
      percent: numbers.percent(Math.abs(female.kennedyPercent)),
      variables: same,
    });
  else
    summary = t(female.delta < 0 ? "result.lessKronor" : "result.moreKronor", {
      amount: numbers.kronor(Math.abs(female.delta)),
      variables: same,
    });
  const outcome = female.outcome ? t(`result.outcome.${female.outcome}`) : null;

  return (
    <section className="analysis-result" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <p className="analysis-summary">
        {summary} {outcome}
      </p>
      <dl className="pay-facts analysis-facts">
        <div>
          <dt>{t("result.employees")}</dt>
          <dd>
            {t("result.employeesValue", {
              n: format.number(fit.n),
              women: format.number(population.women),
              men: format.number(population.men),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("result.rSquared")}</dt>
          <dd>
            {t("result.rSquaredValue", {
              value: numbers.share(fit.rSquared),
              adjusted: numbers.share(fit.adjustedRSquared),
            })}
          </dd>
        </div>
        {!female.hidden && female.t !== null && female.p !== null ? (
          <div>
            <dt>{t("result.testZero")}</dt>
            <dd>{t("result.testValue", { t: numbers.t(female.t), p: numbers.p(female.p) })}</dd>
          </div>
        ) : null}
        {!female.hidden && female.thresholdT !== null && female.thresholdP !== null ? (
          <div>
            <dt>{t("result.testThreshold")}</dt>
            <dd>
              {t("result.testValue", {
                t: numbers.t(female.thresholdT),
                p: numbers.p(female.thresholdP),
              })}
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="muted analysis-help">{t("result.rSquaredHelp")}</p>
      {population.excluded === 0 ? (
        <p>{t("result.everyone", { n: format.number(population.employees) })}</p>
      ) : (
        <>
          <p>
            {t("result.excluded", {
              excluded: format.number(population.excluded),
              employees: format.number(population.employees),
            })}
          </p>
          <ul>
            {population.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {result.droppedVariables.map(({ variable, reason }) => (
        <p key={variable}>{t(`result.dropped.${reason}`, { variable: names.name(variable) })}</p>
      ))}
      <CoefficientTable result={result} bandWidth={bandWidth} />
    </section>
  );
}

function CoefficientTable({ result, bandWidth }: { result: RegressionResult; bandWidth: number }) {
  const { t } = useTranslation("payAnalysis");
  const numbers = useNumbers();
  const names = useVariableNames(bandWidth);
  const format = useFormat();
  const columns = [
    { key: "term", label: t("result.column.term") },
    { key: "estimate", label: t("result.column.estimate"), numeric: true },
    { key: "se", label: t("result.column.se"), numeric: true },
    { key: "t", label: t("result.column.t"), numeric: true },
    { key: "p", label: t("result.column.p"), numeric: true },
    { key: "people", label: t("result.column.people"), numeric: true },
  ];
  const label = (c: RegressionCoefficient) => {
    if (c.term === "intercept") return t("result.intercept");
    if (c.term === "female") return t("result.female");
    const name = names.name(c.variable as ModelVariable);
    if (c.term === "squared") return t("result.squared", { name });
    if (c.term === "categorical" && c.level)
      return `${name}: ${names.level(c.level, c.variable ?? undefined)}`;
    return name;
  };
  const hidden = t("result.hiddenCell", { k: result.k });
  const cell = (i: number, value: number | null, write: (v: number) => string) => (
    <td
      data-label={columns[i]!.label}
      className={value === null ? "numeric analysis-hidden" : "numeric"}
    >
      {value === null ? hidden : write(value)}
    </td>
  );
  const baselines = result.baselines.map(
    (b) => `${names.name(b.variable)}: ${names.level(b.level, b.variable)}`,
  );
  return (
    <>
      <Table
        caption={t(result.model.log ? "result.captionLog" : "result.captionKronor")}
        columns={columns}
        className="analysis-table"
      >
        {result.coefficients.map((c) => (
          <tr key={c.name} className={c.term === "female" ? "analysis-female" : undefined}>
            <th scope="row">{label(c)}</th>
            {cell(1, c.estimate, numbers.coefficient)}
            {cell(2, c.se, numbers.coefficient)}
            {cell(3, c.t, numbers.t)}
            {cell(4, c.p, numbers.p)}
            {c.people === null ? (
              <td />
            ) : (
              <td data-label={columns[5]!.label} className="numeric">
                {format.number(c.people)}
              </td>
            )}
          </tr>
        ))}
      </Table>
      {baselines.length > 0 ? (
        <>
          <p className="analysis-help">{t("result.baselines")}</p>
          <ul className="analysis-text">
            {baselines.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.coefficients.some((c) => c.hidden) ? (
        <p className="muted analysis-help">{t("result.hiddenNote", { k: result.k })}</p>
      ) : null}
    </>
  );
}
