import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { jobValue } from "../../../core/pay/job-evaluation.ts";
import { ApiError, api } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { LoadError, useResource } from "../../app/resource.tsx";
import { useDocumentTitle } from "../../app/title.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import { AppForm, anyError, useFormSubmit } from "../../ui/Form.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeading } from "../../ui/PageHeading.tsx";
import { Cell, Table } from "../../ui/Table.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import type { PaySurvey } from "../types.ts";
import { useBandRange } from "./bands.ts";
import { JobDialog } from "./JobDialog.tsx";
import { TemplateSection } from "./TemplateSection.tsx";
import type { PayJob, PayJobs } from "./types.ts";
import "./jobs.css";

/**
 * Arbetsvärdering (DL 3:8–10): the survey's jobs valued by the four criteria of the law, so
 * that work of equal value can be compared; the template of criteria below the jobs.
 */
export function JobEvaluation() {
  const { t } = useTranslation("payJobs");
  const { organisation } = useOrganisation();
  const { survey, apiBase } = usePaySurvey();
  const resource = useResource<PayJobs>(`${apiBase}/jobs`);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t("documentTitle"), String(survey.year), organisation.name);

  const data = resource.data;
  const openJob = data?.jobs.find((job) => job.id === open);
  const saved = (job: PayJob) => {
    if (data)
      resource.setData({ ...data, jobs: data.jobs.map((j) => (j.id === job.id ? job : j)) });
    setOpen(null);
    setMessage(t("jobs.saved", { job: job.name }));
  };

  return (
    <>
      <PageHeading intro={t("intro")}>{t("title", { year: survey.year })}</PageHeading>
      <p>{t("how")}</p>
      {survey.access.ownUnitsOnly ? <p className="muted">{t("ownUnits")}</p> : null}
      {!survey.access.manage ? <p className="muted">{t("readOnly")}</p> : null}
      {resource.error ? <LoadError error={resource.error} onRetry={resource.reload} /> : null}
      {!data && !resource.error ? <Loading /> : null}
      {data ? (
        <>
          <JobsTable
            data={data}
            mayManage={survey.access.manage}
            message={message}
            onOpen={(id) => {
              setMessage(null);
              setOpen(id);
            }}
          />
          <BandSection data={data} onChanged={resource.reload} />
          <TemplateSection data={data} onSaved={resource.reload} />
        </>
      ) : null}
      {data && openJob ? (
        <JobDialog
          job={openJob}
          data={data}
          mayManage={survey.access.manage}
          onClose={() => setOpen(null)}
          onSaved={saved}
          onReload={resource.reload}
        />
      ) : null}
    </>
  );
}

