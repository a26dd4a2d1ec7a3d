import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { valuePayOption } from "../../../core/pay/charts.ts";
import { Button, TextLink } from "../../ui/Button.tsx";
import { Chart } from "../../ui/Chart.tsx";
import { ModalDialog } from "../../ui/Dialog.tsx";
import { Cell, Table } from "../../ui/Table.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { AnalysisSection } from "./AnalysisForm.tsx";
import {
  ComparisonPage,
  SavedStatus,
  SmallGroupNote,
  ToAnalysisLink,
  useComparisonPage,
} from "./ComparisonPage.tsx";
import { ClassificationBadge, type ComparisonFigures } from "./shared.tsx";
import type { Dominance, EquivalentWork, EvaluatedJob, FindingKind, JobPair } from "./types.ts";
import "./comparisons.css";

/**
 * Likvärdiga arbeten (DL 3:9 första stycket 2 och 3): each job's value from the job evaluation
 * against its mean pay, and every women-dominated job against the jobs that are not
 * women-dominated with equal value, or lower value, and higher pay; each pair analysed.
 */
export function Equivalent() {
  const { t } = useTranslation("payComparisons");
  const { base } = usePaySurvey();
  const page = useComparisonPage<EquivalentWork, { kind: FindingKind; pair: JobPair }>(
    "/comparisons/equivalent",
  );
  const { figures, open } = page;
  const jobs = page.data?.jobs;
  const job = useMemo(() => new Map(jobs?.map((j) => [j.jobId, j]) ?? []), [jobs]);
  const openPair = (kind: FindingKind) => (pair: JobPair) => page.openDialog({ kind, pair });

  return (
    <ComparisonPage page="equivalent" resource={page.resource}>
      {(data) => (
        <>
          <p>
            {t("equivalent.rules", {
              share: figures.number(data.womenDominatedShare),
              width: figures.number(data.valueBandWidth),
            })}
          </p>
          <JobsSection data={data} figures={figures} />
          <SavedStatus message={page.message} />
          <PairsSection
            id="equivalent"
            pairs={data.equivalent}
            job={job}
            figures={figures}
            k={data.k}
            onOpen={openPair("equivalent")}
          />
          <PairsSection
            id="lowerValue"
            pairs={data.lowerValue}
            job={job}
            figures={figures}
            k={data.k}
            onOpen={openPair("lower_value")}
          />
          {data.notEvaluated.length > 0 ? (
            <section className="section" aria-labelledby="not-evaluated-heading">
              <h2 id="not-evaluated-heading">{t("equivalent.notEvaluated.heading")}</h2>
              <p>{t("equivalent.notEvaluated.text")}</p>
              <ul>
                {data.notEvaluated.map((j) => (
                  <li key={j.jobId}>
                    {j.name}
                    {j.dominance ? ` (${t("equivalent.dominatedShort")})` : ""}
                  </li>
                ))}
              </ul>
              <p>
                <TextLink href={`${base}/arbetsvardering`}>
                  {t("equivalent.notEvaluated.link")}
                </TextLink>
              </p>
            </section>
          ) : null}
          <ToAnalysisLink />
          {open ? (
            <PairDialog
              kind={open.kind}
              pair={open.pair}
              job={job}
              figures={figures}
              k={data.k}
              onClose={page.close}
              onSaved={() =>
                page.saved(
                  t("pairs.pairName", {
                    job: job.get(open.pair.jobId)!.name,
                    other: job.get(open.pair.otherJobId)!.name,
                  }),
                )
              }
              onReload={page.resource.reload}
            />
          ) : null}
        </>
      )}
    </ComparisonPage>
  );
}

function useDominance() {
  const { t } = useTranslation("payComparisons");
  return (dominance: Dominance) =>
    dominance === null
      ? t("dominance.no")
      : dominance === "manual"
        ? t("dominance.manual")
        : dominance === "share"
          ? t("dominance.share")
          : t("dominance.both");
}

