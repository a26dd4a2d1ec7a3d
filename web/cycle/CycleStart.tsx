import { useState } from "react";
import { CheckboxGroup as AriaCheckboxGroup, Text as AriaText } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { AREA_LABELS, MEASURE_STATUS_LABELS } from "../../core/cycle/labels.ts";
import { api, orgPath } from "../app/api.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, LinkButton, TextLink } from "../ui/Button.tsx";
import { Checkbox } from "../ui/Checkbox.tsx";
import { ModalDialog } from "../ui/Dialog.tsx";
import { FieldLabel } from "../ui/Field.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { useLabel } from "./labels.ts";
import { todayInSweden } from "./plan/shared.tsx";
import type { CarryOverCandidate, WorkYearSummary } from "./types.ts";
import "./plan/plan.css";

/** The organisation's work years, and starting the next one. */
export function CycleStart() {
  const { t } = useTranslation("cyclePlan");
  const { organisation } = useOrganisation();
  const years = useResource<WorkYearSummary[]>(orgPath(organisation.id, "years"));
  const [starting, setStarting] = useState(false);
  const cycleBase = `/o/${organisation.id}/aktiva-atgarder`;
  const mayManage = can(organisation, "cycle.manage");
  useDocumentTitle(t("start.title"), organisation.name);

  const currentYear = Number(todayInSweden().slice(0, 4));
  const list = years.data ? [...years.data].sort((a, b) => b.year - a.year) : [];
  const current = list.find((y) => y.year === currentYear);
  const nextYear = list.length > 0 ? list[0]!.year + 1 : currentYear;
  const previousExists = list.some((y) => y.year === nextYear - 1);

  return (
    <>
      <PageHeading intro={t("start.intro")}>{t("start.title")}</PageHeading>
      {years.error ? <LoadError error={years.error} onRetry={years.reload} /> : null}
      {years.data ? (
        <>
          {current ? (
            <section className="card card--surface plan-current" aria-labelledby="current-heading">
              <h2 id="current-heading" className="card__title">
                {t("start.currentHeading", { year: current.year })}
              </h2>
              <p>
                {current.documentationCompleted
                  ? t("start.currentComplete")
                  : t("start.currentOngoing")}
              </p>
              <LinkButton variant="primary" href={`${cycleBase}/${current.year}`}>
                {t("start.toYear", { year: current.year })}
              </LinkButton>
            </section>
          ) : null}

          {list.length === 0 && !mayManage ? (
            <Alert tone="info" title={t("start.noneTitle")}>
              <p>{t("start.noneReader")}</p>
            </Alert>
          ) : null}

          {mayManage ? (
            <section className="section" aria-labelledby="start-heading">
              <h2 id="start-heading">{t("start.startHeading", { year: nextYear })}</h2>
              <p>
                {list.length === 0
                  ? t("start.startFirst", { year: nextYear })
                  : t("start.startNext", { year: nextYear, previous: nextYear - 1 })}
              </p>
              <Button variant={current ? "secondary" : "primary"} onPress={() => setStarting(true)}>
                {t("start.startButton", { year: nextYear })}
              </Button>
            </section>
          ) : null}

          {list.length > 0 ? (
            <section className="section" aria-labelledby="years-heading">
              <h2 id="years-heading">{t("start.yearsHeading")}</h2>
              <ul className="plan-year-list">
                {list.map((y) => (
                  <li key={y.year}>
                    <TextLink href={`${cycleBase}/${y.year}`} className="plan-year-list__link">
                      {t("start.yearLink", { year: y.year })}
                    </TextLink>
                    <span
                      className={
                        y.documentationCompleted ? "badge badge--success" : "badge badge--neutral"
                      }
                    >
                      {y.documentationCompleted ? t("start.complete") : t("start.ongoing")}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section className="section" aria-labelledby="harassment-heading">
            <h2 id="harassment-heading">{t("start.harassmentHeading")}</h2>
            <p>{t("start.harassmentText")}</p>
            <p>
              <TextLink href={`${cycleBase}/trakasserier`}>{t("start.harassmentLink")}</TextLink>
            </p>
          </section>
        </>
      ) : years.error ? null : (
        <Loading label={t("start.loading")} />
      )}
      {starting ? (
        <StartYearDialog
          year={nextYear}
          previousExists={previousExists}
          onClose={() => setStarting(false)}
        />
      ) : null}
    </>
  );
}

function StartYearDialog({
  year,
  previousExists,
  onClose,
}: {
  year: number;
  previousExists: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const form = useFormSubmit();
  const candidates = useResource<CarryOverCandidate[]>(
    previousExists ? orgPath(organisation.id, "years", String(year), "carry-over") : null,
  );
  // Every unfinished measure is carried over unless the user says otherwise.
  const [deselected, setDeselected] = useState<Set<string>>(new Set());
  const all = candidates.data ?? [];
  const selected = all.filter((c) => !deselected.has(c.id)).map((c) => c.id);
  const ready = !previousExists || candidates.data !== undefined;

  return (
    <ModalDialog title={t("start.dialogTitle", { year })} onClose={onClose} wide>
      {(close) => (
        <AppForm
          form={form}
          className="plan-dialog-form"
          labels={{ carryOverMeasureIds: t("start.carryLabel", { year: year - 1 }) }}
          onSubmit={async () => {
            await api(orgPath(organisation.id, "years"), {
              method: "POST",
              body: { year, carryOverMeasureIds: selected },
            });
            navigate(`/o/${organisation.id}/aktiva-atgarder/${year}`);
          }}
        >
          <p>{t("start.dialogIntro", { year })}</p>
          {!previousExists ? (
            <p>{t("start.noPrevious", { year: year - 1 })}</p>
          ) : candidates.error ? (
            <LoadError error={candidates.error} onRetry={candidates.reload} />
          ) : !candidates.data ? (
            <Loading label={t("start.loadingCandidates", { year: year - 1 })} />
          ) : all.length === 0 ? (
            <p>{t("start.noCandidates", { year: year - 1 })}</p>
          ) : (
            <CandidateList
              year={year}
              candidates={all}
              selected={selected}
              onChange={(ids) =>
                setDeselected(new Set(all.filter((c) => !ids.includes(c.id)).map((c) => c.id)))
              }
            />
          )}
          <div className="dialog__actions">
            <Button onPress={close}>{t("form.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending} isDisabled={!ready}>
              {t("start.confirm", { year })}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}

function CandidateList({
  year,
  candidates,
  selected,
  onChange,
}: {
  year: number;
  candidates: CarryOverCandidate[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  return (
    <div data-field="carryOverMeasureIds" className="plan-fieldgroup">
      <AriaCheckboxGroup className="field" value={selected} onChange={onChange}>
        <FieldLabel label={t("start.carryLabel", { year: year - 1 })} />
        <AriaText slot="description" className="field__description">
          {t("start.carryHelp", { previous: year - 1 })}
        </AriaText>
        <p className="plan-summary">
          {t("start.carryCount", { count: selected.length, total: candidates.length })}
        </p>
        <ul className="plan-candidates">
          {candidates.map((c) => (
            <li key={c.id}>
              <Checkbox value={c.id}>
                <span className="plan-candidates__title">{c.title}</span>
                <span className="plan-note">
                  {[
                    label(AREA_LABELS[c.area]),
                    label(MEASURE_STATUS_LABELS[c.status]),
                    c.responsible
                      ? t("start.responsible", { name: c.responsible })
                      : t("start.noResponsible"),
                    t("start.comments", { count: c.commentCount }),
                  ].join(" · ")}
                </span>
              </Checkbox>
            </li>
          ))}
        </ul>
      </AriaCheckboxGroup>
      <div className="cluster">
        <Button size="small" onPress={() => onChange(candidates.map((c) => c.id))}>
          {t("start.selectAll")}
        </Button>
        <Button size="small" onPress={() => onChange([])}>
          {t("start.selectNone")}
        </Button>
      </div>
    </div>
  );
}
