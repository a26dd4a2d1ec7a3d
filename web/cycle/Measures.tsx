import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { AREA_LABELS, MEASURE_STATUS_LABELS } from "../../core/cycle/labels.ts";
import { AREA_SECTION, AREAS, MEASURE_STATUSES } from "../../core/cycle/vocabulary.ts";
import { orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Unit } from "../app/types.ts";
import { unitPaths } from "../platform/unitTree.ts";
import { Alert } from "../ui/Alert.tsx";
import { LinkButton, TextLink } from "../ui/Button.tsx";
import { Checkbox } from "../ui/Checkbox.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { useLabel } from "./labels.ts";
import {
  lawReference,
  MeasureStatusBadge,
  measureLateness,
  responsibleText,
  todayInSweden,
  usePlanFormat,
} from "./plan/shared.tsx";
import type { Area, Measure, MeasureStatus } from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";
import "./plan/plan.css";

const ALL = "all";

/** The year's action plan: one table per area, as Swedish plans are usually written. */
export function Measures() {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const { organisation } = useOrganisation();
  const { workYear, base, apiBase } = useWorkYear();
  const location = useLocation();
  const navigate = useNavigate();
  const measures = useResource<Measure[]>(`${apiBase}/measures`);
  const units = useResource<Unit[]>(orgPath(organisation.id, "units"));
  const [params, setParams] = useSearchParams();
  const [message] = useState((location.state as { message?: string } | null)?.message ?? null);
  useDocumentTitle(t("measures.title", { year: workYear.year }), organisation.name);

  // Once shown, the message is not repeated when the page is reloaded.
  useEffect(() => {
    if (location.state) navigate(".", { replace: true, state: null });
  }, [location.state, navigate]);

  const mayManage = can(organisation, "cycle.manage");
  // Managers carry out the measures of their own units; they may narrow the plan to those.
  const mayFilterMine = can(organisation, "measures.update") && !mayManage;
  const status = (params.get("status") ?? ALL) as MeasureStatus | typeof ALL;
  const area = (params.get("omrade") ?? ALL) as Area | typeof ALL;
  const mine = mayFilterMine && params.get("mina") === "1";
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null || value === ALL) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  const visible = (measures.data ?? []).filter(
    (m) => (status === ALL || m.status === status) && (!mine || m.canEdit),
  );
  const filtered = status !== ALL || mine;
  const areas = area === ALL ? AREAS : AREAS.filter((a) => a === area);
  const counts = workYear.counts;

  return (
    <>
      <PageHeading
        intro={t("measures.intro")}
        actions={
          mayManage ? (
            <>
              <LinkButton variant="primary" href={`${base}/atgarder/ny`}>
                {t("measures.new")}
              </LinkButton>
              <LinkButton href={`${base}/atgardsbank`}>{t("measures.fromLibrary")}</LinkButton>
            </>
          ) : null
        }
      >
        {t("measures.title", { year: workYear.year })}
      </PageHeading>

      <div role="status" className="plan-status">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>

      <p className="plan-summary">
        {t("measures.summary", { count: counts.measures, done: counts.measuresDone })}
        {counts.overdue > 0 ? (
          <>
            {" "}
            <TextLink href={`${base}/arshjul`}>
              {t("measures.overdue", { count: counts.overdue })}
            </TextLink>
          </>
        ) : null}
      </p>
      {counts.previousToEvaluate > 0 && workYear.previousYear !== null ? (
        <Alert tone="info">
          <p>
            {t("measures.previousToEvaluate", {
              count: counts.previousToEvaluate,
              year: workYear.previousYear,
            })}{" "}
            <TextLink href={`${base}/uppfoljning`}>{t("measures.toFollowUp")}</TextLink>
          </p>
        </Alert>
      ) : null}

      <section className="plan-filters" aria-labelledby="measure-filters-heading">
        <h2 id="measure-filters-heading" className="plan-filters__heading">
          {t("filters.heading")}
        </h2>
        <div className="plan-filters__fields">
          <Select
            label={t("filters.area")}
            options={[
              { id: ALL, label: t("filters.allAreas") },
              ...AREAS.map((a) => ({ id: a, label: label(AREA_LABELS[a]) })),
            ]}
            value={area}
            onChange={(value) => setFilter("omrade", value)}
          />
          <Select
            label={t("filters.status")}
            options={[
              { id: ALL, label: t("filters.allStatuses") },
              ...MEASURE_STATUSES.map((s) => ({ id: s, label: label(MEASURE_STATUS_LABELS[s]) })),
            ]}
            value={status}
            onChange={(value) => setFilter("status", value)}
          />
          {mayFilterMine ? (
            <Checkbox isSelected={mine} onChange={(on) => setFilter("mina", on ? "1" : null)}>
              {t("filters.mine")}
            </Checkbox>
          ) : null}
        </div>
      </section>

      {measures.error ? <LoadError error={measures.error} onRetry={measures.reload} /> : null}
      {measures.data ? (
        <>
          <div className="plan-summary" aria-live="polite">
            {filtered || area !== ALL
              ? t("filters.showing", {
                  count: visible.filter((m) => area === ALL || m.area === area).length,
                })
              : null}
          </div>
          {areas.map((a) => (
            <AreaSection
              key={a}
              area={a}
              measures={visible.filter((m) => m.area === a)}
              filtered={filtered}
              note={workYear.areaNotes[a]}
              units={units.data ?? []}
            />
          ))}
        </>
      ) : measures.error ? null : (
        <Loading label={t("measures.loading")} />
      )}
    </>
  );
}

