import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CLASSIFICATIONS, explanationProblem } from "../../../core/pay/pay-measures.ts";
import { ApiError, api } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { Button } from "../../ui/Button.tsx";
import { AppForm, anyError, useFormSubmit } from "../../ui/Form.tsx";
import { RadioGroup } from "../../ui/RadioGroup.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { ClassificationBadge, ConflictAlert, FormActions } from "./shared.tsx";
import type { Classification, Finding, FindingKind, FindingSummary } from "./types.ts";

const EXPLANATION_MAX = 5000;

interface AnalysisProps {
  kind: FindingKind;
  jobId: string;
  otherJobId: string | null;
  finding: FindingSummary | null;
  /** What is analysed, for the form's name: "Lärare" or "Förskollärare mot Vaktmästare". */
  label: string;
  onSaved: (finding: Finding) => void;
  onReload: () => void;
  close: () => void;
}

/**
 * The analysis of one difference: for HR and admins a form (saklig, osaklig or behöver
 * utredas, and why), for everyone else what was decided and why.
 */
export function AnalysisSection(props: AnalysisProps) {
  const { t } = useTranslation("payComparisons");
  const { survey } = usePaySurvey();
  const { finding, close } = props;
  return (
    <section className="comparisons-analysis" aria-labelledby="analysis-heading">
      <h3 id="analysis-heading">{t("analysis.heading")}</h3>
      {survey.access.manage ? (
        // A reload after a conflict brings a new version: start again from what is saved.
        <AnalysisForm key={finding?.version ?? 0} {...props} />
      ) : (
        <AnalysisView finding={finding} close={close} />
      )}
    </section>
  );
}

function AnalysisView({ finding, close }: { finding: FindingSummary | null; close: () => void }) {
  const { t } = useTranslation("payComparisons");
  return (
    <>
      <p>
        <ClassificationBadge classification={finding?.classification ?? null} />
      </p>
      {finding?.explanation ? (
        <p className="comparisons-text">{finding.explanation}</p>
      ) : (
        <p className="muted">{t("analysis.notYet")}</p>
      )}
      <AnalysedBy finding={finding} />
      <div className="dialog__actions">
        <Button onPress={close}>{t("close")}</Button>
      </div>
    </>
  );
}

/** Who analysed the difference last, and when. */
function AnalysedBy({ finding }: { finding: FindingSummary | null }) {
  const { t } = useTranslation("payComparisons");
  const format = useFormat();
  if (!finding?.analysedBy || !finding.analysedAt) return null;
  return (
    <p className="muted">
      {t("analysis.by", { name: finding.analysedBy, date: format.date(finding.analysedAt) })}
    </p>
  );
}

function AnalysisForm({
  kind,
  jobId,
  otherJobId,
  finding,
  label,
  onSaved,
  onReload,
  close,
}: AnalysisProps) {
  const { t } = useTranslation("payComparisons");
  const format = useFormat();
  const { apiBase } = usePaySurvey();
  const form = useFormSubmit();
  const [classification, setClassification] = useState<Classification | "">(
    finding?.classification ?? "",
  );
  const [explanation, setExplanation] = useState(finding?.explanation ?? "");
  const [conflict, setConflict] = useState<string | null>(null);
  const labels = {
    classification: t("analysis.classification"),
    explanation: t("analysis.explanation"),
  };

  return (
    <AppForm
      form={form}
      labels={labels}
      aria-label={t("analysis.formLabel", { what: label })}
      onSubmit={async () => {
        setConflict(null);
        const chosen = classification === "" ? null : classification;
        const problem = explanationProblem(chosen, explanation);
        const errors = {
          classification: chosen === null && t("analysis.classificationRequired"),
          explanation:
            explanation.length > EXPLANATION_MAX
              ? t("analysis.tooLong", { max: format.number(EXPLANATION_MAX) })
              : problem === "required"
                ? t("analysis.explanationRequired")
                : problem === "sentence" && t("analysis.sentenceRequired"),
        };
        if (anyError(errors)) return errors;
        try {
          const saved = await api<Finding>(`${apiBase}/findings`, {
            method: "PUT",
            body: {
              kind,
              jobId,
              otherJobId,
              explanation: explanation.trim(),
              classification: chosen,
              version: finding?.version ?? null,
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
      <RadioGroup
        name="classification"
        label={labels.classification}
        options={CLASSIFICATIONS.map((id) => ({
          id,
          label: t(`analysis.option.${id}`),
        }))}
        value={classification}
        onChange={setClassification}
      />
      <TextField
        name="explanation"
        label={labels.explanation}
        description={t("analysis.explanationHelp")}
        multiline
        value={explanation}
        onChange={setExplanation}
      />
      <AnalysedBy finding={finding} />
      <ConflictAlert conflict={conflict} onReload={onReload} reload={t("analysis.reload")} />
      <FormActions close={close} pending={form.pending} save={t("analysis.save")} />
    </AppForm>
  );
}