function JobsTable({
  data,
  mayManage,
  message,
  onOpen,
}: {
  data: PayJobs;
  mayManage: boolean;
  message: string | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation("payJobs");
  const format = useFormat();
  const { survey } = usePaySurvey();
  const bandRange = useBandRange(data.valueBandWidth);
  const total = data.template.criteria.reduce((n, c) => n + c.subCriteria.length, 0);
  const evaluated = data.jobs.filter((job) => job.value !== null).length;
  const columns = [
    { key: "name", label: t("jobs.columns.name") },
    { key: "women", label: t("jobs.columns.women"), numeric: true },
    { key: "men", label: t("jobs.columns.men"), numeric: true },
    { key: "share", label: t("jobs.columns.share"), numeric: true },
    { key: "dominated", label: t("jobs.columns.dominated") },
    { key: "value", label: t("jobs.columns.value"), numeric: true },
    { key: "band", label: t("jobs.columns.band") },
    { key: "status", label: t("jobs.columns.status") },
    { key: "actions", label: t("jobs.columns.actions"), hidden: true },
  ];
  const none = (text: string) => (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{text}</span>
    </>
  );

  return (
    <section className="section" aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">{t("jobs.heading")}</h2>
      <p>{t("jobs.dominatedRule", { share: format.number(data.womenDominatedShare) })}</p>
      <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {data.jobs.length === 0 ? (
        <p>{survey.access.ownUnitsOnly ? t("jobs.noneOwnUnits") : t("jobs.none")}</p>
      ) : (
        <>
          <p>{t("jobs.summary", { count: data.jobs.length, evaluated })}</p>
          <Table caption={t("jobs.caption", { year: survey.year })} hideCaption columns={columns}>
            {data.jobs.map((job) => {
              const scored = total - jobValue(data.template, job.scores).missing.length;
              return (
                <tr key={job.id}>
                  <Cell label={columns[0]!.label}>{job.name}</Cell>
                  <Cell label={columns[1]!.label} numeric>
                    {format.number(job.women)}
                  </Cell>
                  <Cell label={columns[2]!.label} numeric>
                    {format.number(job.men)}
                  </Cell>
                  <Cell label={columns[3]!.label} numeric>
                    {job.shareWomen === null
                      ? none(t("jobs.noShare"))
                      : t("percent", { value: format.number(job.shareWomen) })}
                  </Cell>
                  <Cell label={columns[4]!.label}>
                    {job.womenDominated
                      ? job.traditionallyWomens
                        ? t("jobs.dominated.traditional")
                        : t("jobs.dominated.yes")
                      : t("jobs.dominated.no")}
                  </Cell>
                  <Cell label={columns[5]!.label} numeric>
                    {job.value === null ? none(t("jobs.noValue")) : format.number(job.value)}
                  </Cell>
                  <Cell label={columns[6]!.label}>
                    {job.band === null ? none(t("jobs.noValue")) : bandRange(job.band)}
                  </Cell>
                  <Cell label={columns[7]!.label}>
                    <span
                      className={
                        job.value !== null
                          ? "badge badge--success"
                          : scored > 0
                            ? "badge badge--neutral"
                            : "badge jobs-badge--todo"
                      }
                    >
                      {job.value !== null
                        ? t("jobs.status.done")
                        : scored > 0
                          ? t("jobs.status.partial", { scored, total })
                          : t("jobs.status.none")}
                    </span>
                  </Cell>
                  <Cell actions>
                    <Button
                      size="small"
                      aria-label={
                        mayManage
                          ? t("jobs.evaluateLabel", { job: job.name })
                          : t("jobs.showLabel", { job: job.name })
                      }
                      onPress={() => onOpen(job.id)}
                    >
                      {mayManage ? t("jobs.evaluate") : t("jobs.show")}
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

/** The equal-value bands: their width, changed through the survey's settings. */
function BandSection({ data, onChanged }: { data: PayJobs; onChanged: () => void }) {
  const { t } = useTranslation("payJobs");
  const format = useFormat();
  const { survey, apiBase, setSurvey, reload } = usePaySurvey();
  const form = useFormSubmit();
  const [width, setWidth] = useState(String(data.valueBandWidth));
  // The width as saved, also after a reload that brought someone else's change.
  useEffect(() => setWidth(String(data.valueBandWidth)), [data.valueBandWidth]);
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const example = 4 * data.valueBandWidth;
  const label = t("bands.widthLabel");

  return (
    <section className="section" aria-labelledby="bands-heading">
      <h2 id="bands-heading">{t("bands.heading")}</h2>
      <p>
        {t("bands.text", {
          width: format.number(data.valueBandWidth),
          from: format.number(example),
          to: format.number(example + data.valueBandWidth),
        })}
      </p>
      {survey.access.manage ? (
        <AppForm
          form={form}
          labels={{ width: label }}
          aria-labelledby="bands-heading"
          className="jobs-band-form"
          onSubmit={async () => {
            setSaved(null);
            setConflict(false);
            const parsed = Number(width.trim().replace(",", "."));
            const errors = {
              width: !(parsed > 0 && parsed <= 100) && t("bands.invalid"),
            };
            if (anyError(errors)) return errors;
            try {
              const updated = await api<PaySurvey>(apiBase, {
                method: "PATCH",
                body: { valueBandWidth: parsed, version: survey.version },
              });
              setSurvey(updated);
              setSaved(t("bands.saved", { width: format.number(parsed) }));
              onChanged();
            } catch (error) {
              if (error instanceof ApiError && error.status === 409) setConflict(true);
              else throw error;
            }
          }}
        >
          <TextField
            name="width"
            label={label}
            description={t("bands.widthHelp")}
            inputMode="decimal"
            narrow
            value={width}
            onChange={setWidth}
            isRequired
          />
          <div className="form__actions">
            <Button type="submit" isPending={form.pending}>
              {t("bands.save")}
            </Button>
          </div>
          <div role="status">
            {saved ? <Alert tone="success">{saved}</Alert> : null}
            {conflict ? (
              <Alert tone="warning">
                <p>{t("conflict.survey")}</p>
                <Button
                  onPress={() => {
                    setConflict(false);
                    reload();
                    onChanged();
                  }}
                >
                  {t("conflict.reloadSurvey")}
                </Button>
              </Alert>
            ) : null}
          </div>
        </AppForm>
      ) : null}
    </section>
  );
}