/** The value-against-pay chart and its table. */
function JobsSection({ data, figures }: { data: EquivalentWork; figures: ComparisonFigures }) {
  const { t } = useTranslation("payComparisons");
  const dominance = useDominance();
  const shown = useMemo(() => data.jobs.filter((j) => j.meanPay !== null), [data.jobs]);
  const option = useMemo(
    () =>
      valuePayOption(
        shown.map((j) => ({
          name: j.name,
          value: j.value,
          pay: j.meanPay!,
          dominated: j.dominance !== null,
        })),
        {
          first: t("chart.dominated"),
          second: t("chart.other"),
          xAxis: t("chart.valueAxis"),
          yAxis: t("chart.payAxis"),
          money: figures.money,
          tooltip: (p) =>
            t("chart.tooltip", {
              job: p.label,
              value: figures.number(p.x),
              pay: figures.money(p.y),
            }),
        },
      ),
    [shown, t, figures],
  );
  const columns = [
    { key: "job", label: t("equivalent.columns.job") },
    { key: "value", label: t("equivalent.columns.value"), numeric: true },
    { key: "women", label: t("equivalent.columns.women"), numeric: true },
    { key: "men", label: t("equivalent.columns.men"), numeric: true },
    { key: "share", label: t("equivalent.columns.share"), numeric: true },
    { key: "dominated", label: t("equivalent.columns.dominated") },
    { key: "pay", label: t("equivalent.columns.pay"), numeric: true },
  ];
  const caption = t("chart.caption", { year: data.year });
  const hidden = data.jobs.length - shown.length;

  if (data.jobs.length === 0)
    return (
      <section className="section" aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">{t("equivalent.jobsHeading")}</h2>
        <p>{t("equivalent.noneEvaluated")}</p>
      </section>
    );
  return (
    <section className="section" aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">{t("equivalent.jobsHeading")}</h2>
      <Chart
        option={option}
        caption={caption}
        summary={
          hidden > 0
            ? t("chart.summaryHidden", {
                count: shown.length,
                dominated: shown.filter((j) => j.dominance !== null).length,
                hidden,
                k: data.k,
              })
            : t("chart.summary", {
                count: shown.length,
                dominated: shown.filter((j) => j.dominance !== null).length,
              })
        }
        height={420}
        tableLabel={t("showTable")}
        table={
          <Table caption={caption} hideCaption columns={columns}>
            {data.jobs.map((j) => (
              <tr key={j.jobId}>
                <Cell label={columns[0]!.label}>
                  {j.name}
                  {j.smallGroup ? (
                    <span className="comparisons-small"> {t("smallGroupMark")}</span>
                  ) : null}
                </Cell>
                <Cell label={columns[1]!.label} numeric>
                  {figures.number(j.value)}
                </Cell>
                <Cell label={columns[2]!.label} numeric>
                  {j.women}
                </Cell>
                <Cell label={columns[3]!.label} numeric>
                  {j.men}
                </Cell>
                <Cell label={columns[4]!.label} numeric>
                  {j.womenShare === null ? t("none") : figures.percent(j.womenShare)}
                </Cell>
                <Cell label={columns[5]!.label}>{dominance(j.dominance)}</Cell>
                <Cell label={columns[6]!.label} numeric>
                  {j.meanPay === null ? (
                    <span className="muted">{figures.hidden(j.payHidden)}</span>
                  ) : (
                    figures.money(j.meanPay)
                  )}
                </Cell>
              </tr>
            ))}
          </Table>
        }
      />
      <SmallGroupNote show={data.jobs.some((j) => j.smallGroup)} />
    </section>
  );
}

