import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EVALUATION_EFFECT_LABELS, MEASURE_STATUS_LABELS } from "../../../core/cycle/labels.ts";
import { EVALUATION_EFFECTS, type EvaluationEffect } from "../../../core/cycle/vocabulary.ts";
import { ApiError, api, orgPath } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { LoadError, useResource } from "../../app/resource.tsx";
import { useDocumentTitle } from "../../app/title.ts";
import { useLabel } from "../../cycle/labels.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Button, TextLink } from "../../ui/Button.tsx";
import { ModalDialog } from "../../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../../ui/Form.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeading } from "../../ui/PageHeading.tsx";
import { RadioGroup } from "../../ui/RadioGroup.tsx";
import { Cell, Table } from "../../ui/Table.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { AccessNotes } from "./ComparisonPage.tsx";
import { MeasureDialog } from "./MeasureDialog.tsx";
import {
  ClassificationBadge,
  type ComparisonFigures,
  ConflictAlert,
  FormActions,
  useFigures,
} from "./shared.tsx";
import type { Finding, FindingKind, Findings, PayMeasure, PayMeasures } from "./types.ts";
import "./comparisons.css";

const KINDS: { kind: FindingKind; key: "equalWork" | "equivalent" | "lowerValue"; page: string }[] =
  [
    { kind: "equal_work", key: "equalWork", page: "lika-arbete" },
    { kind: "equivalent", key: "equivalent", page: "likvardiga-arbeten" },
    { kind: "lower_value", key: "lowerValue", page: "likvardiga-arbeten" },
  ];

/**
 * Analys och åtgärder (DL 3:10): every analysed difference by comparison, the pay adjustments
 * that unjustified ones led to, and last year's adjustments with their evaluation.
 */
