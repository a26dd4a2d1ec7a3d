import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  type IndicatorChartTexts as ChartTexts,
  quartileOption,
  yearGapOption,
} from "../../../core/pay/charts.ts";
import type { WorkerCategory } from "../../../core/pay/models.ts";
import { query } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { LoadError, useResource } from "../../app/resource.tsx";
import { useDocumentTitle } from "../../app/title.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Chart } from "../../ui/Chart.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeading } from "../../ui/PageHeading.tsx";
import { Table } from "../../ui/Table.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { type Numbers, useNumbers, useVariableNames } from "../regression/numbers.ts";
import type {
  GapFigure,
  IndicatorsResponse,
  PayLevel,
  QuartileFigure,
  ShareFigure,
} from "./types.ts";
import "../regression/analysis.css";
import "./indicators.css";

const LEVELS: PayLevel[] = ["annual", "hourly"];

/**
 * EU Pay Transparency Directive (EU) 2023/970 Art. 9(1)(a)–(g) for the survey (issue 6 point
 * 6): gaps on annual and hourly pay, variable pay, quartile bands, gaps per category of
 * workers with the Art. 10 flag, and the gaps year by year. Small groups are hidden by the
 * server; here a hidden figure is written out as text.
 */
export function PayIndicators() {
  const { t } = useTranslation("payAnalysis");
  const { organisation } = useOrganisation();
  const { survey, apiBase } = usePaySurvey();
  const resource = useResource<IndicatorsResponse>(`${apiBase}/indicators`);
  const title = t("indicators.title", { year: survey.year });
  useDocumentTitle(title, organisation.name);
  const data = resource.data;

  return (
    <>
      <PageHeading intro={t("indicators.intro")}>{title}</PageHeading>
      {survey.access.ownUnitsOnly ? (
        <Alert tone="info" title={t("ownUnitsTitle")}>
          <p>{t("indicators.ownUnits")}</p>
        </Alert>
      ) : null}
      {resource.error ? <LoadError error={resource.error} onRetry={resource.reload} /> : null}
      {!data && !resource.error ? <Loading label={t("indicators.loading")} /> : null}
      {data ? <IndicatorSections data={data} /> : null}
      {survey.access.individual ? <ReportSection k={survey.minGroupSize} /> : null}
    </>
  );
}

/** The EU indicator report to download (for those who see the whole survey), in the page's language. */
function ReportSection({ k }: { k: number }) {
  const { t, i18n } = useTranslation("payAnalysis");
  const { apiBase } = usePaySurvey();
  const locale = i18n.language === "en" ? "en" : "sv";
  const href = (format: "docx" | "pdf") =>
    `${apiBase}/indicator-report.${format}${query({ locale })}`;
  return (
    <Section id="report" heading={t("indicators.report.heading")}>
      <p className="analysis-text">{t("indicators.report.intro", { k })}</p>
      <p className="cluster">
        <a className="button button--primary" href={href("docx")} download>
          {t("indicators.report.word")}
        </a>
        <a className="button button--secondary" href={href("pdf")} download>
          {t("indicators.report.pdf")}
        </a>
      </p>
    </Section>
  );
}

