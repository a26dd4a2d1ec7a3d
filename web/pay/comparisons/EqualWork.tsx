import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../ui/Button.tsx";
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
import { PeopleView } from "./PeopleView.tsx";
import { ClassificationBadge, type ComparisonFigures, EqualWorkDifference } from "./shared.tsx";
import type { EqualWork as EqualWorkData, EqualWorkJob, Figures } from "./types.ts";
import "./comparisons.css";

/**
 * Lika arbete (DL 3:9 första stycket 1): per job, the pay of the women and the men who do it,
 * the difference between them and its analysis.
 */
export function EqualWork() {
  const { t } = useTranslation("payComparisons");
  const page = useComparisonPage<EqualWorkData, string>("/comparisons/equal-work");
  const { figures } = page;
  return (
    <ComparisonPage page="equalWork" resource={page.resource}>
      {(data) => {
        const comparable = data.jobs.filter((job) => job.comparable);
        const single = data.jobs.filter((job) => !job.comparable);
        const openJob = data.jobs.find((job) => job.jobId === page.open);
        const analysed = comparable.filter((job) => job.finding?.classification).length;
        return (
          <>
            <section className="section" aria-labelledby="equal-heading">
              <h2 id="equal-heading">{t("equalWork.heading")}</h2>
              <p>{t("equalWork.hiddenRule", { k: data.k })}</p>
              <SavedStatus message={page.message} />
              {comparable.length === 0 ? (
                <p>{t("equalWork.noneComparable")}</p>
              ) : (
                <>
                  <p>{t("equalWork.progress", { analysed, count: comparable.length })}</p>
                  <EqualWorkTable jobs={comparable} figures={figures} onOpen={page.openDialog} />
                </>
              )}
              {single.length > 0 ? (
                <>
                  <h3>{t("equalWork.singleHeading")}</h3>
                  <p>{t("equalWork.singleText")}</p>
                  <ul>
                    {single.map((job) => (
                      <li key={job.jobId}>
                        {t("equalWork.singleItem", {
                          job: job.name,
                          women: job.women.count,
                          men: job.men.count,
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <ToAnalysisLink />
            </section>
            {openJob ? (
              <JobDialog
                job={openJob}
                individual={data.individual}
                figures={figures}
                onClose={page.close}
                onSaved={() => page.saved(openJob.name)}
                onReload={page.resource.reload}
              />
            ) : null}
          </>
        );
      }}
    </ComparisonPage>
  );
}

function EqualWorkTable({
  jobs,
  figures,
  onOpen,
}: {
  jobs: EqualWorkJob[];
  figures: ComparisonFigures;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation("payComparisons");
  const { survey } = usePaySurvey();
  const columns = [
    { key: "job", label: t("equalWork.columns.job") },
    { key: "women", label: t("equalWork.columns.women"), numeric: true },
    { key: "men", label: t("equalWork.columns.men"), numeric: true },
    { key: "womenMean", label: t("equalWork.columns.womenMean"), numeric: true },
    { key: "menMean", label: t("equalWork.columns.menMean"), numeric: true },
    { key: "mean", label: t("equalWork.columns.meanDifference") },
    { key: "median", label: t("equalWork.columns.medianDifference") },
    { key: "analysis", label: t("equalWork.columns.analysis") },
    { key: "actions", label: t("equalWork.columns.actions"), hidden: true },
  ];
  return (
    <Table caption={t("equalWork.caption", { year: survey.year })} columns={columns}>
      {jobs.map((job) => {
        const hiddenText = differenceHidden(job, figures);
        return (
          <tr key={job.jobId}>
            <Cell label={columns[0]!.label}>
              {job.name}
              {job.smallGroup ? (
                <span className="comparisons-small"> {t("smallGroupMark")}</span>
              ) : null}
            </Cell>
            <Cell label={columns[1]!.label} numeric>
              {job.women.count}
            </Cell>
            <Cell label={columns[2]!.label} numeric>
              {job.men.count}
            </Cell>
            <Cell label={columns[3]!.label} numeric>
              <Pay figure={job.women.mean} figures={figures} suppressed={job.women.suppressed} />
            </Cell>
            <Cell label={columns[4]!.label} numeric>
              <Pay figure={job.men.mean} figures={figures} suppressed={job.men.suppressed} />
            </Cell>
            <Cell label={columns[5]!.label}>
              <EqualWorkDifference
                difference={job.mean}
                figures={figures}
                hiddenText={hiddenText}
              />
            </Cell>
            <Cell label={columns[6]!.label}>
              <EqualWorkDifference
                difference={job.median}
                figures={figures}
                hiddenText={hiddenText}
              />
            </Cell>
            <Cell label={columns[7]!.label}>
              <ClassificationBadge classification={job.finding?.classification ?? null} />
            </Cell>
            <Cell actions>
              <Button
                size="small"
                aria-label={
                  survey.access.manage
                    ? t("equalWork.analyseLabel", { job: job.name })
                    : t("equalWork.showLabel", { job: job.name })
                }
                onPress={() => onOpen(job.jobId)}
              >
                {survey.access.manage ? t("equalWork.analyse") : t("equalWork.show")}
              </Button>
            </Cell>
          </tr>
        );
      })}
    </Table>
  );
}

/** Why a job's difference is hidden: a sex with fewer than k, or protecting such a group. */
const differenceHidden = (job: EqualWorkJob, figures: ComparisonFigures) =>
  figures.hidden(
    job.women.suppressed === "primary" || job.men.suppressed === "primary"
      ? "primary"
      : "complementary",
  );

/** A pay figure, or the words saying why it is hidden (muted, not colour alone). */
function Pay({
  figure,
  figures,
  suppressed,
}: {
  figure: number | null;
  figures: ComparisonFigures;
  suppressed: Figures["suppressed"];
}) {
  const text = figures.pay(figure, suppressed);
  return <span className={figure === null ? "muted" : undefined}>{text}</span>;
}

/** One job: its figures in full, the analysis and, for those entitled, each person's pay. */
function JobDialog({
  job,
  individual,
  figures,
  onClose,
  onSaved,
  onReload,
}: {
  job: EqualWorkJob;
  individual: boolean;
  figures: ComparisonFigures;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("payComparisons");
  const [showPeople, setShowPeople] = useState(false);
  const rows = [
    { key: "women", label: t("sex.women"), f: job.women },
    { key: "men", label: t("sex.men"), f: job.men },
  ];
  const columns = [
    { key: "sex", label: t("equalWork.detail.sex") },
    { key: "count", label: t("equalWork.detail.count"), numeric: true },
    { key: "mean", label: t("equalWork.detail.mean"), numeric: true },
    { key: "median", label: t("equalWork.detail.median"), numeric: true },
    { key: "min", label: t("equalWork.detail.min"), numeric: true },
    { key: "max", label: t("equalWork.detail.max"), numeric: true },
  ];
  const hiddenText = differenceHidden(job, figures);
  return (
    <ModalDialog wide title={t("equalWork.dialogTitle", { job: job.name })} onClose={onClose}>
      {(close) => (
        <>
          <SmallGroupNote show={job.smallGroup} />
          <Table caption={t("equalWork.detail.caption", { job: job.name })} columns={columns}>
            {rows.map(({ key, label, f }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <Cell label={columns[1]!.label} numeric>
                  {f.count}
                </Cell>
                {(["mean", "median", "min", "max"] as const).map((figure, i) => (
                  <Cell key={figure} label={columns[i + 2]!.label} numeric>
                    <Pay figure={f[figure]} figures={figures} suppressed={f.suppressed} />
                  </Cell>
                ))}
              </tr>
            ))}
          </Table>
          <dl className="comparisons-facts">
            <div>
              <dt>{t("equalWork.columns.meanDifference")}</dt>
              <dd>
                <EqualWorkDifference
                  difference={job.mean}
                  figures={figures}
                  hiddenText={hiddenText}
                />
              </dd>
            </div>
            <div>
              <dt>{t("equalWork.columns.medianDifference")}</dt>
              <dd>
                <EqualWorkDifference
                  difference={job.median}
                  figures={figures}
                  hiddenText={hiddenText}
                />
              </dd>
            </div>
          </dl>
          {individual ? (
            <section className="comparisons-people" aria-labelledby="people-heading">
              <h3 id="people-heading">{t("people.heading")}</h3>
              <p className="muted">{t("people.logged")}</p>
              {showPeople ? (
                <PeopleView jobId={job.jobId} jobName={job.name} />
              ) : (
                <Button onPress={() => setShowPeople(true)}>{t("people.show")}</Button>
              )}
            </section>
          ) : null}
          <AnalysisSection
            kind="equal_work"
            jobId={job.jobId}
            otherJobId={null}
            finding={job.finding}
            label={job.name}
            onSaved={onSaved}
            onReload={onReload}
            close={close}
          />
        </>
      )}
    </ModalDialog>
  );
}
