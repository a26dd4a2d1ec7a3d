import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FOLLOW_UP_QUESTIONS } from "../../core/cycle/follow-up.ts";
import {
  AREA_LABELS,
  EVALUATION_EFFECT_LABELS,
  FOLLOW_UP_GROUP_LABELS,
  FOLLOW_UP_QUESTION_LABELS,
  MEASURE_STATUS_LABELS,
} from "../../core/cycle/labels.ts";
import {
  AREA_SECTION,
  AREAS,
  EVALUATION_EFFECTS,
  type EvaluationEffect,
} from "../../core/cycle/vocabulary.ts";
import { api, orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { RadioGroup } from "../ui/RadioGroup.tsx";
import { TextField } from "../ui/TextField.tsx";
import {
  ConflictAlert,
  useConflict,
  useDay,
  useMayManage,
  YearTextsForm,
} from "./follow/shared.tsx";
import { useLabel } from "./labels.ts";
import type { Measure } from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";

/**
 * Step 4 of the cycle: evaluate last year's measures, answer the follow-up questions,
 * write the conclusions per area and the pay survey result.
 */
export function FollowUp() {
  const { t } = useTranslation("cycleFollow");
  const { organisation } = useOrganisation();
  const { workYear } = useWorkYear();
  useDocumentTitle(t("followUp.title"), String(workYear.year), organisation.name);

  return (
    <>
      <PageHeading intro={t("followUp.intro")}>
        {t("followUp.title")} {workYear.year}
      </PageHeading>
      <nav aria-labelledby="follow-up-contents" className="follow-contents">
        <h2 id="follow-up-contents" className="follow-contents__title">
          {t("common.onThisPage")}
        </h2>
        <ul>
          <li>
            <a href="#utvardering">{t("followUp.evaluation.heading")}</a>
          </li>
          <li>
            <a href="#uppfoljning">{t("followUp.questions.heading")}</a>
          </li>
          <li>
            <a href="#slutsatser">{t("followUp.areaNotes.heading")}</a>
          </li>
          <li>
            <a href="#lonekartlaggning">{t("followUp.paySurvey.heading")}</a>
          </li>
        </ul>
      </nav>
      <PreviousYearEvaluation />
      <FollowUpQuestions />
      <AreaNotes />
      <PaySurvey />
    </>
  );
}

function PreviousYearEvaluation() {
  const { t } = useTranslation("cycleFollow");
  const { organisation } = useOrganisation();
  const { workYear, reload } = useWorkYear();
  const previous = workYear.previousYear;
  const measures = useResource<Measure[]>(
    previous ? orgPath(organisation.id, "years", String(previous), "measures") : null,
  );
  const [message, setMessage] = useState<string | null>(null);
  const list = measures.data ?? [];
  const left = list.filter((m) => !m.evaluation).length;

  return (
    <section className="section" aria-labelledby="utvardering">
      <h2 id="utvardering">{t("followUp.evaluation.heading")}</h2>
      {previous === null ? (
        <p>{t("followUp.evaluation.noPreviousYear", { year: workYear.year - 1 })}</p>
      ) : (
        <>
          <p>{t("followUp.evaluation.intro", { year: previous })}</p>
          {measures.error ? <LoadError error={measures.error} onRetry={measures.reload} /> : null}
          {!measures.data && !measures.error ? <Loading /> : null}
          {measures.data ? (
            list.length === 0 ? (
              <p>{t("followUp.evaluation.none", { year: previous })}</p>
            ) : (
              <>
                <p className="follow-count">
                  {left === 0
                    ? t("followUp.evaluation.allDone", { count: list.length })
                    : t("followUp.evaluation.left", { count: left, total: list.length })}
                </p>
                <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>
                <ul className="follow-cards">
                  {list.map((measure) => (
                    <li key={measure.id} className="card">
                      <PreviousMeasure
                        measure={measure}
                        onReload={measures.reload}
                        onSaved={(updated) => {
                          measures.setData(list.map((m) => (m.id === updated.id ? updated : m)));
                          setMessage(t("followUp.evaluation.saved", { title: updated.title }));
                          reload();
                        }}
                      />
                    </li>
                  ))}
                </ul>
              </>
            )
          ) : null}
        </>
      )}
    </section>
  );
}

function PreviousMeasure({
  measure,
  onSaved,
  onReload,
}: {
  measure: Measure;
  onSaved: (measure: Measure) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const label = useLabel();
  const day = useDay();
  const { organisation } = useOrganisation();
  const [editing, setEditing] = useState(measure.canEdit && !measure.evaluation);
  const href = `/o/${organisation.id}/aktiva-atgarder/${measure.year}/atgarder/${measure.id}`;
  const responsible = measure.responsibleName ?? measure.responsibleTitle;
  const headingId = `measure-${measure.id}`;

  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        <TextLink href={href}>{measure.title}</TextLink>
      </h3>
      <dl className="follow-meta">
        <div>
          <dt>{t("common.area")}</dt>
          <dd>{label(AREA_LABELS[measure.area])}</dd>
        </div>
        <div>
          <dt>{t("common.status")}</dt>
          <dd>{label(MEASURE_STATUS_LABELS[measure.status])}</dd>
        </div>
        <div>
          <dt>{t("common.responsible")}</dt>
          <dd>{responsible ?? t("common.noResponsible")}</dd>
        </div>
        {measure.carriedOverTo ? (
          <div>
            <dt>{t("followUp.evaluation.carriedOver")}</dt>
            <dd>{measure.carriedOverTo.year}</dd>
          </div>
        ) : null}
      </dl>
      {measure.evaluation && !editing ? (
        <div className="follow-result">
          <p>
            <strong>{t("followUp.evaluation.effectQuestion")}</strong>{" "}
            {label(EVALUATION_EFFECT_LABELS[measure.evaluation.effect])}
          </p>
          {measure.evaluation.comment ? (
            <p className="follow-text">{measure.evaluation.comment}</p>
          ) : null}
          <p className="muted">
            {measure.evaluation.evaluatedBy
              ? t("followUp.evaluation.evaluatedBy", {
                  date: day(measure.evaluation.evaluatedAt),
                  name: measure.evaluation.evaluatedBy,
                })
              : t("followUp.evaluation.evaluatedOn", {
                  date: day(measure.evaluation.evaluatedAt),
                })}
          </p>
        </div>
      ) : null}
      {!measure.evaluation && !measure.canEdit ? (
        <p className="muted">{t("followUp.evaluation.notYet")}</p>
      ) : null}
      {editing ? (
        <EvaluationForm
          measure={measure}
          onReload={onReload}
          onCancel={measure.evaluation ? () => setEditing(false) : undefined}
          onSaved={(updated) => {
            setEditing(false);
            onSaved(updated);
          }}
        />
      ) : measure.canEdit && measure.evaluation ? (
        <Button
          size="small"
          onPress={() => setEditing(true)}
          aria-label={t("followUp.evaluation.changeFor", { title: measure.title })}
        >
          {t("followUp.evaluation.change")}
        </Button>
      ) : null}
    </article>
  );
}

function EvaluationForm({
  measure,
  onSaved,
  onCancel,
  onReload,
}: {
  measure: Measure;
  onSaved: (measure: Measure) => void;
  onCancel?: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const { t: tCommon } = useTranslation();
  const label = useLabel();
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const conflict = useConflict();
  const [effect, setEffect] = useState<EvaluationEffect | "">(measure.evaluation?.effect ?? "");
  const [comment, setComment] = useState(measure.evaluation?.comment ?? "");
  const effectLabel = t("followUp.evaluation.effectQuestion");

  return (
    <AppForm
      form={form}
      className="follow-inline-form"
      aria-label={t("followUp.evaluation.formLabel", { title: measure.title })}
      labels={{ effect: effectLabel }}
      onSubmit={async () => {
        if (!effect) return { effect: t("followUp.evaluation.effectRequired") };
        await conflict.guard(async () => {
          const updated = await api<Measure>(orgPath(organisation.id, "measures", measure.id), {
            method: "PATCH",
            body: { version: measure.version, evaluation: { effect, comment: comment.trim() } },
          });
          onSaved(updated);
        });
      }}
    >
      <RadioGroup<EvaluationEffect | "">
        name="effect"
        label={effectLabel}
        options={EVALUATION_EFFECTS.map((id) => ({
          id,
          label: label(EVALUATION_EFFECT_LABELS[id]),
        }))}
        value={effect}
        onChange={setEffect}
      />
      <TextField
        name="comment"
        label={t("followUp.evaluation.comment")}
        description={t("followUp.evaluation.commentHelp")}
        multiline
        optional
        value={comment}
        onChange={setComment}
      />
      <ConflictAlert conflict={conflict} onReload={onReload} />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t("followUp.evaluation.save")}
        </Button>
        {onCancel ? <Button onPress={onCancel}>{tCommon("action.cancel")}</Button> : null}
      </div>
    </AppForm>
  );
}

function FollowUpQuestions() {
  const { t } = useTranslation("cycleFollow");
  const mayManage = useMayManage();
  const label = useLabel();
  const groups = (["way_of_working", "measures"] as const).map((group) => ({
    heading: label(FOLLOW_UP_GROUP_LABELS[group]),
    fields: FOLLOW_UP_QUESTIONS[group].map((question) => ({
      key: question,
      label: label(FOLLOW_UP_QUESTION_LABELS[question]),
    })),
  }));
  return (
    <section className="section" aria-labelledby="uppfoljning">
      <h2 id="uppfoljning">{t("followUp.questions.heading")}</h2>
      <p>{mayManage ? t("followUp.questions.intro") : t("followUp.questions.introRead")}</p>
      <YearTextsForm
        labelledBy="uppfoljning"
        groups={groups}
        read={(workYear) => ({ ...workYear.followUp })}
        body={(changed) => ({ followUp: changed })}
        submitLabel={t("followUp.questions.save")}
        savedMessage={t("followUp.questions.saved")}
      />
    </section>
  );
}

function AreaNotes() {
  const { t } = useTranslation("cycleFollow");
  const mayManage = useMayManage();
  const label = useLabel();
  return (
    <section className="section" aria-labelledby="slutsatser">
      <h2 id="slutsatser">{t("followUp.areaNotes.heading")}</h2>
      <p>{mayManage ? t("followUp.areaNotes.intro") : t("followUp.areaNotes.introRead")}</p>
      <YearTextsForm
        labelledBy="slutsatser"
        groups={[
          {
            fields: AREAS.map((area) => ({
              key: area,
              label: t("followUp.areaNotes.label", {
                area: label(AREA_LABELS[area]),
                section: AREA_SECTION[area],
              }),
              optional: true,
            })),
          },
        ]}
        read={(workYear) => {
          const notes: Record<string, string> = {};
          for (const area of AREAS) notes[area] = workYear.areaNotes[area] ?? "";
          return notes;
        }}
        body={(changed) => ({ areaNotes: changed })}
        submitLabel={t("followUp.areaNotes.save")}
        savedMessage={t("followUp.areaNotes.saved")}
      />
    </section>
  );
}

function PaySurvey() {
  const { t } = useTranslation("cycleFollow");
  const { workYear } = useWorkYear();
  return (
    <section className="section" aria-labelledby="lonekartlaggning">
      <h2 id="lonekartlaggning">{t("followUp.paySurvey.heading")}</h2>
      <p>{t("followUp.paySurvey.intro")}</p>
      <p className="muted">{t("followUp.paySurvey.moduleNote")}</p>
      <YearTextsForm
        labelledBy="lonekartlaggning"
        groups={[
          {
            fields: [
              {
                key: "paySurveySummary",
                label: t("followUp.paySurvey.label", { year: workYear.year }),
                description: t("followUp.paySurvey.help"),
              },
            ],
          },
        ]}
        read={(year) => ({ paySurveySummary: year.paySurveySummary })}
        body={(changed) => ({ paySurveySummary: changed.paySurveySummary })}
        submitLabel={t("followUp.paySurvey.save")}
        savedMessage={t("followUp.paySurvey.saved")}
      />
    </section>
  );
}