export function Analysis() {
  const { t } = useTranslation("payComparisons");
  const { organisation } = useOrganisation();
  const { survey, apiBase } = usePaySurvey();
  const findings = useResource<Findings>(`${apiBase}/findings`);
  const measures = useResource<PayMeasures>(`${apiBase}/pay-measures`);
  const figures = useFigures(survey.minGroupSize);
  const [adjusting, setAdjusting] = useState<Finding | null>(null);
  const [created, setCreated] = useState<PayMeasure | null>(null);
  useDocumentTitle(t("analysisPage.documentTitle"), String(survey.year), organisation.name);

  const error = findings.error ?? measures.error;
  const reload = () => {
    findings.reload();
    measures.reload();
  };

  return (
    <>
      <PageHeading intro={t("analysisPage.intro")}>
        {t("analysisPage.title", { year: survey.year })}
      </PageHeading>
      <AccessNotes />
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!error && (!findings.data || !measures.data) ? <Loading /> : null}
      {findings.data && measures.data ? (
        <>
          <CoverageSection data={findings.data} />
          <div role="status">
            {created ? (
              <Alert tone="success">
                <p>{t("measure.created", { year: created.measure.year })}</p>
                <p>
                  <TextLink href={measureHref(organisation.id, created)}>
                    {t("measure.openInPlan", { title: created.measure.title })}
                  </TextLink>
                </p>
              </Alert>
            ) : null}
          </div>
          {KINDS.map(({ kind, key }) => (
            <FindingsSection
              key={kind}
              id={key}
              findings={findings.data!.findings.filter((f) => f.kind === kind)}
              measures={measures.data!.measures}
              figures={figures}
              onAdjust={(finding) => {
                setCreated(null);
                setAdjusting(finding);
              }}
            />
          ))}
          <MeasuresSection data={measures.data} figures={figures} />
          <PreviousSection data={measures.data} figures={figures} onEvaluated={measures.reload} />
        </>
      ) : null}
      {adjusting ? (
        <MeasureDialog
          finding={adjusting}
          onClose={() => setAdjusting(null)}
          onCreated={(measure) => {
            setAdjusting(null);
            setCreated(measure);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

/** The measure's page in the action plan. */
const measureHref = (organisationId: string, m: Pick<PayMeasure, "measure">) =>
  `/o/${organisationId}/aktiva-atgarder/${m.measure.year}/atgarder/${m.measure.id}`;

function CoverageSection({ data }: { data: Findings }) {
  const { t } = useTranslation("payComparisons");
  const { base } = usePaySurvey();
  const all = Object.values(data.coverage);
  const left = all.reduce((n, c) => n + c.total - c.analysed, 0);
  return (
    <section className="section" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t("coverage.heading")}</h2>
      <p>{t("coverage.text")}</p>
      <ul>
        {KINDS.map(({ key, page }) => (
          <li key={key}>
            <TextLink href={`${base}/${page}`}>{t(`kind.${key}`)}</TextLink>
            {": "}
            {t("coverage.item", {
              analysed: data.coverage[key].analysed,
              count: data.coverage[key].total,
            })}
          </li>
        ))}
      </ul>
      <p>
        <strong>{left === 0 ? t("coverage.allDone") : t("coverage.left", { count: left })}</strong>
      </p>
    </section>
  );
}

function FindingsSection({
  id,
  findings,
  measures,
  figures,
  onAdjust,
}: {
  id: "equalWork" | "equivalent" | "lowerValue";
  findings: Findings["findings"];
  measures: PayMeasure[];
  figures: ComparisonFigures;
  onAdjust: (finding: Finding) => void;
}) {
  const { t } = useTranslation("payComparisons");
  const format = useFormat();
  const { survey } = usePaySurvey();
  const columns = [
    { key: "what", label: t("findings.columns.what") },
    { key: "classification", label: t("findings.columns.classification") },
    { key: "explanation", label: t("findings.columns.explanation") },
    { key: "measures", label: t("findings.columns.measures") },
    { key: "actions", label: t("findings.columns.actions"), hidden: true },
  ];
  return (
    <section className="section" aria-labelledby={`findings-${id}-heading`}>
      <h2 id={`findings-${id}-heading`}>{t(`kind.${id}`)}</h2>
      {findings.length === 0 ? (
        <p>{t("findings.none")}</p>
      ) : (
        <Table
          caption={t("findings.caption", { kind: t(`kind.${id}`), year: survey.year })}
          hideCaption
          columns={columns}
        >
          {findings.map((f) => {
            const what = f.otherJobName
              ? t("pairs.pairName", { job: f.jobName, other: f.otherJobName })
              : f.jobName;
            const own = measures.filter((m) => m.findingId === f.id);
            return (
              <tr key={f.id}>
                <Cell label={columns[0]!.label}>
                  {what}
                  {f.current ? null : (
                    <>
                      <br />
                      <span className="muted">{t("findings.notCurrent")}</span>
                    </>
                  )}
                </Cell>
                <Cell label={columns[1]!.label}>
                  <ClassificationBadge classification={f.classification} />
                </Cell>
                <Cell label={columns[2]!.label}>
                  <span className="comparisons-text">{f.explanation}</span>
                  {f.analysedBy && f.analysedAt ? (
                    <>
                      <br />
                      <span className="muted">
                        {t("analysis.by", { name: f.analysedBy, date: format.date(f.analysedAt) })}
                      </span>
                    </>
                  ) : null}
                </Cell>
                <Cell label={columns[3]!.label}>
                  {own.length === 0
                    ? t("findings.noMeasures")
                    : t("findings.measures", {
                        count: own.length,
                        cost: figures.money(own.reduce((sum, m) => sum + m.annualCost, 0)),
                      })}
                </Cell>
                <Cell actions>
                  {f.classification === "unjustified" && survey.access.manage ? (
                    <Button
                      size="small"
                      aria-label={t("findings.adjustLabel", { what })}
                      onPress={() => onAdjust(f)}
                    >
                      {t("findings.adjust")}
                    </Button>
                  ) : null}
                </Cell>
              </tr>
            );
          })}
        </Table>
      )}
    </section>
  );
}

/** Who an adjustment is for: "3 personer" or the group's description. */
function useWho() {
  const { t } = useTranslation("payComparisons");
  return (m: PayMeasure) =>
    m.target === "group"
      ? t("measures.group", { group: m.groupDescription, count: m.people })
      : t("measures.persons", { count: m.people });
}

function MeasuresSection({ data, figures }: { data: PayMeasures; figures: ComparisonFigures }) {
  const { t } = useTranslation("payComparisons");
  const { organisation } = useOrganisation();
  const format = useFormat();
  const label = useLabel();
  const who = useWho();
  const columns = [
    { key: "job", label: t("measures.columns.job") },
    { key: "who", label: t("measures.columns.who") },
    { key: "monthly", label: t("measures.columns.monthly"), numeric: true },
    { key: "cost", label: t("measures.columns.cost"), numeric: true },
    { key: "deadline", label: t("measures.columns.deadline") },
    { key: "status", label: t("measures.columns.status") },
    { key: "plan", label: t("measures.columns.plan") },
  ];
  const total = data.measures.reduce((sum, m) => sum + m.annualCost, 0);
  return (
    <section className="section" aria-labelledby="measures-heading">
      <h2 id="measures-heading">{t("measures.heading", { year: data.year })}</h2>
      {data.measures.length === 0 ? (
        <p>{t("measures.none")}</p>
      ) : (
        <>
          <p>{t("measures.total", { count: data.measures.length, cost: figures.money(total) })}</p>
          <Table caption={t("measures.caption", { year: data.year })} hideCaption columns={columns}>
            {data.measures.map((m) => (
              <tr key={m.id}>
                <Cell label={columns[0]!.label}>
                  {m.otherJobName
                    ? t("pairs.pairName", { job: m.jobName, other: m.otherJobName })
                    : m.jobName}
                </Cell>
                <Cell label={columns[1]!.label}>
                  {who(m)}
                  {m.employeeKeys.length > 0 ? (
                    <>
                      <br />
                      <span className="muted">{m.employeeKeys.join(", ")}</span>
                    </>
                  ) : null}
                </Cell>
                <Cell label={columns[2]!.label} numeric>
                  {figures.money(m.monthlyAdjustment)}
                </Cell>
                <Cell label={columns[3]!.label} numeric>
                  {figures.money(m.annualCost)}
                  {m.onCostPercent !== null ? (
                    <>
                      <br />
                      <span className="muted">
                        {t("measures.onCost", { percent: format.number(m.onCostPercent) })}
                      </span>
                    </>
                  ) : null}
                </Cell>
                <Cell label={columns[4]!.label}>{format.date(m.deadline)}</Cell>
                <Cell label={columns[5]!.label}>
                  {label(MEASURE_STATUS_LABELS[m.measure.status])}
                </Cell>
                <Cell label={columns[6]!.label}>
                  <TextLink
                    href={measureHref(organisation.id, m)}
                    aria-label={t("measures.openLabel", { title: m.measure.title })}
                  >
                    {t("measures.open")}
                  </TextLink>
                </Cell>
              </tr>
            ))}
          </Table>
        </>
      )}
    </section>
  );
}

/** Last survey's adjustments: did they happen, and did they work? */
function PreviousSection({
  data,
  figures,
  onEvaluated,
}: {
  data: PayMeasures;
  figures: ComparisonFigures;
  onEvaluated: () => void;
}) {
  const { t } = useTranslation("payComparisons");
  const { organisation } = useOrganisation();
  const { survey } = usePaySurvey();
  const label = useLabel();
  const who = useWho();
  const [evaluating, setEvaluating] = useState<PayMeasure | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const previous = data.previous;
  const columns = [
    { key: "job", label: t("measures.columns.job") },
    { key: "who", label: t("measures.columns.who") },
    { key: "monthly", label: t("measures.columns.monthly"), numeric: true },
    { key: "status", label: t("measures.columns.status") },
    { key: "evaluation", label: t("previous.columns.evaluation") },
    { key: "actions", label: t("previous.columns.actions"), hidden: true },
  ];
  return (
    <section className="section" aria-labelledby="previous-heading">
      <h2 id="previous-heading">{t("previous.heading")}</h2>
      {previous === null ? (
        <p>{t("previous.noSurvey")}</p>
      ) : previous.measures.length === 0 ? (
        <p>{t("previous.none", { year: previous.year })}</p>
      ) : (
        <>
          <p>{t("previous.text", { year: previous.year })}</p>
          <div role="status">{saved ? <Alert tone="success">{saved}</Alert> : null}</div>
          <Table
            caption={t("previous.caption", { year: previous.year })}
            hideCaption
            columns={columns}
          >
            {previous.measures.map((m) => (
              <tr key={m.id}>
                <Cell label={columns[0]!.label}>{m.jobName}</Cell>
                <Cell label={columns[1]!.label}>{who(m)}</Cell>
                <Cell label={columns[2]!.label} numeric>
                  {figures.money(m.monthlyAdjustment)}
                </Cell>
                <Cell label={columns[3]!.label}>
                  {label(MEASURE_STATUS_LABELS[m.measure.status])}
                  {m.measure.carriedOverTo ? (
                    <>
                      <br />
                      <span className="muted">
                        {t("previous.carried", {
                          year: m.measure.carriedOverTo.year,
                          status: label(MEASURE_STATUS_LABELS[m.measure.carriedOverTo.status]),
                        })}
                      </span>
                    </>
                  ) : null}
                </Cell>
                <Cell label={columns[4]!.label}>
                  {m.measure.evaluation ? (
                    <>
                      {t("previous.effect", {
                        effect: label(EVALUATION_EFFECT_LABELS[m.measure.evaluation.effect]),
                      })}
                      {m.measure.evaluation.comment ? (
                        <>
                          <br />
                          <span className="comparisons-text">{m.measure.evaluation.comment}</span>
                        </>
                      ) : null}
                    </>
                  ) : (
                    <span className="badge comparisons-badge--todo">
                      {t("previous.notEvaluated")}
                    </span>
                  )}
                </Cell>
                <Cell actions>
                  {survey.access.manage ? (
                    <Button
                      size="small"
                      aria-label={t("previous.evaluateLabel", { title: m.measure.title })}
                      onPress={() => {
                        setSaved(null);
                        setEvaluating(m);
                      }}
                    >
                      {t("previous.evaluate")}
                    </Button>
                  ) : null}
                  <TextLink
                    href={measureHref(organisation.id, m)}
                    aria-label={t("measures.openLabel", { title: m.measure.title })}
                  >
                    {t("measures.open")}
                  </TextLink>
                </Cell>
              </tr>
            ))}
          </Table>
        </>
      )}
      {evaluating ? (
        <EvaluationDialog
          payMeasure={evaluating}
          onClose={() => setEvaluating(null)}
          onReload={() => {
            setEvaluating(null);
            onEvaluated();
          }}
          onSaved={() => {
            setSaved(t("previous.saved", { title: evaluating.measure.title }));
            setEvaluating(null);
            onEvaluated();
          }}
        />
      ) : null}
    </section>
  );
}

/** The evaluation of last year's adjustment, saved on its measure in the action plan. */
function EvaluationDialog({
  payMeasure,
  onClose,
  onReload,
  onSaved,
}: {
  payMeasure: PayMeasure;
  onClose: () => void;
  /** After someone else changed the measure: close and fetch it again. */
  onReload: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation("payComparisons");
  const { organisation } = useOrganisation();
  const label = useLabel();
  const form = useFormSubmit();
  const evaluation = payMeasure.measure.evaluation;
  const [effect, setEffect] = useState<EvaluationEffect | "">(evaluation?.effect ?? "");
  const [comment, setComment] = useState(evaluation?.comment ?? "");
  const [conflict, setConflict] = useState<string | null>(null);
  const labels = { effect: t("previous.effectLabel"), comment: t("previous.comment") };
  return (
    <ModalDialog
      title={t("previous.dialogTitle", { title: payMeasure.measure.title })}
      onClose={onClose}
    >
      {(close) => (
        <AppForm
          form={form}
          labels={labels}
          aria-label={t("previous.dialogTitle", { title: payMeasure.measure.title })}
          onSubmit={async () => {
            setConflict(null);
            const errors = { effect: effect === "" && t("previous.effectRequired") };
            if (anyError(errors)) return errors;
            try {
              await api(orgPath(organisation.id, "measures", payMeasure.measure.id), {
                method: "PATCH",
                body: {
                  version: payMeasure.measure.version,
                  evaluation: { effect, comment: comment.trim() },
                },
              });
              onSaved();
            } catch (error) {
              if (error instanceof ApiError && error.status === 409)
                setConflict(error.detail ?? error.title);
              else throw error;
            }
          }}
        >
          <p>{t("previous.question")}</p>
          <RadioGroup
            name="effect"
            label={labels.effect}
            options={EVALUATION_EFFECTS.map((id) => ({
              id,
              label: label(EVALUATION_EFFECT_LABELS[id]),
            }))}
            value={effect}
            onChange={setEffect}
          />
          <TextField
            name="comment"
            label={labels.comment}
            description={t("previous.commentHelp")}
            multiline
            optional
            value={comment}
            onChange={setComment}
          />
          <ConflictAlert conflict={conflict} onReload={onReload} reload={t("previous.reload")} />
          <FormActions close={close} pending={form.pending} save={t("previous.save")} />
        </AppForm>
      )}
    </ModalDialog>
  );
}
