import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  type StatisticsChartTexts as ChartTexts,
  sexBarsOption,
  shareBarsOption,
  yearLineOption,
} from "../../../core/pay/charts.ts";
import {
  PERSONNEL_GROUP_LABELS,
  type Proportion,
  type ShareRow,
  type ShareTable,
} from "../../../core/pay/personnel.ts";
import type { Cell as Figure } from "../../../core/pay/suppression.ts";
import { useFormat } from "../../app/format.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { LoadError, useResource } from "../../app/resource.tsx";
import { useDocumentTitle } from "../../app/title.ts";
import { useLabel } from "../../cycle/labels.ts";
import { Alert } from "../../ui/Alert.tsx";
import { LinkButton } from "../../ui/Button.tsx";
import { Chart } from "../../ui/Chart.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeading } from "../../ui/PageHeading.tsx";
import { Table } from "../../ui/Table.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { type Figures, SexTableView, ShareTableView, useFigures } from "./cells.tsx";
import { FillGenderBalance } from "./FillGenderBalance.tsx";
import type { StatisticsResponse } from "./types.ts";
import "./statistics.css";

/** Above this many groups a bar chart is unreadable; the table carries them all. */
const MAX_CHART_GROUPS = 30;

type ShareSection = "byUnit" | "byJob" | "byCategory" | "byManagement" | "byAgeBand";
const SHARE_SECTIONS: ShareSection[] = [
  "byUnit",
  "byJob",
  "byCategory",
  "byManagement",
  "byAgeBand",
];

/**
 * The survey's personnel statistics (DL 3:7 gender balance and the background to the pay
 * survey): one section per statistic, each a chart with its table. Small groups are hidden by
 * the server; here hidden figures are written out as text, never left blank.
 */
export function PersonnelStatistics() {
  const { t } = useTranslation("payStatistics");
  const { organisation } = useOrganisation();
  const { survey, apiBase } = usePaySurvey();
  const format = useFormat();
  const stats = useResource<StatisticsResponse>(`${apiBase}/statistics`);
  const title = t("title", { year: survey.year });
  useDocumentTitle(title, organisation.name);

  return (
    <>
      <PageHeading intro={t("intro")}>{title}</PageHeading>
      <p className="stats-lead">
        {t("basis", { date: format.date(survey.snapshotDate) })}{" "}
        {t("suppression", { k: survey.minGroupSize })}
      </p>
      {survey.access.ownUnitsOnly ? (
        <Alert tone="info" title={t("ownUnitsTitle")}>
          <p>{t("ownUnits")}</p>
        </Alert>
      ) : null}
      {stats.error ? <LoadError error={stats.error} onRetry={stats.reload} /> : null}
      {!stats.data && !stats.error ? <Loading label={t("loading")} /> : null}
      {stats.data ? <Statistics data={stats.data} manage={survey.access.manage} /> : null}
    </>
  );
}