function IndicatorSections({ data }: { data: IndicatorsResponse }) {
  const { t } = useTranslation("payAnalysis");
  const numbers = useNumbers();
  if (data.population.women + data.population.men === 0)
    return (
      <Alert tone="info" title={t("indicators.empty.title")}>
        <p>{t("indicators.empty.text", { year: data.year })}</p>
      </Alert>
    );
  const hourly = data.hourly;
  return (
    <>
      <p className="analysis-text analysis-lead">
        {t("indicators.lead", { k: data.k })}{" "}
        <a href="#definitions-heading">{t("indicators.toDefinitions")}</a>
      </p>
      {!hourly.meanGap.hidden && hourly.meanGap.gapPercent !== null ? (
        <p className="analysis-summary">
          {t(
            hourly.meanGap.gapPercent >= 0 ? "indicators.headlineLess" : "indicators.headlineMore",
            {
              gap: numbers.percent(Math.abs(hourly.meanGap.gapPercent)),
            },
          )}
        </p>
      ) : null}
      <ReportingDuty employees={data.organisationEmployees} />
      <GapSection data={data} />
      <QuartileSection data={data} />
      <CategorySection data={data} />
      <YearSection data={data} />
      <Definitions data={data} />
    </>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}

/** Who must report under Art. 9(2)–(4), by head count; the directive's dates, nothing more. */
function ReportingDuty({ employees }: { employees: number }) {
  const { t } = useTranslation("payAnalysis");
  const format = useFormat();
  const size =
    employees >= 250 ? "large" : employees >= 150 ? "medium" : employees >= 100 ? "small" : "none";
  return (
    <Section id="duty" heading={t("indicators.duty.heading")}>
      <div className="analysis-text">
        <p>{t(`indicators.duty.${size}`, { employees: format.number(employees) })}</p>
        <p>{t("indicators.duty.swedishLaw")}</p>
      </div>
    </Section>
  );
}

function useGapText(k: number, numbers: Numbers) {
  const { t } = useTranslation("payAnalysis");
  return useMemo(() => {
    /** The gap in words: "3,2 % lägre för kvinnor"; a variable-pay gap is among recipients. */
    const short = (g: GapFigure, variable = false) => {
      if (g.hidden) return t("cell.hidden", { k });
      if (g.gapPercent === null)
        return t(`cell.${variable ? "variableReason" : "reason"}.${g.reason ?? "no-people"}`);
      if (g.gapPercent === 0) return t("cell.equal");
      return t(g.gapPercent > 0 ? "cell.lower" : "cell.higher", {
        gap: numbers.percent(Math.abs(g.gapPercent)),
      });
    };
    const amount = (level: PayLevel, value: number) =>
      level === "annual" ? numbers.kronor(value) : numbers.perHour(value);
    /** Women's and men's figures behind a gap. */
    const detail = (level: PayLevel, g: GapFigure) =>
      g.hidden || g.female === null || g.male === null
        ? null
        : t("cell.amounts", { women: amount(level, g.female), men: amount(level, g.male) });
    return { short, detail };
  }, [t, k, numbers]);
}

/** A gap in words, with women's and men's figures under it unless `compact`. */
function GapCell({
  level,
  label,
  figure,
  text,
  variable,
  compact,
}: {
  level: PayLevel;
  label: string;
  figure: GapFigure;
  text: ReturnType<typeof useGapText>;
  variable?: boolean;
  compact?: boolean;
}) {
  const detail = compact ? null : text.detail(level, figure);
  return (
    <td data-label={label} className={figure.hidden ? "analysis-hidden" : undefined}>
      <span className={compact ? undefined : "indicator-gap"}>{text.short(figure, variable)}</span>
      {detail ? <span className="indicator-detail">{detail}</span> : null}
    </td>
  );
}

function GapSection({ data }: { data: IndicatorsResponse }) {
  const { t } = useTranslation("payAnalysis");
  const numbers = useNumbers();
  const format = useFormat();
  const text = useGapText(data.k, numbers);
  const columns = [
    { key: "indicator", label: t("indicators.gaps.indicator") },
    { key: "annual", label: t("level.annual") },
    { key: "hourly", label: t("level.hourly") },
  ];
  const rows = [
    ["a", "meanGap"],
    ["b", "variableMeanGap"],
    ["c", "medianGap"],
    ["d", "variableMedianGap"],
  ] as const;
  const share = (who: "women" | "men", s: ShareFigure) =>
    s.hidden
      ? t(`indicators.gaps.shareHidden.${who}`, { k: data.k })
      : t(`indicators.gaps.share.${who}`, {
          percent: s.percent === null ? "–" : numbers.percent(s.percent),
          recipients: format.number(s.recipients ?? 0),
          count: format.number(s.count),
        });
  return (
    <Section id="gaps" heading={t("indicators.gaps.heading")}>
      <p className="analysis-text">{t("indicators.gaps.help")}</p>
      <Table caption={t("indicators.gaps.caption")} columns={columns} className="analysis-table">
        {rows.map(([letter, key]) => (
          <tr key={key}>
            <th scope="row">
              <span className="indicator-letter">({letter})</span> {t(`indicators.gaps.${key}`)}
            </th>
            {LEVELS.map((level, i) => (
              <GapCell
                key={level}
                level={level}
                label={columns[i + 1]!.label}
                figure={data[level][key]}
                text={text}
                variable={key === "variableMeanGap" || key === "variableMedianGap"}
              />
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">
            <span className="indicator-letter">(e)</span> {t("indicators.gaps.variableShare")}
          </th>
          <td data-label={t("indicators.gaps.bothLevels")} colSpan={2}>
            {share("women", data.variableShare.women)}; {share("men", data.variableShare.men)}
          </td>
        </tr>
      </Table>
    </Section>
  );
}

function useChartTexts(k: number): ChartTexts {
  const { t } = useTranslation("payAnalysis");
  const numbers = useNumbers();
  return useMemo(
    () => ({
      women: t("women"),
      men: t("men"),
      hidden: t("hiddenBar", { k }),
      percent: numbers.percent,
      axisPercent: numbers.wholePercent,
    }),
    [t, numbers, k],
  );
}

function QuartileSection({ data }: { data: IndicatorsResponse }) {
  const { t } = useTranslation("payAnalysis");
  return (
    <Section id="quartiles" heading={t("indicators.quartiles.heading")}>
      <p className="analysis-text">{t("indicators.quartiles.help")}</p>
      <div className="indicator-charts">
        {LEVELS.map((level) => (
          <QuartileChart key={level} level={level} bands={data[level].quartiles} k={data.k} />
        ))}
      </div>
    </Section>
  );
}

function QuartileChart({
  level,
  bands,
  k,
}: {
  level: PayLevel;
  bands: QuartileFigure[];
  k: number;
}) {
  const { t } = useTranslation("payAnalysis");
  const numbers = useNumbers();
  const format = useFormat();
  const texts = useChartTexts(k);
  const names = useMemo(
    () => bands.map((b) => t(`indicators.quartiles.band${b.band}`)),
    [bands, t],
  );
  // The chart's axis takes the short names; the caption and table say which end is which.
  const option = useMemo(
    () =>
      quartileOption(
        bands,
        bands.map((b) => t("indicators.quartiles.short", { band: b.band })),
        texts,
      ),
    [bands, t, texts],
  );
  const caption = t("indicators.quartiles.caption", { level: t(`level.${level}Lower`) });
  const top = bands[3]!;
  const bottom = bands[0]!;
  const summary =
    top.hidden || bottom.hidden || top.femalePercent === null || bottom.femalePercent === null
      ? t("indicators.quartiles.summaryHidden", { k })
      : t("indicators.quartiles.summary", {
          top: numbers.percent(top.femalePercent),
          bottom: numbers.percent(bottom.femalePercent),
        });
  const columns = [
    { key: "band", label: t("indicators.quartiles.band") },
    { key: "size", label: t("indicators.quartiles.size"), numeric: true },
    { key: "women", label: t("women"), numeric: true },
    { key: "men", label: t("men"), numeric: true },
    { key: "shareWomen", label: t("indicators.quartiles.shareWomen"), numeric: true },
    { key: "shareMen", label: t("indicators.quartiles.shareMen"), numeric: true },
  ];
  const hiddenText = t("cell.hidden", { k });
  const value = (i: number, v: number | null, write: (x: number) => string) => (
    <td
      data-label={columns[i]!.label}
      className={v === null ? "numeric analysis-hidden" : "numeric"}
    >
      {v === null ? hiddenText : write(v)}
    </td>
  );
  return (
    <Chart
      option={option}
      caption={caption}
      summary={summary}
      height={260}
      tableLabel={t("showTable")}
      table={
        <Table caption={caption} columns={columns} className="analysis-table">
          {bands.map((b, i) => (
            <tr key={b.band}>
              <th scope="row">{names[i]}</th>
              <td data-label={columns[1]!.label} className="numeric">
                {format.number(b.size)}
              </td>
              {value(2, b.female, numbers.count)}
              {value(3, b.male, numbers.count)}
              {value(4, b.femalePercent, numbers.percent)}
              {value(5, b.malePercent, numbers.percent)}
            </tr>
          ))}
        </Table>
      }
    />
  );
}

function CategorySection({ data }: { data: IndicatorsResponse }) {
  const { t } = useTranslation("payAnalysis");
  const numbers = useNumbers();
  const format = useFormat();
  const text = useGapText(data.k, numbers);
  const names = useVariableNames(data.categories.valueBandWidth);
  const { rows, unevaluatedJobs, threshold } = data.categories;
  const categoryName = (c: WorkerCategory) =>
    c.kind === "band"
      ? t("indicators.categories.band", { range: names.band(c.band) })
      : t("indicators.categories.job", { job: c.job });
  const columns = [
    { key: "category", label: t("indicators.categories.category") },
    { key: "women", label: t("women"), numeric: true },
    { key: "men", label: t("men"), numeric: true },
    ...LEVELS.flatMap((level) =>
      (["total", "base", "variable"] as const).map((part) => ({
        key: `${level}-${part}`,
        label: t(`indicators.categories.column.${part}`, { level: t(`level.${level}`) }),
      })),
    ),
    { key: "flag", label: t("indicators.categories.flag") },
  ];
  const flagged = rows.filter((r) => r.jointPayAssessment === true).length;
  const count = (i: number, v: number | null) => (
    <td
      data-label={columns[i]!.label}
      className={v === null ? "numeric analysis-hidden" : "numeric"}
    >
      {v === null ? t("cell.protected") : format.number(v)}
    </td>
  );
  return (
    <Section id="categories" heading={t("indicators.categories.heading")}>
      <div className="analysis-text">
        <p>{t("indicators.categories.help")}</p>
        <p>{t("indicators.categories.jointAssessment", { threshold: format.number(threshold) })}</p>
        {unevaluatedJobs > 0 ? (
          <p>{t("indicators.categories.unevaluated", { count: unevaluatedJobs })}</p>
        ) : null}
        <p>
          {flagged === 0
            ? t("indicators.categories.noneFlagged", { threshold: format.number(threshold) })
            : t("indicators.categories.flagged", {
                count: flagged,
                threshold: format.number(threshold),
              })}
        </p>
      </div>
      <Table
        caption={t("indicators.categories.caption")}
        columns={columns}
        className="analysis-table indicator-categories"
      >
        {rows.map((row) => (
          <tr
            key={
              row.category.kind === "band" ? `band-${row.category.band}` : `job-${row.category.job}`
            }
            className={row.jointPayAssessment ? "indicator-flagged" : undefined}
          >
            <th scope="row">{categoryName(row.category)}</th>
            {count(1, row.women)}
            {count(2, row.men)}
            {LEVELS.flatMap((level, l) =>
              (["total", "base", "variable"] as const).map((part, p) => (
                <GapCell
                  key={`${level}-${part}`}
                  level={level}
                  label={columns[3 + l * 3 + p]!.label}
                  figure={row[level][part]}
                  text={text}
                  variable={part === "variable"}
                  compact
                />
              )),
            )}
            <td
              data-label={columns[9]!.label}
              className={row.jointPayAssessment === null ? "analysis-hidden" : undefined}
            >
              {row.jointPayAssessment === null ? (
                t("cell.hidden", { k: data.k })
              ) : row.jointPayAssessment ? (
                <span className="indicator-flag">
                  <span aria-hidden="true" className="indicator-flag__icon">
                    ⚠
                  </span>{" "}
                  {t("indicators.categories.flagYes", {
                    levels: format.list(row.flaggedOn.map((level) => t(`level.${level}Lower`))),
                  })}
                </span>
              ) : (
                t("indicators.categories.flagNo")
              )}
            </td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

function YearSection({ data }: { data: IndicatorsResponse }) {
  const { t } = useTranslation("payAnalysis");
  const numbers = useNumbers();
  const format = useFormat();
  const texts = useChartTexts(data.k);
  const text = useGapText(data.k, numbers);
  const years = data.yearOverYear;
  const option = useMemo(
    () =>
      yearGapOption(years, {
        ...texts,
        annual: t("indicators.years.annualLine"),
        hourly: t("indicators.years.hourlyLine"),
      }),
    [years, texts, t],
  );
  const caption = t("indicators.years.caption");
  const columns = [
    { key: "year", label: t("indicators.years.year") },
    { key: "women", label: t("women"), numeric: true },
    { key: "men", label: t("men"), numeric: true },
    ...LEVELS.flatMap((level) =>
      (["meanGap", "medianGap"] as const).map((key) => ({
        key: `${level}-${key}`,
        label: t(`indicators.years.${key}`, { level: t(`level.${level}`) }),
      })),
    ),
  ];
  const summary =
    years.length < 2
      ? t("indicators.years.oneYear", { year: data.year })
      : t("indicators.years.summary", {
          list: format.list(
            years.map((y) =>
              t("indicators.years.item", { year: y.year, gap: text.short(y.hourly.meanGap) }),
            ),
          ),
        });
  return (
    <Section id="years" heading={t("indicators.years.heading")}>
      <p className="analysis-text">{t("indicators.years.help")}</p>
      <Chart
        option={option}
        caption={caption}
        summary={summary}
        height={280}
        tableLabel={t("showTable")}
        table={
          <Table caption={caption} columns={columns} className="analysis-table">
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td data-label={columns[1]!.label} className="numeric">
                  {y.women === null ? t("cell.protected") : format.number(y.women)}
                </td>
                <td data-label={columns[2]!.label} className="numeric">
                  {y.men === null ? t("cell.protected") : format.number(y.men)}
                </td>
                {LEVELS.flatMap((level, l) =>
                  (["meanGap", "medianGap"] as const).map((key, k) => (
                    <GapCell
                      key={`${level}-${key}`}
                      level={level}
                      label={columns[3 + l * 2 + k]!.label}
                      figure={y[level][key]}
                      text={text}
                      compact
                    />
                  )),
                )}
              </tr>
            ))}
          </Table>
        }
      />
    </Section>
  );
}

function Definitions({ data }: { data: IndicatorsResponse }) {
  const { t } = useTranslation("payAnalysis");
  const format = useFormat();
  const hours = format.number(data.fullTimeWeeklyHours);
  return (
    <section className="section" aria-labelledby="definitions-heading">
      <h2 id="definitions-heading" tabIndex={-1}>
        {t("indicators.definitions.heading")}
      </h2>
      <div className="analysis-text">
        <ul>
          <li>{t("indicators.definitions.annual")}</li>
          <li>{t("indicators.definitions.hourly", { hours })}</li>
          <li>
            {data.assumedHours > 0
              ? t("indicators.definitions.assumed", {
                  count: data.assumedHours,
                  n: format.number(data.assumedHours),
                  hours,
                })
              : t("indicators.definitions.allHours")}
          </li>
          <li>{t("indicators.definitions.gap")}</li>
          <li>{t("indicators.definitions.median")}</li>
          <li>{t("indicators.definitions.variable")}</li>
          <li>{t("indicators.definitions.quartiles")}</li>
          <li>
            {t("indicators.definitions.categories", {
              width: format.number(data.categories.valueBandWidth),
            })}
          </li>
          <li>{t("indicators.definitions.population")}</li>
          <li>{t("indicators.definitions.hidden", { k: data.k })}</li>
        </ul>
      </div>
    </section>
  );
}
