import { useState } from "react";
import { useTranslation } from "react-i18next";
import { GENDER_BALANCE_DIMENSION_LABELS } from "../../../core/cycle/labels.ts";
import { ApiError, api } from "../../app/api.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { useErrorMessage } from "../../app/resource.tsx";
import { useLabel } from "../../cycle/labels.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Button, TextLink } from "../../ui/Button.tsx";
import { ModalDialog } from "../../ui/Dialog.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import type { GenderBalanceFill } from "./types.ts";

type Outcome = { kind: "done"; fill: GenderBalanceFill } | { kind: "noYear" } | null;

/**
 * Writes the statistics' jobs, categories and management level into the gender balance of
 * the work year with the same year, after saying what will be written and replaced.
 */
export function FillGenderBalance({ year, k }: { year: number; k: number }) {
  const { t } = useTranslation("payStatistics");
  const { t: tCommon } = useTranslation();
  const { organisation } = useOrganisation();
  const { apiBase } = usePaySurvey();
  const label = useLabel();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const cycle = `/o/${organisation.id}/aktiva-atgarder`;

  const fill = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await api<GenderBalanceFill>(`${apiBase}/statistics/gender-balance`, {
        method: "POST",
        body: {},
      });
      setOutcome({ kind: "done", fill: result });
      setOpen(false);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) {
        setOutcome({ kind: "noYear" });
        setOpen(false);
      } else {
        setError(errorMessage(failure));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="section stats-section" aria-labelledby="stats-fill">
      <h2 id="stats-fill">{t("fill.heading")}</h2>
      <p className="stats-help">{t("fill.text")}</p>
      <Button
        variant="primary"
        onPress={() => {
          setOutcome(null);
          setError(null);
          setOpen(true);
        }}
      >
        {t("fill.button")}
      </Button>
      <div role="status" className="stats-fill-result">
        {outcome?.kind === "done" ? (
          <Alert tone="success">
            <p>{t("fill.done", { ...outcome.fill })}</p>
            {outcome.fill.skipped.length > 0 ? (
              <>
                <p>{t("fill.skipped", { k })}</p>
                <ul>
                  {outcome.fill.skipped.map((group) => (
                    <li key={`${group.dimension}:${group.label}`}>
                      {group.label} (
                      {label(GENDER_BALANCE_DIMENSION_LABELS[group.dimension]).toLowerCase()})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              <TextLink href={`${cycle}/${year}/konsfordelning`}>
                {t("fill.link", { year })}
              </TextLink>
            </p>
          </Alert>
        ) : null}
        {outcome?.kind === "noYear" ? (
          <Alert tone="warning">
            <p>{t("fill.noYear", { year })}</p>
            <p>
              <TextLink href={cycle}>{t("fill.toCycle")}</TextLink>
            </p>
          </Alert>
        ) : null}
      </div>
      {open ? (
        <ModalDialog title={t("fill.dialogTitle", { year })} onClose={() => setOpen(false)}>
          {(close) => (
            <>
              <p>{t("fill.willWrite", { year })}</p>
              <ul>
                <li>{t("fill.jobs")}</li>
                <li>{t("fill.categories")}</li>
                <li>{t("fill.management")}</li>
              </ul>
              <p>{t("fill.replaces", { year })}</p>
              <p>{t("fill.small", { k })}</p>
              {error ? (
                <Alert tone="error" live="alert">
                  {error}
                </Alert>
              ) : null}
              <div className="dialog__actions">
                <Button onPress={close}>{tCommon("action.cancel")}</Button>
                <Button variant="primary" onPress={fill} isPending={pending}>
                  {t("fill.confirm")}
                </Button>
              </div>
            </>
          )}
        </ModalDialog>
      ) : null}
    </section>
  );
}