function Statistics({ data, manage }: { data: StatisticsResponse; manage: boolean }) {
  const { t } = useTranslation("payStatistics");
  const { organisation } = useOrganisation();
  const figures = useFigures(data.k);
  const label = useLabel();

  if (data.total.total.value === 0) {
    return (
      <Alert tone="info" title={t("empty.title")}>
        <p>
          {data.ownUnitsOnly
            ? t("empty.manager", { year: data.year })
            : t("empty.text", { year: data.year })}
        </p>
        {manage ? (
          <LinkButton href={`/o/${organisation.id}/lonekartlaggning/import`}>
            {t("empty.import")}
          </LinkButton>
        ) : null}
      </Alert>
    );
  }

  const nameOf = (section: ShareSection) => (row: ShareRow) => {
    if (row.label !== null) return row.label;
    if (section === "byManagement")
      return label(PERSONNEL_GROUP_LABELS.management[row.key as "managers" | "others"]);
    if (section === "byAgeBand")
      return label(
        PERSONNEL_GROUP_LABELS.ageBand[row.key as keyof typeof PERSONNEL_GROUP_LABELS.ageBand],
      );
    const dimension = section === "byUnit" ? "unit" : section === "byJob" ? "job" : "category";
    return label(PERSONNEL_GROUP_LABELS.none[dimension]);
  };

  return (
    <>
      <TotalSection data={data} figures={figures} />
      {SHARE_SECTIONS.map((section) => (
        <ShareSectionView
          key={section}
          section={section}
          table={data[section]}
          nameOf={nameOf(section)}
          figures={figures}
        />
      ))}
      <ProportionSection
        id="partTime"
        proportions={data.partTime}
        figures={figures}
        countLabel={t("section.partTime.count")}
      />
      <ProportionSection
        id="temporary"
        proportions={data.temporary}
        figures={figures}
        countLabel={t("section.temporary.count")}
      />
      <ProportionSection
        id="parentalLeave"
        proportions={{
          women: data.parentalLeave.women.withLeave,
          men: data.parentalLeave.men.withLeave,
        }}
        means={{
          label: t("section.parentalLeave.meanDays"),
          women: data.parentalLeave.women.meanDays,
          men: data.parentalLeave.men.meanDays,
        }}
        figures={figures}
        countLabel={t("section.parentalLeave.count")}
      />
      <SickLeaveSection data={data} figures={figures} />
      <YearsSection data={data} figures={figures} />
      {manage ? <FillGenderBalance year={data.year} k={data.k} /> : null}
    </>
  );
}

function useChartTexts(figures: Figures): ChartTexts {
  const { t } = useTranslation("payStatistics");
  return useMemo(
    () => ({
      women: t("women"),
      men: t("men"),
      hidden: t("hiddenBar"),
      hiddenLabel: t("cell.hidden"),
      percent: figures.percent,
    }),
    [t, figures],
  );
}

function Section({
  id,
  heading,
  help,
  children,
}: {
  id: string;
  heading: string;
  help?: string;
  children: ReactNode;
}) {
  return (
    <section className="section stats-section" aria-labelledby={`stats-${id}`}>
      <h2 id={`stats-${id}`}>{heading}</h2>
      {help ? <p className="muted stats-help">{help}</p> : null}
      {children}
    </section>
  );
}

function TotalSection({ data, figures }: { data: StatisticsResponse; figures: Figures }) {
  const { t } = useTranslation("payStatistics");
  const texts = useChartTexts(figures);
  const total = data.total;
  const table: ShareTable = { rows: [], total };
  const option = useMemo(
    () =>
      shareBarsOption(
        [
          {
            name: t("totalRow"),
            womenPercent: total.womenPercent,
            menPercent: total.menPercent,
            hidden: total.womenPercent === null,
          },
        ],
        texts,
      ),
    [total, texts, t],
  );
  const summary =
    total.womenPercent === null
      ? t("summary.totalHidden", { k: data.k })
      : `${t("summary.total", {
          women: figures.count(total.women),
          men: figures.count(total.men),
          womenPercent: figures.percent(total.womenPercent),
          menPercent: figures.percent(total.menPercent ?? 0),
        })} ${total.balanced ? t("summary.totalEven") : t("summary.totalUneven")}`;
  return (
    <Section id="total" heading={t("section.total.heading")}>
      <Chart
        option={option}
        caption={t("section.total.caption")}
        summary={summary}
        height={150}
        tableLabel={t("showTable")}
        table={
          <ShareTableView
            caption={t("section.total.caption")}
            groupLabel={t("column.total")}
            table={table}
            nameOf={() => t("totalRow")}
            figures={figures}
          />
        }
      />
    </Section>
  );
}

