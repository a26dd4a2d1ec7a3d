import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ALL_FOLLOW_UP_QUESTIONS } from "../../core/cycle/follow-up.ts";
import { checklistLabel, INVESTIGATION_METHOD_LABELS } from "../../core/cycle/labels.ts";
import { api } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useErrorMessage } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { useLabel } from "./labels.ts";
import { lawReference, useLocale } from "./plan/shared.tsx";
import { type ChecklistItem, STEP_MILESTONES, type WorkYear } from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";
import "./plan/plan.css";

/** The year at a glance: what must be documented, the four steps and what is still missing. */
export function YearOverview() {
  const { t } = useTranslation("cyclePlan");
  const { organisation } = useOrganisation();
  const { workYear, base } = useWorkYear();
  const cycleBase = `/o/${organisation.id}/aktiva-atgarder`;
  useDocumentTitle(t("overview.title", { year: workYear.year }), organisation.name);

  return (
    <>
      <PageHeading eyebrow={t("overview.eyebrow")} intro={t("overview.intro")}>
        {t("overview.title", { year: workYear.year })}
      </PageHeading>
      <Duty workYear={workYear} />
      <Setup workYear={workYear} />
      <Steps workYear={workYear} base={base} />
      <Checklist workYear={workYear} base={base} />
      <nav className="section plan-years" aria-labelledby="other-years-heading">
        <h2 id="other-years-heading">{t("overview.otherYears")}</h2>
        <ul className="plan-plain-list">
          {workYear.previousYear !== null ? (
            <li>
              <TextLink href={`${cycleBase}/${workYear.previousYear}`}>
                {t("overview.yearLink", { year: workYear.previousYear })}
              </TextLink>
            </li>
          ) : null}
          {workYear.nextYearExists ? (
            <li>
              <TextLink href={`${cycleBase}/${workYear.year + 1}`}>
                {t("overview.yearLink", { year: workYear.year + 1 })}
              </TextLink>
            </li>
          ) : null}
          <li>
            <TextLink href={cycleBase}>{t("overview.allYears")}</TextLink>
          </li>
        </ul>
      </nav>
    </>
  );
}

function Duty({ workYear }: { workYear: WorkYear }) {
  const { t } = useTranslation("cyclePlan");
  const format = useFormat();
  const { organisation } = useOrganisation();
  const mayEnter = can(organisation, "headcount.update");
  return (
    <section className="card card--surface plan-duty" aria-labelledby="duty-heading">
      <h2 id="duty-heading" className="card__title">
        {t("overview.dutyHeading", { year: workYear.year })}
      </h2>
      {workYear.headcount !== null ? (
        <p>
          {t("overview.headcount", {
            count: workYear.headcount,
            formatted: format.number(workYear.headcount),
            year: workYear.year,
          })}
        </p>
      ) : null}
      <p className="plan-duty__summary">{t(`overview.duty.${workYear.duty}`)}</p>
      {workYear.duty === "unknown" ? (
        <p>
          {mayEnter ? (
            <TextLink href={`/o/${organisation.id}/installningar`}>
              {t("overview.enterHeadcount")}
            </TextLink>
          ) : (
            t("overview.askForHeadcount")
          )}
        </p>
      ) : null}
    </section>
  );
}

