import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { peopleOption } from "../../../core/pay/charts.ts";
import { LoadError, useResource } from "../../app/resource.tsx";
import { Chart } from "../../ui/Chart.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { Cell, Table } from "../../ui/Table.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { useFigures } from "./shared.tsx";
import type { JobPeople } from "./types.ts";

/**
 * The pay of each person in one job, by pseudonymous key: a scatter of FTE pay against years
 * of service, and the same as a table. Loading it is logged as a view of individual pay.
 */
export function PeopleView({ jobId, jobName }: { jobId: string; jobName: string }) {
  const { t } = useTranslation("payComparisons");
  const { survey, apiBase } = usePaySurvey();
  const resource = useResource<JobPeople>(`${apiBase}/comparisons/equal-work/${jobId}/people`);
  const figures = useFigures(survey.minGroupSize);
  const people = resource.data?.people;

  const option = useMemo(() => {
    if (!people) return null;
    return peopleOption(
      people
        .filter((p) => p.yearsOfService !== null)
        .map((p) => ({ key: p.key, women: p.sex === 1, years: p.yearsOfService!, pay: p.pay })),
      {
        first: t("sex.women"),
        second: t("sex.men"),
        xAxis: t("people.yearsAxis"),
        yAxis: t("people.payAxis"),
        money: figures.money,
        tooltip: (p) =>
          t("people.tooltip", {
            key: p.label,
            pay: figures.money(p.y),
            years: figures.number(p.x),
          }),
      },
    );
  }, [people, t, figures]);

  if (resource.error) return <LoadError error={resource.error} onRetry={resource.reload} />;
  if (!people || !option) return <Loading label={t("people.loading")} />;
  const unknown = people.filter((p) => p.yearsOfService === null).length;
  const columns = [
    { key: "key", label: t("people.columns.key") },
    { key: "sex", label: t("people.columns.sex") },
    { key: "pay", label: t("people.columns.pay"), numeric: true },
    { key: "extent", label: t("people.columns.extent"), numeric: true },
    { key: "years", label: t("people.columns.years"), numeric: true },
    { key: "age", label: t("people.columns.age"), numeric: true },
  ];
  const caption = t("people.caption", { job: jobName });
  return (
    <Chart
      option={option}
      caption={caption}
      summary={
        unknown > 0
          ? t("people.summaryUnknown", { count: people.length, unknown })
          : t("people.summary", { count: people.length })
      }
      height={340}
      tableLabel={t("showTable")}
      table={
        <Table caption={caption} hideCaption columns={columns}>
          {people.map((p) => (
            <tr key={p.key}>
              <Cell label={columns[0]!.label}>{p.key}</Cell>
              <Cell label={columns[1]!.label}>{p.sex === 1 ? t("sex.woman") : t("sex.man")}</Cell>
              <Cell label={columns[2]!.label} numeric>
                {figures.money(p.pay)}
              </Cell>
              <Cell label={columns[3]!.label} numeric>
                {figures.percent(p.extent)}
              </Cell>
              <Cell label={columns[4]!.label} numeric>
                {p.yearsOfService === null ? t("unknown") : figures.number(p.yearsOfService)}
              </Cell>
              <Cell label={columns[5]!.label} numeric>
                {p.age === null ? t("unknown") : figures.number(p.age)}
              </Cell>
            </tr>
          ))}
        </Table>
      }
    />
  );
}