function ShareSectionView({
  section,
  table,
  nameOf,
  figures,
}: {
  section: ShareSection;
  table: ShareTable;
  nameOf: (row: ShareRow) => string;
  figures: Figures;
}) {
  const { t } = useTranslation("payStatistics");
  const texts = useChartTexts(figures);
  const option = useMemo(
    () =>
      shareBarsOption(
        table.rows.map((row) => ({
          name: nameOf(row),
          womenPercent: row.womenPercent,
          menPercent: row.menPercent,
          hidden: row.womenPercent === null && row.total.value !== 0,
        })),
        texts,
      ),
    [table, nameOf, texts],
  );
  const caption = t(`section.${section}.caption`);
  const tableView = (
    <ShareTableView
      caption={caption}
      groupLabel={t(`section.${section}.group`)}
      table={table}
      nameOf={nameOf}
      figures={figures}
    />
  );
  const people = table.rows.filter((r) => r.total.value !== 0);
  return (
    <Section
      id={section}
      heading={t(`section.${section}.heading`)}
      help={t(`section.${section}.help`)}
    >
      {table.rows.length > MAX_CHART_GROUPS ? (
        <>
          <p>{t("tooManyGroups")}</p>
          {tableView}
        </>
      ) : (
        <Chart
          option={option}
          caption={caption}
          summary={t("summary.groups", {
            count: people.length,
            even: people.filter((r) => r.balanced === true).length,
            uneven: people.filter((r) => r.balanced === false).length,
            hidden: people.filter((r) => r.balanced === null).length,
          })}
          height={Math.max(140, 64 + table.rows.length * 40)}
          tableLabel={t("showTable")}
          table={tableView}
        />
      )}
    </Section>
  );
}

function ProportionSection({
  id,
  proportions,
  means,
  countLabel,
  figures,
}: {
  id: "partTime" | "temporary" | "parentalLeave";
  proportions: { women: Proportion; men: Proportion };
  means?: { label: string; women: Figure; men: Figure };
  countLabel: string;
  figures: Figures;
}) {
  const { t } = useTranslation("payStatistics");
  const texts = useChartTexts(figures);
  const option = useMemo(() => {
    const bar = (p: Proportion) => ({ value: p.percent, note: figures.proportionShare(p) });
    return sexBarsOption(
      { women: bar(proportions.women), men: bar(proportions.men) },
      { ...texts, format: figures.percent, axis: figures.percent, max: 100 },
    );
  }, [proportions, texts, figures]);
  const caption = t(`section.${id}.caption`);
  const row = (sex: string, p: Proportion, mean?: Figure) => ({
    sex,
    cells: [
      { text: figures.proportionCount(p), hidden: p.suppressed !== null },
      { text: figures.proportionShare(p), hidden: p.suppressed !== null },
      ...(mean
        ? [{ text: figures.mean(mean), hidden: mean.suppressed !== null || mean.value === null }]
        : []),
    ],
  });
  return (
    <Section id={id} heading={t(`section.${id}.heading`)} help={t(`section.${id}.help`)}>
      <Chart
        option={option}
        caption={caption}
        summary={t("summary.bySex", {
          women: figures.proportionShare(proportions.women),
          men: figures.proportionShare(proportions.men),
        })}
        height={150}
        tableLabel={t("showTable")}
        table={
          <SexTableView
            caption={caption}
            columns={[
              { key: "count", label: countLabel },
              { key: "share", label: t("column.share") },
              ...(means ? [{ key: "mean", label: means.label }] : []),
            ]}
            rows={[
              row(t("women"), proportions.women, means?.women),
              row(t("men"), proportions.men, means?.men),
            ]}
          />
        }
      />
    </Section>
  );
}