function PairsSection({
  id,
  pairs,
  job,
  figures,
  k,
  onOpen,
}: {
  id: "equivalent" | "lowerValue";
  pairs: JobPair[];
  job: Map<string, EvaluatedJob>;
  figures: ComparisonFigures;
  k: number;
  onOpen: (pair: JobPair) => void;
}) {
  const { t } = useTranslation("payComparisons");
  const { survey } = usePaySurvey();
  const columns = [
    { key: "job", label: t("pairs.columns.job") },
    { key: "other", label: t("pairs.columns.other") },
    { key: "values", label: t("pairs.columns.values") },
    { key: "difference", label: t("pairs.columns.difference") },
    { key: "analysis", label: t("pairs.columns.analysis") },
    { key: "actions", label: t("pairs.columns.actions"), hidden: true },
  ];
  const analysed = pairs.filter((p) => p.finding?.classification).length;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(`pairs.${id}.heading`)}</h2>
      <p>{t(`pairs.${id}.text`)}</p>
      {pairs.length === 0 ? (
        <p>{t(`pairs.${id}.none`)}</p>
      ) : (
        <>
          <p>{t("pairs.progress", { analysed, count: pairs.length })}</p>
          <Table caption={t(`pairs.${id}.caption`, { year: survey.year })} columns={columns}>
            {pairs.map((pair) => {
              const w = job.get(pair.jobId)!;
              const n = job.get(pair.otherJobId)!;
              const name = t("pairs.pairName", { job: w.name, other: n.name });
              return (
                <tr key={`${pair.jobId}:${pair.otherJobId}`}>
                  <Cell label={columns[0]!.label}>
                    {w.name}
                    <br />
                    <span className="muted">{pairPay(w, figures)}</span>
                  </Cell>
                  <Cell label={columns[1]!.label}>
                    {n.name}
                    <br />
                    <span className="muted">{pairPay(n, figures)}</span>
                  </Cell>
                  <Cell label={columns[2]!.label}>
                    {t("pairs.values", {
                      job: figures.number(w.value),
                      other: figures.number(n.value),
                    })}
                  </Cell>
                  <Cell label={columns[3]!.label}>
                    <PairDifference pair={pair} other={n.name} figures={figures} k={k} />
                  </Cell>
                  <Cell label={columns[4]!.label}>
                    <ClassificationBadge classification={pair.finding?.classification ?? null} />
                  </Cell>
                  <Cell actions>
                    <Button
                      size="small"
                      aria-label={
                        survey.access.manage
                          ? t("pairs.analyseLabel", { pair: name })
                          : t("pairs.showLabel", { pair: name })
                      }
                      onPress={() => onOpen(pair)}
                    >
                      {survey.access.manage ? t("equalWork.analyse") : t("equalWork.show")}
                    </Button>
                  </Cell>
                </tr>
              );
            })}
          </Table>
        </>
      )}
    </section>
  );
}

const pairPay = (j: EvaluatedJob, figures: ComparisonFigures) =>
  j.meanPay === null ? figures.hidden(j.payHidden) : figures.money(j.meanPay);

/** "Vaktmästare 1 000 kr mer (3,2 %)", or why it is hidden. */
function PairDifference({
  pair,
  other,
  figures,
  k,
}: {
  pair: JobPair;
  other: string;
  figures: ComparisonFigures;
  k: number;
}) {
  const { t } = useTranslation("payComparisons");
  if (pair.difference === null) return <span className="muted">{t("pairs.hidden", { k })}</span>;
  return <>{t("pairs.difference", { other, size: figures.size(pair.difference) })}</>;
}

function PairDialog({
  kind,
  pair,
  job,
  figures,
  k,
  onClose,
  onSaved,
  onReload,
}: {
  kind: FindingKind;
  pair: JobPair;
  job: Map<string, EvaluatedJob>;
  figures: ComparisonFigures;
  k: number;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("payComparisons");
  const dominance = useDominance();
  const w = job.get(pair.jobId)!;
  const n = job.get(pair.otherJobId)!;
  const name = t("pairs.pairName", { job: w.name, other: n.name });
  const facts = (j: EvaluatedJob) => (
    <div>
      <dt>{j.name}</dt>
      <dd>
        {t("pairs.facts", {
          value: figures.number(j.value),
          pay: pairPay(j, figures),
          share: j.womenShare === null ? t("none") : figures.percent(j.womenShare),
          dominance: dominance(j.dominance).toLowerCase(),
        })}
      </dd>
    </div>
  );
  return (
    <ModalDialog wide title={name} onClose={onClose}>
      {(close) => (
        <>
          <p>{kind === "equivalent" ? t("pairs.equivalent.why") : t("pairs.lowerValue.why")}</p>
          <dl className="comparisons-facts">
            {facts(w)}
            {facts(n)}
            <div>
              <dt>{t("pairs.columns.difference")}</dt>
              <dd>
                <PairDifference pair={pair} other={n.name} figures={figures} k={k} />
              </dd>
            </div>
          </dl>
          <SmallGroupNote show={w.smallGroup || n.smallGroup} />
          <AnalysisSection
            kind={kind}
            jobId={pair.jobId}
            otherJobId={pair.otherJobId}
            finding={pair.finding}
            label={name}
            onSaved={onSaved}
            onReload={onReload}
            close={close}
          />
        </>
      )}
    </ModalDialog>
  );
}