function AreaSection({
  area,
  measures,
  filtered,
  note,
  units,
}: {
  area: Area;
  measures: Measure[];
  filtered: boolean;
  note: string | undefined;
  units: Unit[];
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const plan = usePlanFormat();
  const format = useFormat();
  const { base } = useWorkYear();
  const paths = useMemo(() => unitPaths(units, format.locale), [units, format.locale]);
  const today = todayInSweden();
  const headingId = `area-${area}`;
  const columns = [
    { key: "activity", label: t("measures.columns.activity") },
    { key: "responsible", label: t("measures.columns.responsible") },
    { key: "schedule", label: t("measures.columns.schedule") },
    { key: "followUp", label: t("measures.columns.followUp") },
    { key: "status", label: t("measures.columns.status") },
  ];

  return (
    <section className="section plan-area" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {label(AREA_LABELS[area])}{" "}
        <span className="plan-area__law">
          {t("measures.law", { ref: lawReference(AREA_SECTION[area], plan.locale) })}
        </span>
      </h2>
      {measures.length === 0 ? (
        <p className="muted">
          {filtered
            ? t("measures.noneFiltered")
            : note?.trim()
              ? t("measures.noneWithNote", { note: note.trim() })
              : t("measures.none")}
        </p>
      ) : (
        <Table
          caption={label(AREA_LABELS[area])}
          hideCaption
          columns={columns}
          className="plan-table"
        >
          {measures.map((measure) => {
            const late = measureLateness(measure, today);
            const responsible = responsibleText(measure);
            return (
              <tr key={measure.id}>
                <Cell label={t("measures.columns.activity")}>
                  <TextLink href={`${base}/atgarder/${measure.id}`} className="plan-table__title">
                    {measure.title}
                  </TextLink>
                  {measure.carriedOverFrom ? (
                    <span className="plan-note">
                      {t("status.carriedFrom", { year: measure.carriedOverFrom.year })}
                    </span>
                  ) : null}
                  {measure.commentCount > 0 ? (
                    <span className="plan-note">
                      {t("measures.comments", { count: measure.commentCount })}
                    </span>
                  ) : null}
                </Cell>
                <Cell label={t("measures.columns.responsible")}>
                  {responsible ?? (
                    <span className="badge badge--danger">{t("detail.noResponsible")}</span>
                  )}
                  {measure.unitId ? (
                    <span className="plan-note">{paths.get(measure.unitId)}</span>
                  ) : null}
                </Cell>
                <Cell label={t("measures.columns.schedule")}>
                  {plan.schedule(measure.schedule, measure.startOn)}
                </Cell>
                <Cell label={t("measures.columns.followUp")}>
                  {measure.followUpOn ? (
                    <span className="plan-table__date">{plan.day(measure.followUpOn)}</span>
                  ) : null}
                  {measure.followUpMethod ? (
                    <span className="plan-table__followup">{measure.followUpMethod}</span>
                  ) : null}
                  {!measure.followUpOn && !measure.followUpMethod ? (
                    <span className="muted">{t("measures.noFollowUp")}</span>
                  ) : null}
                  {late.followUp ? (
                    <span className="badge badge--danger">{t("status.followUpOverdue")}</span>
                  ) : null}
                </Cell>
                <Cell label={t("measures.columns.status")}>
                  <span className="plan-badges">
                    <MeasureStatusBadge status={measure.status} />
                    {late.due ? (
                      <span className="badge badge--danger">{t("status.overdue")}</span>
                    ) : null}
                  </span>
                </Cell>
              </tr>
            );
          })}
        </Table>
      )}
    </section>
  );
}