function SickLeaveSection({ data, figures }: { data: StatisticsResponse; figures: Figures }) {
  const { t } = useTranslation("payStatistics");
  const texts = useChartTexts(figures);
  const { women, men } = data.sickLeave;
  const option = useMemo(
    () =>
      sexBarsOption(
        {
          women: { value: women.meanDays.value, note: figures.barNote(women.meanDays.suppressed) },
          men: { value: men.meanDays.value, note: figures.barNote(men.meanDays.suppressed) },
        },
        { ...texts, format: figures.days, axis: figures.decimal },
      ),
    [women, men, texts, figures],
  );
  const caption = t("section.sickLeave.caption");
  const row = (sex: string, s: typeof women) => ({
    sex,
    cells: [
      {
        text: figures.mean(s.meanDays),
        hidden: s.meanDays.suppressed !== null || s.meanDays.value === null,
      },
      { text: figures.proportionCount(s.longLeave), hidden: s.longLeave.suppressed !== null },
      { text: figures.proportionShare(s.longLeave), hidden: s.longLeave.suppressed !== null },
    ],
  });
  return (
    <Section
      id="sickLeave"
      heading={t("section.sickLeave.heading")}
      help={t("section.sickLeave.help")}
    >
      <Chart
        option={option}
        caption={caption}
        summary={t("summary.bySex", {
          women: figures.mean(women.meanDays),
          men: figures.mean(men.meanDays),
        })}
        height={150}
        tableLabel={t("showTable")}
        table={
          <SexTableView
            caption={caption}
            columns={[
              { key: "mean", label: t("section.sickLeave.meanDays") },
              { key: "long", label: t("section.sickLeave.long") },
              { key: "longShare", label: t("section.sickLeave.longShare") },
            ]}
            rows={[row(t("women"), women), row(t("men"), men)]}
          />
        }
      />
    </Section>
  );
}

function YearsSection({ data, figures }: { data: StatisticsResponse; figures: Figures }) {
  const { t } = useTranslation("payStatistics");
  const texts = useChartTexts(figures);
  const years = data.yearOverYear;
  const option = useMemo(
    () =>
      yearLineOption(
        years.map((y) => ({ year: y.year, womenPercent: y.total.womenPercent })),
        {
          ...texts,
          shareWomen: t("column.shareWomen"),
          even: t("section.yearOverYear.even"),
        },
      ),
    [years, texts, t],
  );
  const caption = t("section.yearOverYear.caption");
  const columns = [
    { key: "year", label: t("column.year") },
    { key: "women", label: t("column.women"), numeric: true },
    { key: "men", label: t("column.men"), numeric: true },
    { key: "share", label: t("column.shareWomen"), numeric: true },
    { key: "ptw", label: t("section.yearOverYear.partTimeWomen"), numeric: true },
    { key: "ptm", label: t("section.yearOverYear.partTimeMen"), numeric: true },
    { key: "tw", label: t("section.yearOverYear.temporaryWomen"), numeric: true },
    { key: "tm", label: t("section.yearOverYear.temporaryMen"), numeric: true },
  ];
  const summary =
    years.length < 2
      ? t("summary.oneYear", { year: data.year })
      : t("summary.years", {
          list: years
            .map((y) =>
              t("summary.yearItem", {
                year: y.year,
                value: figures.share(y.total, y.total.womenPercent),
              }),
            )
            .join(", "),
        });
  return (
    <Section
      id="yearOverYear"
      heading={t("section.yearOverYear.heading")}
      help={t("section.yearOverYear.help")}
    >
      <Chart
        option={option}
        caption={caption}
        summary={summary}
        height={300}
        tableLabel={t("showTable")}
        table={<YearTable caption={caption} columns={columns} years={years} figures={figures} />}
      />
    </Section>
  );
}

function YearTable({
  caption,
  columns,
  years,
  figures,
}: {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  years: StatisticsResponse["yearOverYear"];
  figures: Figures;
}) {
  const cell = (i: number, text: string, hidden: boolean) => (
    <td
      key={columns[i]!.key}
      data-label={columns[i]!.label}
      className={hidden ? "numeric stats-hidden" : "numeric"}
    >
      {text}
    </td>
  );
  const share = (i: number, p: Proportion) =>
    cell(i, figures.proportionShare(p), p.suppressed !== null);
  return (
    <Table caption={caption} columns={columns} className="stats-table">
      {years.map((y) => (
        <tr key={y.year}>
          <th scope="row">{y.year}</th>
          {cell(1, figures.count(y.total.women), y.total.women.value === null)}
          {cell(2, figures.count(y.total.men), y.total.men.value === null)}
          {cell(3, figures.share(y.total, y.total.womenPercent), y.total.womenPercent === null)}
          {share(4, y.partTime.women)}
          {share(5, y.partTime.men)}
          {share(6, y.temporary.women)}
          {share(7, y.temporary.men)}
        </tr>
      ))}
    </Table>
  );
}
