import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  checkTemplate,
  type EvaluationTemplate,
  MAX_LEVELS,
  MIN_LEVELS,
  WEIGHT_TOLERANCE,
} from "../../../core/pay/job-evaluation.ts";
import { ApiError, api } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import { AppForm, type LocalErrors, useFormSubmit } from "../../ui/Form.tsx";
import { Cell, Table } from "../../ui/Table.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import type { PayJobs, TemplateSaved } from "./types.ts";

/** The template as edited: weights as typed, levels as their descriptions (level = place + 1). */
interface DraftSub {
  id: string;
  name: string;
  description: string;
  weight: string;
  levels: string[];
}
interface DraftCriterion {
  id: string;
  name: string;
  description: string;
  weight: string;
  subCriteria: DraftSub[];
}

const toDraft = (template: EvaluationTemplate): DraftCriterion[] =>
  template.criteria.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    weight: String(c.weight),
    subCriteria: c.subCriteria.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      weight: String(s.weight),
      levels: s.levels.map((l) => l.description),
    })),
  }));

const parseWeight = (text: string) =>
  text.trim() === "" ? Number.NaN : Number(text.trim().replace(",", "."));

const fromDraft = (draft: DraftCriterion[]): EvaluationTemplate => ({
  criteria: draft.map((c) => ({
    id: c.id,
    name: c.name.trim(),
    description: c.description.trim(),
    weight: parseWeight(c.weight),
    subCriteria: c.subCriteria.map((s) => ({
      id: s.id,
      name: s.name.trim(),
      description: s.description.trim(),
      weight: parseWeight(s.weight),
      levels: s.levels.map((description, i) => ({ value: i + 1, description: description.trim() })),
    })),
  })),
});

const sum = (weights: string[]) =>
  weights.reduce((total, w) => total + (Number.isFinite(parseWeight(w)) ? parseWeight(w) : 0), 0);
const sumIsRight = (total: number) => Math.abs(total - 100) <= WEIGHT_TOLERANCE;

