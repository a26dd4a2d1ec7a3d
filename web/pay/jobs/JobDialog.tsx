import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type Criterion,
  type JobScores,
  jobValue,
  valueBand,
} from "../../../core/pay/job-evaluation.ts";
import { ApiError, api } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import { Checkbox } from "../../ui/Checkbox.tsx";
import { ModalDialog } from "../../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../../ui/Form.tsx";
import { RadioGroup } from "../../ui/RadioGroup.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { useBandRange } from "./bands.ts";
import type { PayJob, PayJobs } from "./types.ts";

const JUSTIFICATION_MAX = 2000;

/**
 * One job's evaluation: for HR and admins a form (a radio group of levels per sub-criterion,
 * the value as it is scored, the justification and the traditional flag), for everyone else
 * what was chosen and why.
 */
export function JobDialog({
  job,
  data,
  mayManage,
  onClose,
  onSaved,
  onReload,
}: {
  job: PayJob;
  data: PayJobs;
  mayManage: boolean;
  onClose: () => void;
  onSaved: (job: PayJob) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("payJobs");
  // The version the user asked to reload after a conflict; once a newer one is here, say so.
  const [reloadedFrom, setReloadedFrom] = useState<number | null>(null);
  return (
    <ModalDialog
      wide
      title={
        mayManage
          ? t("dialog.evaluateTitle", { job: job.name })
          : t("dialog.showTitle", { job: job.name })
      }
      onClose={onClose}
    >
      {(close) => (
        <>
          <JobFacts job={job} mayManage={mayManage} />
          {mayManage ? (
            <>
              {reloadedFrom !== null && job.version !== reloadedFrom ? (
                <Alert tone="info" focusOnMount>
                  {t("conflict.jobReloaded")}
                </Alert>
              ) : null}
              {/* A reload after a conflict brings a new version: start again from what is saved. */}
              <ScoringForm
                key={job.version}
                job={job}
                data={data}
                close={close}
                onSaved={onSaved}
                onReload={() => {
                  setReloadedFrom(job.version);
                  onReload();
                }}
              />
            </>
          ) : (
            <ScoringView job={job} data={data} close={close} />
          )}
        </>
      )}
    </ModalDialog>
  );
}

function JobFacts({ job, mayManage }: { job: PayJob; mayManage: boolean }) {
  const { t } = useTranslation("payJobs");
  const format = useFormat();
  return (
    <>
      <p>
        {t("dialog.people", { women: format.number(job.women), men: format.number(job.men) })}{" "}
        {job.womenDominated ? t("dialog.dominated") : t("dialog.notDominated")}
      </p>
      {mayManage ? <p className="muted">{t("dialog.jobNotPerson")}</p> : null}
      {job.previous ? (
        <div className="jobs-previous">
          <h3>{t("dialog.previous", { year: job.previous.year })}</h3>
          <p>
            {job.previous.value === null
              ? t("dialog.previousNoValue")
              : t("dialog.previousValue", { value: format.number(job.previous.value) })}
          </p>
          {job.previous.justification ? (
            <p className="jobs-text">{job.previous.justification}</p>
          ) : null}
        </div>
      ) : null}
      {job.evaluatedBy && job.evaluatedAt ? (
        <p className="muted">
          {t("dialog.evaluatedBy", {
            name: job.evaluatedBy,
            date: format.date(job.evaluatedAt),
          })}
        </p>
      ) : null}
    </>
  );
}

/** The value as scored so far, or how many sub-criteria are left. */
function Total({ scores, data }: { scores: JobScores; data: PayJobs }) {
  const { t } = useTranslation("payJobs");
  const format = useFormat();
  const bandRange = useBandRange(data.valueBandWidth);
  const { value, missing } = jobValue(data.template, scores);
  return (
    <p className="jobs-total">
      {value === null
        ? t("dialog.totalMissing", { count: missing.length })
        : t("dialog.total", {
            value: format.number(value),
            band: bandRange(valueBand(value, data.valueBandWidth)),
          })}
    </p>
  );
}

function CriterionPoints({
  criterion,
  scores,
  data,
}: {
  criterion: Criterion;
  scores: JobScores;
  data: PayJobs;
}) {
  const { t } = useTranslation("payJobs");
  const format = useFormat();
  const points = jobValue(data.template, scores).byCriterion.find(
    (c) => c.id === criterion.id,
  )?.points;
  return (
    <p className="muted">
      {points === null || points === undefined
        ? t("dialog.pointsMissing", { weight: format.number(criterion.weight) })
        : t("dialog.points", {
            points: format.number(points),
            weight: format.number(criterion.weight),
          })}
    </p>
  );
}

function ScoringForm({
  job,
  data,
  close,
  onSaved,
  onReload,
}: {
  job: PayJob;
  data: PayJobs;
  close: () => void;
  onSaved: (job: PayJob) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("payJobs");
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const { apiBase, survey } = usePaySurvey();
  const form = useFormSubmit();
  const traditionalHelp = useId();
  const [scores, setScores] = useState<JobScores>(job.scores);
  const [justification, setJustification] = useState(job.justification);
  const [traditional, setTraditional] = useState(job.traditionallyWomens);
  const [conflict, setConflict] = useState<string | null>(null);
  const labels = { justification: t("dialog.justification") };

  return (
    <AppForm
      form={form}
      labels={labels}
      className="jobs-scoring"
      aria-label={t("dialog.evaluateTitle", { job: job.name })}
      onSubmit={async () => {
        setConflict(null);
        const complete = jobValue(data.template, scores).value !== null;
        const errors = {
          justification:
            complete && !justification.trim()
              ? t("dialog.justificationRequired")
              : justification.length > JUSTIFICATION_MAX &&
                t("dialog.justificationTooLong", { max: format.number(JUSTIFICATION_MAX) }),
        };
        if (anyError(errors)) return errors;
        try {
          const saved = await api<PayJob>(`${apiBase}/jobs/${job.id}`, {
            method: "PUT",
            body: {
              scores,
              justification: justification.trim(),
              traditionallyWomens: traditional,
              version: job.version,
            },
          });
          onSaved(saved);
        } catch (error) {
          if (error instanceof ApiError && error.status === 409)
            setConflict(error.detail ?? error.title);
          else throw error;
        }
      }}
    >
      {data.template.criteria.map((criterion) => (
        <fieldset key={criterion.id} className="fieldset jobs-criterion">
          <legend className="fieldset__legend">
            {t("dialog.criterionLegend", {
              name: criterion.name,
              weight: format.number(criterion.weight),
            })}
          </legend>
          {criterion.description ? <p className="muted">{criterion.description}</p> : null}
          {criterion.subCriteria.map((sub) => (
            <RadioGroup
              key={sub.id}
              name={`score-${sub.id}`}
              label={t("dialog.subLabel", { name: sub.name, weight: format.number(sub.weight) })}
              description={sub.description || undefined}
              options={sub.levels.map((level) => ({
                id: String(level.value),
                label: t("dialog.level", { value: level.value, description: level.description }),
              }))}
              value={scores[sub.id] === undefined ? "" : String(scores[sub.id])}
              onChange={(value) => setScores((s) => ({ ...s, [sub.id]: Number(value) }))}
            />
          ))}
          <CriterionPoints criterion={criterion} scores={scores} data={data} />
        </fieldset>
      ))}
      <div role="status" className="jobs-total-wrap">
        <Total scores={scores} data={data} />
      </div>
      <TextField
        name="justification"
        label={labels.justification}
        description={t("dialog.justificationHelp")}
        multiline
        value={justification}
        onChange={setJustification}
      />
      <div className="field">
        <p id={traditionalHelp} className="field__description">
          {t("dialog.traditionalHelp", { share: format.number(survey.womenDominatedShare) })}
        </p>
        <Checkbox
          isSelected={traditional}
          onChange={setTraditional}
          aria-describedby={traditionalHelp}
        >
          {t("dialog.traditional")}
        </Checkbox>
      </div>
      <div role="alert">
        {conflict ? (
          <Alert tone="warning">
            <p>{conflict}</p>
            <Button onPress={onReload}>{t("conflict.reloadJob")}</Button>
          </Alert>
        ) : null}
      </div>
      <div className="dialog__actions">
        <Button onPress={close}>{tCommon("action.cancel")}</Button>
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t("dialog.save")}
        </Button>
      </div>
    </AppForm>
  );
}

function ScoringView({ job, data, close }: { job: PayJob; data: PayJobs; close: () => void }) {
  const { t } = useTranslation("payJobs");
  const format = useFormat();
  return (
    <>
      {data.template.criteria.map((criterion) => (
        <section key={criterion.id} className="jobs-criterion">
          <h3>
            {t("dialog.criterionLegend", {
              name: criterion.name,
              weight: format.number(criterion.weight),
            })}
          </h3>
          <dl className="jobs-levels">
            {criterion.subCriteria.map((sub) => {
              const level = sub.levels.find((l) => l.value === job.scores[sub.id]);
              return (
                <div key={sub.id}>
                  <dt>{sub.name}</dt>
                  <dd>
                    {level
                      ? t("dialog.level", { value: level.value, description: level.description })
                      : t("dialog.notScored")}
                  </dd>
                </div>
              );
            })}
          </dl>
          <CriterionPoints criterion={criterion} scores={job.scores} data={data} />
        </section>
      ))}
      <Total scores={job.scores} data={data} />
      <h3>{t("dialog.justification")}</h3>
      {job.justification ? (
        <p className="jobs-text">{job.justification}</p>
      ) : (
        <p className="muted">{t("dialog.noJustification")}</p>
      )}
      <p>{job.traditionallyWomens ? t("dialog.isTraditional") : t("dialog.notTraditional")}</p>
      <div className="dialog__actions">
        <Button onPress={close}>{t("dialog.close")}</Button>
      </div>
    </>
  );
}
