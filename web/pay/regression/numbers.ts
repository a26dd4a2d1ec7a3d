import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ModelLevel, ModelVariable } from "../../../core/pay/models.ts";
import { useFormat } from "../../app/format.ts";

/** How the analysis pages write numbers, in the user's language (sv-SE: "2,3 %", "< 0,001"). */
export function useNumbers() {
  const { t } = useTranslation("payAnalysis");
  const format = useFormat();
  return useMemo(() => {
    const fixed = (digits: number) =>
      new Intl.NumberFormat(format.locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    const one = fixed(1);
    const two = fixed(2);
    const three = fixed(3);
    const significant = new Intl.NumberFormat(format.locale, { maximumSignificantDigits: 4 });
    const percentFormat = new Intl.NumberFormat(format.locale, {
      style: "percent",
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const wholePercentFormat = new Intl.NumberFormat(format.locale, {
      style: "percent",
      maximumFractionDigits: 0,
    });
    const kronor = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 0 });
    return {
      /** A percentage given in per cent (2.3 → "2,3 %"). */
      percent: (value: number) => percentFormat.format(value / 100),
      /** For chart axes: "40 %". */
      wholePercent: (value: number) => wholePercentFormat.format(value / 100),
      /** A coefficient or standard error: four significant digits. */
      coefficient: (value: number) => significant.format(value),
      t: (value: number) => two.format(value),
      /** "< 0,001" below a thousandth, otherwise three decimals. */
      p: (value: number) =>
        value < 0.001 ? t("number.pBelow", { value: three.format(0.001) }) : three.format(value),
      share: (value: number) => three.format(value),
      count: (value: number) => format.number(Math.round(value * 10) / 10),
      one: (value: number) => one.format(value),
      kronor: (value: number) => t("number.kronor", { value: kronor.format(value) }),
      /** Hourly pay: two decimals. */
      perHour: (value: number) => t("number.perHour", { value: two.format(value) }),
      hours: (value: number) => format.number(value),
    };
  }, [t, format]);
}

export type Numbers = ReturnType<typeof useNumbers>;

/** Names of the model variables and of their groups, as the page writes them. */
export function useVariableNames(bandWidth: number) {
  const { t } = useTranslation("payAnalysis");
  const format = useFormat();
  return useMemo(() => {
    const name = (variable: ModelVariable) => t(`variables.${variable}.name`);
    const band = (value: number) =>
      t("band", {
        from: format.number(value * bandWidth),
        to: format.number((value + 1) * bandWidth),
      });
    /** A group; an unevaluated job standing in for an equal-value group says so. */
    const level = (value: ModelLevel, variable?: ModelVariable) => {
      switch (value.kind) {
        case "band":
          return band(value.band);
        case "job":
          return variable === "valueBand" ? t("notEvaluated", { job: value.job }) : value.job;
        case "name":
          return value.name;
        case "manager":
          return value.manager ? t("variables.manager.yes") : t("variables.manager.no");
      }
    };
    return { name, band, level };
  }, [t, format, bandWidth]);
}