/** Ids for sub-criteria added here: unique, and never shown. */
const newId = () => `egen-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The template of criteria, sub-criteria, levels and weights; HR and admins can change it. */
export function TemplateSection({ data, onSaved }: { data: PayJobs; onSaved: () => void }) {
  const { t } = useTranslation("payJobs");
  const { survey } = usePaySurvey();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const leave = (text: string | null) => {
    setEditing(false);
    setMessage(text);
    headingRef.current?.focus();
  };

  return (
    <section className="section" aria-labelledby="template-heading">
      <h2 id="template-heading" ref={headingRef} tabIndex={-1}>
        {t("template.heading")}
      </h2>
      <p>{t("template.intro")}</p>
      <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {editing ? (
        <TemplateEditor
          data={data}
          onCancel={() => leave(null)}
          onSaved={(text) => {
            onSaved();
            leave(text);
          }}
          onReload={onSaved}
        />
      ) : (
        <>
          {survey.access.manage ? (
            <Button
              onPress={() => {
                setMessage(null);
                setEditing(true);
              }}
            >
              {t("template.edit")}
            </Button>
          ) : null}
          <TemplateView template={data.template} />
        </>
      )}
    </section>
  );
}

function TemplateView({ template }: { template: EvaluationTemplate }) {
  const { t } = useTranslation("payJobs");
  const format = useFormat();
  const columns = [
    { key: "name", label: t("template.columns.name") },
    { key: "weight", label: t("template.columns.weight"), numeric: true },
    { key: "share", label: t("template.columns.share"), numeric: true },
    { key: "levels", label: t("template.columns.levels"), numeric: true },
  ];
  const percent = (value: number) =>
    t("percent", { value: format.number(Math.round(value * 10) / 10) });
  return (
    <>
      {template.criteria.map((criterion) => (
        <div key={criterion.id} className="jobs-template-criterion">
          <h3>
            {t("template.criterionHeading", {
              name: criterion.name,
              weight: format.number(criterion.weight),
            })}
          </h3>
          {criterion.description ? <p>{criterion.description}</p> : null}
          <Table
            caption={t("template.subCaption", { criterion: criterion.name })}
            hideCaption
            compact
            columns={columns}
          >
            {criterion.subCriteria.map((sub) => (
              <tr key={sub.id}>
                <Cell label={columns[0]!.label}>{sub.name}</Cell>
                <Cell label={columns[1]!.label} numeric>
                  {percent(sub.weight)}
                </Cell>
                <Cell label={columns[2]!.label} numeric>
                  {percent((criterion.weight * sub.weight) / 100)}
                </Cell>
                <Cell label={columns[3]!.label} numeric>
                  {format.number(sub.levels.length)}
                </Cell>
              </tr>
            ))}
          </Table>
          <details className="jobs-details">
            <summary>{t("template.showLevels", { criterion: criterion.name })}</summary>
            {criterion.subCriteria.map((sub) => (
              <div key={sub.id}>
                <h4>{sub.name}</h4>
                {sub.description ? <p className="muted">{sub.description}</p> : null}
                <ol className="jobs-level-list">
                  {sub.levels.map((level) => (
                    <li key={level.value}>
                      <strong>{t("template.levelLabel", { value: level.value })}:</strong>{" "}
                      {level.description}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </details>
        </div>
      ))}
    </>
  );
}

function SumLine({ text, total }: { text: string; total: number }) {
  const { t } = useTranslation("payJobs");
  const ok = sumIsRight(total);
  return (
    <p className={ok ? "jobs-sum" : "jobs-sum jobs-sum--wrong"}>
      {text} <strong>{ok ? t("template.sumOk") : t("template.sumWrong")}</strong>
    </p>
  );
}

function TemplateEditor({
  data,
  onCancel,
  onSaved,
  onReload,
}: {
  data: PayJobs;
  onCancel: () => void;
  onSaved: (message: string) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("payJobs");
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const { apiBase, reload: reloadSurvey } = usePaySurvey();
  const form = useFormSubmit();
  const [draft, setDraft] = useState(() => toDraft(data.template));
  const [conflict, setConflict] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  // After a conflict the user asked for what is saved now: start again from it once it is here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly loaded template resets
  useEffect(() => {
    if (!reloading) return;
    setReloading(false);
    setConflict(null);
    setDraft(toDraft(data.template));
    headingRef.current?.focus();
  }, [data.template]);

  const change = (c: number, update: (criterion: DraftCriterion) => DraftCriterion) =>
    setDraft((d) => d.map((criterion, i) => (i === c ? update(criterion) : criterion)));
  const changeSub = (c: number, s: number, update: (sub: DraftSub) => DraftSub) =>
    change(c, (criterion) => ({
      ...criterion,
      subCriteria: criterion.subCriteria.map((sub, i) => (i === s ? update(sub) : sub)),
    }));

  const criteriaSum = sum(draft.map((c) => c.weight));
  const unnamed = t("template.unnamed");
  const labels: Record<string, string> = {};
  draft.forEach((c, ci) => {
    const cName = c.name || unnamed;
    labels[`c${ci}-name`] = t("template.fieldOf", { field: t("template.name"), of: cName });
    labels[`c${ci}-weight`] = t("template.fieldOf", { field: t("template.weight"), of: cName });
    c.subCriteria.forEach((s, si) => {
      const sName = s.name || unnamed;
      labels[`c${ci}-s${si}-name`] = t("template.fieldOf", {
        field: t("template.name"),
        of: sName,
      });
      labels[`c${ci}-s${si}-weight`] = t("template.fieldOf", {
        field: t("template.subWeight"),
        of: sName,
      });
      s.levels.forEach((_, li) => {
        labels[`c${ci}-s${si}-l${li}`] = t("template.fieldOf", {
          field: t("template.levelLabel", { value: li + 1 }),
          of: sName,
        });
      });
    });
  });

  const check = (): LocalErrors => {
    const errors: LocalErrors = {};
    const weightOk = (w: string) => parseWeight(w) > 0 && parseWeight(w) <= 100;
    draft.forEach((c, ci) => {
      if (!c.name.trim()) errors[`c${ci}-name`] = t("template.nameRequired");
      if (!weightOk(c.weight)) errors[`c${ci}-weight`] = t("template.weightInvalid");
      c.subCriteria.forEach((s, si) => {
        if (!s.name.trim()) errors[`c${ci}-s${si}-name`] = t("template.nameRequired");
        if (!weightOk(s.weight)) errors[`c${ci}-s${si}-weight`] = t("template.weightInvalid");
        s.levels.forEach((level, li) => {
          if (!level.trim()) errors[`c${ci}-s${si}-l${li}`] = t("template.levelRequired");
        });
      });
    });
    if (Object.keys(errors).length > 0) return errors;
    for (const problem of checkTemplate(fromDraft(draft))) {
      if (problem.code === "criteriaWeights")
        errors["c0-weight"] = t("template.criteriaWeights", { sum: format.number(problem.sum) });
      if (problem.code === "subCriteriaWeights") {
        const ci = Number(problem.path[1]);
        errors[`c${ci}-s0-weight`] = t("template.subCriteriaWeights", {
          criterion: problem.criterion,
          sum: format.number(problem.sum),
        });
      }
    }
    return errors;
  };

  return (
    <AppForm
      form={form}
      labels={labels}
      aria-labelledby="template-editor-heading"
      className="jobs-editor"
      onSubmit={async () => {
        setConflict(null);
        const errors = check();
        if (Object.keys(errors).length > 0) return errors;
        try {
          const saved = await api<TemplateSaved>(`${apiBase}/evaluation-template`, {
            method: "PUT",
            body: { template: fromDraft(draft), version: data.surveyVersion },
          });
          reloadSurvey();
          const jobs = [...new Set(saved.cleared.map((c) => c.jobName))];
          onSaved(
            jobs.length > 0
              ? `${t("template.saved")} ${t("template.cleared", { jobs: format.list(jobs) })}`
              : t("template.saved"),
          );
        } catch (error) {
          if (error instanceof ApiError && error.status === 409)
            setConflict(error.detail ?? error.title);
          else throw error;
        }
      }}
    >
      <h3 id="template-editor-heading" ref={headingRef} tabIndex={-1}>
        {t("template.editHeading")}
      </h3>
      <p>{t("template.editIntro")}</p>
      <Alert tone="warning">{t("template.changeWarning")}</Alert>
      <SumLine
        text={t("template.criteriaSum", { sum: format.number(criteriaSum) })}
        total={criteriaSum}
      />
      {draft.map((criterion, ci) => {
        const subSum = sum(criterion.subCriteria.map((s) => s.weight));
        return (
          <fieldset key={criterion.id} className="fieldset jobs-editor__criterion">
            <legend className="fieldset__legend">
              {t("template.criterionLegend", { name: criterion.name || unnamed })}
            </legend>
            <TextField
              name={`c${ci}-name`}
              label={t("template.name")}
              value={criterion.name}
              onChange={(name) => change(ci, (c) => ({ ...c, name }))}
              isRequired
            />
            <TextField
              name={`c${ci}-description`}
              label={t("template.description")}
              multiline
              optional
              value={criterion.description}
              onChange={(description) => change(ci, (c) => ({ ...c, description }))}
            />
            <TextField
              name={`c${ci}-weight`}
              label={t("template.weight")}
              inputMode="decimal"
              narrow
              value={criterion.weight}
              onChange={(weight) => change(ci, (c) => ({ ...c, weight }))}
              isRequired
            />
            <SumLine
              text={t("template.subSum", {
                name: criterion.name || unnamed,
                sum: format.number(subSum),
              })}
              total={subSum}
            />
            {criterion.subCriteria.map((sub, si) => (
              <fieldset key={sub.id} className="fieldset jobs-editor__sub">
                <legend className="fieldset__legend">
                  {t("template.subLegend", { name: sub.name || unnamed })}
                </legend>
                <TextField
                  name={`c${ci}-s${si}-name`}
                  label={t("template.name")}
                  value={sub.name}
                  onChange={(name) => changeSub(ci, si, (s) => ({ ...s, name }))}
                  isRequired
                />
                <TextField
                  name={`c${ci}-s${si}-description`}
                  label={t("template.description")}
                  multiline
                  optional
                  value={sub.description}
                  onChange={(description) => changeSub(ci, si, (s) => ({ ...s, description }))}
                />
                <TextField
                  name={`c${ci}-s${si}-weight`}
                  label={t("template.subWeight")}
                  inputMode="decimal"
                  narrow
                  value={sub.weight}
                  onChange={(weight) => changeSub(ci, si, (s) => ({ ...s, weight }))}
                  isRequired
                />
                <fieldset className="fieldset">
                  <legend className="fieldset__legend">{t("template.levels")}</legend>
                  {sub.levels.map((level, li) => (
                    <TextField
                      // Levels are only added and removed at the end, so the place is the identity.
                      // biome-ignore lint/suspicious/noArrayIndexKey: see above
                      key={li}
                      name={`c${ci}-s${si}-l${li}`}
                      label={t("template.levelLabel", { value: li + 1 })}
                      multiline
                      value={level}
                      onChange={(text) =>
                        changeSub(ci, si, (s) => ({
                          ...s,
                          levels: s.levels.map((l, i) => (i === li ? text : l)),
                        }))
                      }
                      isRequired
                    />
                  ))}
                  <div className="cluster">
                    {sub.levels.length < MAX_LEVELS ? (
                      <Button
                        size="small"
                        aria-label={t("template.addLevelLabel", { name: sub.name || unnamed })}
                        onPress={() =>
                          changeSub(ci, si, (s) => ({ ...s, levels: [...s.levels, ""] }))
                        }
                      >
                        {t("template.addLevel")}
                      </Button>
                    ) : null}
                    {sub.levels.length > MIN_LEVELS ? (
                      <Button
                        size="small"
                        aria-label={t("template.removeLevelLabel", {
                          value: sub.levels.length,
                          name: sub.name || unnamed,
                        })}
                        onPress={() =>
                          changeSub(ci, si, (s) => ({ ...s, levels: s.levels.slice(0, -1) }))
                        }
                      >
                        {t("template.removeLevel", { value: sub.levels.length })}
                      </Button>
                    ) : null}
                  </div>
                </fieldset>
                {criterion.subCriteria.length > 1 ? (
                  <Button
                    size="small"
                    aria-label={t("template.removeSubLabel", { name: sub.name || unnamed })}
                    onPress={() =>
                      change(ci, (c) => ({
                        ...c,
                        subCriteria: c.subCriteria.filter((_, i) => i !== si),
                      }))
                    }
                  >
                    {t("template.removeSub")}
                  </Button>
                ) : null}
              </fieldset>
            ))}
            <div>
              <Button
                aria-label={t("template.addSubLabel", { name: criterion.name || unnamed })}
                onPress={() =>
                  change(ci, (c) => ({
                    ...c,
                    subCriteria: [
                      ...c.subCriteria,
                      { id: newId(), name: "", description: "", weight: "", levels: ["", "", ""] },
                    ],
                  }))
                }
              >
                {t("template.addSub")}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div role="alert">
        {conflict ? (
          <Alert tone="warning">
            <p>{conflict}</p>
            <Button
              onPress={() => {
                setReloading(true);
                reloadSurvey();
                onReload();
              }}
            >
              {t("conflict.reloadTemplate")}
            </Button>
          </Alert>
        ) : null}
      </div>
      <div className="form__actions">
        <Button onPress={onCancel}>{tCommon("action.cancel")}</Button>
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t("template.save")}
        </Button>
      </div>
    </AppForm>
  );
}