/** How the work is organised this year, as the getting-started workbook filled it in. */
function Setup({ workYear }: { workYear: WorkYear }) {
  const { t } = useTranslation("cyclePlan");
  const format = useFormat();
  const label = useLabel();
  const { organisation } = useOrganisation();
  const workbooks = `/o/${organisation.id}/arbetsbocker`;
  const { workingGroup, plannedMethods, stepDates, setupRun } = workYear;
  const dated = STEP_MILESTONES.filter((step) => stepDates[step]);
  const filled = workingGroup.length > 0 || plannedMethods.length > 0 || dated.length > 0;
  const columns = [
    { key: "person", label: t("overview.setup.person") },
    { key: "represents", label: t("overview.setup.represents") },
    { key: "task", label: t("overview.setup.task") },
  ];

  return (
    <section className="section year-setup" aria-labelledby="setup-heading">
      <h2 id="setup-heading">{t("overview.setup.heading")}</h2>
      {!filled ? (
        <div className="card card--surface year-setup__invite">
          <p>{t("overview.setup.empty", { year: workYear.year })}</p>
          {can(organisation, "workbooks.edit") ? (
            <p>
              <TextLink href={workbooks}>{t("overview.setup.toWorkbooks")}</TextLink>
            </p>
          ) : (
            <p>{t("overview.setup.askForWorkbook")}</p>
          )}
        </div>
      ) : (
        <>
          {setupRun ? (
            <p>
              {t("overview.setup.source")}{" "}
              <TextLink href={`${workbooks}/korningar/${setupRun.id}`}>{setupRun.title}</TextLink>
            </p>
          ) : null}
          <div className="year-setup__grid">
            <div className="year-setup__group">
              <h3>{t("overview.setup.workingGroup")}</h3>
              {workingGroup.length > 0 ? (
                <Table
                  caption={t("overview.setup.workingGroupCaption", { year: workYear.year })}
                  hideCaption
                  compact
                  columns={columns}
                >
                  {workingGroup.map((member) => (
                    <tr key={`${member.person}|${member.represents}|${member.task}`}>
                      <Cell label={columns[0]!.label}>{member.person}</Cell>
                      <Cell label={columns[1]!.label}>{member.represents || "–"}</Cell>
                      <Cell label={columns[2]!.label}>{member.task || "–"}</Cell>
                    </tr>
                  ))}
                </Table>
              ) : (
                <p className="muted">{t("overview.setup.notFilled")}</p>
              )}
            </div>
            <div>
              <h3>{t("overview.setup.methods")}</h3>
              {plannedMethods.length > 0 ? (
                <ul className="year-setup__methods">
                  {plannedMethods.map((method) => (
                    <li key={method}>{label(INVESTIGATION_METHOD_LABELS[method])}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t("overview.setup.notFilled")}</p>
              )}
            </div>
            <div>
              <h3>{t("overview.setup.dates")}</h3>
              <dl className="year-setup__dates">
                {STEP_MILESTONES.map((step) => (
                  <div key={step}>
                    <dt>{t(`overview.setup.step.${step}`)}</dt>
                    <dd>
                      {stepDates[step] ? format.date(stepDates[step]) : t("overview.setup.noDate")}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function Steps({ workYear, base }: { workYear: WorkYear; base: string }) {
  const { t } = useTranslation("cyclePlan");
  const { counts } = workYear;
  const answered = ALL_FOLLOW_UP_QUESTIONS.filter(
    (q) => (workYear.followUp[q] ?? "").trim() !== "",
  ).length;
  return (
    <section className="section" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t("overview.stepsHeading")}</h2>
      <ol className="card-grid plan-steps">
        <li>
          <div className="card">
            <h3 className="card__title">
              <span className="plan-steps__number">1</span>
              <TextLink href={`${base}/undersokningar`}>{t("overview.steps.investigate")}</TextLink>
            </h3>
            <p>{t("overview.steps.investigateText")}</p>
            <p className="plan-steps__count">
              {t("overview.investigations", { count: counts.investigations })}
            </p>
          </div>
        </li>
        <li>
          <div className="card">
            <h3 className="card__title">
              <span className="plan-steps__number">2</span>
              <TextLink href={`${base}/risker`}>{t("overview.steps.analyse")}</TextLink>
            </h3>
            <p>{t("overview.steps.analyseText")}</p>
            <p className="plan-steps__count">{t("overview.risks", { count: counts.risks })}</p>
          </div>
        </li>
        <li>
          <div className="card">
            <h3 className="card__title">
              <span className="plan-steps__number">3</span>
              <TextLink href={`${base}/atgarder`}>{t("overview.steps.act")}</TextLink>
            </h3>
            <p>{t("overview.steps.actText")}</p>
            <p className="plan-steps__count">
              {t("overview.measures", { count: counts.measures, done: counts.measuresDone })}
            </p>
            {counts.overdue > 0 ? (
              <p>
                <span className="badge badge--danger">
                  {t("overview.overdue", { count: counts.overdue })}
                </span>{" "}
                <TextLink href={`${base}/arshjul`}>{t("overview.toWheel")}</TextLink>
              </p>
            ) : null}
          </div>
        </li>
        <li>
          <div className="card">
            <h3 className="card__title">
              <span className="plan-steps__number">4</span>
              <TextLink href={`${base}/uppfoljning`}>{t("overview.steps.followUp")}</TextLink>
            </h3>
            <p>{t("overview.steps.followUpText")}</p>
            <p className="plan-steps__count">
              {workYear.previousYear === null
                ? t("overview.noPreviousYear")
                : counts.previousToEvaluate > 0
                  ? t("overview.toEvaluate", {
                      count: counts.previousToEvaluate,
                      year: workYear.previousYear,
                    })
                  : t("overview.allEvaluated", { year: workYear.previousYear })}
            </p>
            <p>
              {t("overview.followUpAnswered", {
                count: answered,
                total: ALL_FOLLOW_UP_QUESTIONS.length,
              })}
            </p>
          </div>
        </li>
      </ol>
    </section>
  );
}

/** Where each kind of checklist item is put right. */
function fixLink(item: ChecklistItem, base: string, organisationId: string) {
  switch (item.fixAt) {
    case "investigations":
      return `${base}/undersokningar`;
    case "risks":
      return `${base}/risker`;
    case "measures":
      return `${base}/atgarder`;
    case "evaluation":
      return `${base}/uppfoljning#utvardering`;
    case "follow-up":
      return `${base}/uppfoljning#uppfoljning`;
    case "cooperation":
      return `${base}/samverkan`;
    case "gender-balance":
      return `${base}/konsfordelning`;
    case "harassment":
      return `/o/${organisationId}/aktiva-atgarder/trakasserier`;
    case "pay-survey":
      return `${base}/uppfoljning#lonekartlaggning`;
    case "headcount":
      return `/o/${organisationId}/installningar`;
  }
}

function Checklist({ workYear, base }: { workYear: WorkYear; base: string }) {
  const { t } = useTranslation("cyclePlan");
  const locale = useLocale();
  const { organisation } = useOrganisation();
  const { items } = workYear.checklist;
  const required = items.filter((i) => i.required);
  const missingRequired = required.filter((i) => !i.done).length;
  const mayFixHeadcount = can(organisation, "headcount.update");

  return (
    <section className="section" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t("checklist.heading")}</h2>
      <p>{t("checklist.intro")}</p>
      <p className="plan-summary">
        {missingRequired === 0
          ? t("checklist.allDone", { count: required.length })
          : t("checklist.missing", { count: missingRequired, total: required.length })}
      </p>
      <ul className="plan-checklist">
        {items.map((item) => {
          const href = fixLink(item, base, organisation.id);
          const showLink = !item.done && (item.fixAt !== "headcount" || mayFixHeadcount);
          return (
            <li
              key={`${item.key}-${item.area ?? ""}`}
              className={
                item.done ? "plan-check plan-check--done" : "plan-check plan-check--missing"
              }
            >
              <CheckIcon done={item.done} />
              <div>
                <span className="visually-hidden">
                  {item.done ? t("checklist.doneLabel") : t("checklist.missingLabel")}
                </span>
                {checklistLabel(item, locale)}{" "}
                <span className="plan-check__req">
                  ({item.required ? t("checklist.required") : t("checklist.recommended")},{" "}
                  {lawReference(item.section, locale)})
                </span>
                {showLink ? (
                  <>
                    {" "}
                    <TextLink href={href} className="plan-check__fix">
                      {t(`checklist.fix.${item.fixAt}`)}
                    </TextLink>
                  </>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <Completion />
    </section>
  );
}

function CheckIcon({ done }: { done: boolean }) {
  return (
    <svg className="plan-check__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {done ? (
        <>
          <circle cx="10" cy="10" r="9" />
          <polyline points="5.5 10.5 8.5 13.5 14.5 6.5" />
        </>
      ) : (
        <>
          <circle cx="10" cy="10" r="9" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" />
        </>
      )}
    </svg>
  );
}

/** Marking the year's documentation as complete (or opening it again). */
function Completion() {
  const { t } = useTranslation("cyclePlan");
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const { organisation } = useOrganisation();
  const { workYear, apiBase, base, setWorkYear, reload } = useWorkYear();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const mayManage = can(organisation, "cycle.manage");

  const run = async (method: "POST" | "DELETE") => {
    setPending(true);
    setError(null);
    setStatus(null);
    try {
      const result = await api<WorkYear | undefined>(`${apiBase}/documentation-complete`, {
        method,
      });
      if (result) setWorkYear(result);
      else reload();
      setStatus(method === "POST" ? t("completion.marked") : t("completion.reopened"));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="plan-completion">
      <h3>{t("completion.heading")}</h3>
      {workYear.documentationCompletedAt ? (
        <p>
          <span className="badge badge--success">{t("completion.completeBadge")}</span>{" "}
          {t("completion.completedBy", {
            date: format.date(workYear.documentationCompletedAt),
            name: workYear.documentationCompletedBy ?? t("detail.unknownPerson"),
          })}
        </p>
      ) : (
        <p>{mayManage ? t("completion.notCompleteManage") : t("completion.notComplete")}</p>
      )}
      {mayManage ? (
        <div className="cluster">
          {workYear.documentationCompletedAt ? (
            <Button onPress={() => void run("DELETE")} isPending={pending}>
              {t("completion.reopen")}
            </Button>
          ) : (
            <Button variant="primary" onPress={() => void run("POST")} isPending={pending}>
              {t("completion.mark")}
            </Button>
          )}
          <TextLink href={`${base}/dokumentation`}>{t("completion.toDocumentation")}</TextLink>
        </div>
      ) : null}
      {error ? (
        <Alert tone="error" live="alert">
          {error}
        </Alert>
      ) : null}
      <div role="status" className="plan-status">
        {status ? <Alert tone="success">{status}</Alert> : null}
      </div>
    </div>
  );
}
