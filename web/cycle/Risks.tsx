import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearchParams } from "react-router";
import {
  AREA_LABELS,
  GROUND_LABELS,
  RISK_SOURCE_LABELS,
  RISK_STATUS_LABELS,
} from "../../core/cycle/labels.ts";
import { AREAS, GROUNDS, RISK_SOURCES, RISK_STATUSES } from "../../core/cycle/vocabulary.ts";
import { api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Unit } from "../app/types.ts";
import { LearningSource } from "../learning/LearningSource.tsx";
import { unitPaths } from "../platform/unitTree.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, LinkButton, TextLink } from "../ui/Button.tsx";
import { CheckboxGroup } from "../ui/Checkbox.tsx";
import { ConfirmDialog, ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useLabel } from "./labels.ts";
import { ConflictNotice, MeasureStatusBadge, mergeLatest, useConflict } from "./plan/shared.tsx";
import type { Area, Ground, Investigation, Measure, Risk } from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";
import "./plan/plan.css";

type RiskSource = Risk["source"];
type RiskStatus = Risk["status"];
type Dialog = { kind: "edit"; risk: Risk | null } | { kind: "delete"; risk: Risk };
const ALL = "all";

/** Step 2, analysera: the risks and obstacles found, their causes and what answers them. */
export function Risks() {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const { organisation } = useOrganisation();
  const { workYear, base, apiBase, reload: reloadYear } = useWorkYear();
  const risks = useResource<Risk[]>(`${apiBase}/risks`);
  const investigations = useResource<Investigation[]>(`${apiBase}/investigations`);
  const measures = useResource<Measure[]>(`${apiBase}/measures`);
  // Carried-over measures answer the same risks from the next year's plan.
  const nextMeasures = useResource<Measure[]>(
    workYear.nextYearExists
      ? orgPath(organisation.id, "years", String(workYear.year + 1), "measures")
      : null,
  );
  const units = useResource<Unit[]>(orgPath(organisation.id, "units"));
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const mayManage = can(organisation, "cycle.manage");
  useDocumentTitle(t("risks.title", { year: workYear.year }), organisation.name);

  // A link to one risk (risker#risk-…, e.g. from a measure) shows it once the list is here.
  const { hash } = useLocation();
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current || !risks.data || !hash) return;
    shown.current = true;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: "start" });
    target?.focus({ preventScroll: true });
  }, [risks.data, hash]);

  const area = (params.get("omrade") ?? ALL) as Area | typeof ALL;
  const status = (params.get("status") ?? ALL) as RiskStatus | typeof ALL;
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === ALL) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const visible = (risks.data ?? []).filter(
    (r) => (area === ALL || r.areas.includes(area)) && (status === ALL || r.status === status),
  );
  const allMeasures = [...(measures.data ?? []), ...(nextMeasures.data ?? [])];

  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    risks.reload();
    reloadYear();
  };

  return (
    <>
      <PageHeading
        intro={t("risks.intro")}
        actions={
          mayManage ? (
            <Button
              variant="primary"
              onPress={() => {
                setMessage(null);
                setDialog({ kind: "edit", risk: null });
              }}
            >
              {t("risks.new")}
            </Button>
          ) : null
        }
      >
        {t("risks.title", { year: workYear.year })}
      </PageHeading>
      <div role="status" className="plan-status">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>

      <section className="plan-filters" aria-labelledby="risk-filters-heading">
        <h2 id="risk-filters-heading" className="plan-filters__heading">
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
              ...RISK_STATUSES.map((s) => ({ id: s, label: label(RISK_STATUS_LABELS[s]) })),
            ]}
            value={status}
            onChange={(value) => setFilter("status", value)}
          />
        </div>
      </section>

      {risks.error ? <LoadError error={risks.error} onRetry={risks.reload} /> : null}
      {risks.data ? (
        <section className="section" aria-labelledby="risk-list-heading">
          <h2 id="risk-list-heading" aria-live="polite">
            {area === ALL && status === ALL
              ? t("risks.listHeading", { count: risks.data.length })
              : t("risks.listHeadingFiltered", { count: visible.length, total: risks.data.length })}
          </h2>
          {risks.data.length === 0 ? (
            <p>{mayManage ? t("risks.noneManage") : t("risks.none")}</p>
          ) : visible.length === 0 ? (
            <p>{t("risks.noneFiltered")}</p>
          ) : (
            <ul className="plan-cards">
              {visible.map((risk) => (
                <li key={risk.id}>
                  <RiskCard
                    risk={risk}
                    base={base}
                    mayManage={mayManage}
                    investigation={investigations.data?.find((i) => i.id === risk.investigationId)}
                    measures={allMeasures.filter((m) => risk.measureIds.includes(m.id))}
                    measuresLoading={measures.loading || nextMeasures.loading}
                    units={units.data ?? []}
                    onEdit={() => {
                      setMessage(null);
                      setDialog({ kind: "edit", risk });
                    }}
                    onDelete={() => {
                      setMessage(null);
                      setDialog({ kind: "delete", risk });
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : risks.error ? null : (
        <Loading label={t("risks.loading")} />
      )}

      {dialog?.kind === "edit" ? (
        <RiskDialog
          risk={dialog.risk}
          investigations={investigations.data ?? []}
          units={units.data ?? []}
          onClose={() => setDialog(null)}
          onSaved={(saved) =>
            done(
              dialog.risk
                ? t("risks.saved", { title: saved.title })
                : t("risks.created", { title: saved.title }),
            )
          }
          onReloaded={risks.setData}
        />
      ) : null}
      {dialog?.kind === "delete" ? (
        <ConfirmDialog
          title={t("risks.deleteTitle", { title: dialog.risk.title })}
          confirmLabel={t("risks.delete")}
          action={() =>
            api(orgPath(organisation.id, "risks", dialog.risk.id), { method: "DELETE" })
          }
          onDone={() => done(t("risks.deleted", { title: dialog.risk.title }))}
          onCancel={() => setDialog(null)}
        >
          <p>{t("risks.deleteText")}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function RiskCard({
  risk,
  base,
  mayManage,
  investigation,
  measures,
  measuresLoading,
  units,
  onEdit,
  onDelete,
}: {
  risk: Risk;
  base: string;
  mayManage: boolean;
  investigation: Investigation | undefined;
  measures: Measure[];
  measuresLoading: boolean;
  units: Unit[];
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const paths = useMemo(() => unitPaths(units, format.locale), [units, format.locale]);
  const headingId = `risk-${risk.id}`;
  const none = <span className="muted">{t("detail.none")}</span>;
  const yearBase = (year: number) => `/o/${organisation.id}/aktiva-atgarder/${year}`;

  return (
    <article className="card plan-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title" tabIndex={-1}>
        {risk.title}
      </h3>
      <p>
        <span className={`badge plan-badge--${risk.status === "removed" ? "success" : "neutral"}`}>
          {label(RISK_STATUS_LABELS[risk.status])}
        </span>
      </p>
      {risk.description ? <p className="plan-text">{risk.description}</p> : null}
      <dl className="summary-list plan-facts">
        <dt>{t("risks.areas")}</dt>
        <dd>{format.list(risk.areas.map((a) => label(AREA_LABELS[a])))}</dd>
        <dt>{t("risks.grounds")}</dt>
        <dd>
          {risk.grounds.length === GROUNDS.length
            ? t("risks.allGrounds")
            : risk.grounds.length > 0
              ? format.list(risk.grounds.map((g) => label(GROUND_LABELS[g])))
              : none}
        </dd>
        <dt>{t("risks.units")}</dt>
        <dd>
          {risk.unitIds.length > 0
            ? format.list(risk.unitIds.map((id) => paths.get(id) ?? t("detail.unknownUnit")))
            : t("risks.wholeOrganisation")}
        </dd>
        <dt>{t("risks.source")}</dt>
        <dd>
          {label(RISK_SOURCE_LABELS[risk.source])}
          {investigation ? `: ${investigation.title}` : null}
          {risk.learningSource ? (
            <>
              {": "}
              <LearningSource source={risk.learningSource} />
            </>
          ) : null}
        </dd>
        <dt>{t("risks.causes")}</dt>
        <dd className="plan-text">
          {risk.causes || <span className="badge badge--danger">{t("risks.notAnalysed")}</span>}
        </dd>
        <dt>{t("risks.measures")}</dt>
        <dd>
          {risk.measureIds.length === 0 ? (
            t("risks.noMeasures")
          ) : measuresLoading ? (
            t("risks.loadingMeasures")
          ) : (
            <ul className="plan-plain-list">
              {measures.map((measure) => (
                <li key={measure.id}>
                  <TextLink href={`${yearBase(measure.year)}/atgarder/${measure.id}`}>
                    {measure.year === risk.year
                      ? measure.title
                      : t("risks.measureOfYear", { title: measure.title, year: measure.year })}
                  </TextLink>{" "}
                  <MeasureStatusBadge status={measure.status} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {mayManage ? (
        <div className="cluster">
          <LinkButton
            size="small"
            variant="primary"
            href={`${base}/atgarder/ny?risk=${risk.id}`}
            aria-describedby={headingId}
          >
            {t("risks.planMeasure")}
          </LinkButton>
          <Button size="small" onPress={onEdit} aria-describedby={headingId}>
            {t("actions.edit")}
          </Button>
          <Button size="small" variant="quiet" onPress={onDelete} aria-describedby={headingId}>
            {t("actions.delete")}
          </Button>
        </div>
      ) : null}
    </article>
  );
}

interface Draft {
  title: string;
  description: string;
  areas: Area[];
  grounds: Ground[];
  unitIds: string[];
  source: RiskSource;
  investigationId: string;
  causes: string;
  status: RiskStatus;
}

const NONE = "none";

function draftOf(risk: Risk | null): Draft {
  return {
    title: risk?.title ?? "",
    description: risk?.description ?? "",
    areas: risk?.areas ?? [],
    grounds: risk?.grounds ?? [],
    unitIds: risk?.unitIds ?? [],
    source: risk?.source ?? "investigation",
    investigationId: risk?.investigationId ?? NONE,
    causes: risk?.causes ?? "",
    status: risk?.status ?? "identified",
  };
}

function RiskDialog({
  risk,
  investigations,
  units,
  onClose,
  onSaved,
  onReloaded,
}: {
  risk: Risk | null;
  investigations: Investigation[];
  units: Unit[];
  onClose: () => void;
  onSaved: (risk: Risk) => void;
  onReloaded: (list: Risk[]) => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const { apiBase } = useWorkYear();
  const form = useFormSubmit();
  const [draft, setDraft] = useState<Draft>(() => draftOf(risk));
  // The version the user's changes build on: the one opened, or the newest after a reload.
  const [base, setBase] = useState(risk);
  const [original, setOriginal] = useState(draft);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const labels = {
    title: t("risks.titleField"),
    description: t("risks.description"),
    areas: t("risks.areas"),
    grounds: t("risks.grounds"),
    unitIds: t("risks.units"),
    source: t("risks.source"),
    investigationId: t("risks.investigation"),
    causes: t("risks.causes"),
    status: t("risks.status"),
  };
  const unitOptions = useMemo(() => {
    const paths = unitPaths(units, format.locale);
    const collator = new Intl.Collator(format.locale);
    return units
      .map((u) => ({ id: u.id, label: paths.get(u.id) ?? u.name }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [units, format.locale]);

  const conflict = useConflict<Risk>({
    load: useCallback(async () => {
      const list = await api<Risk[]>(`${apiBase}/risks`);
      onReloaded(list);
      return list.find((r) => r.id === risk?.id) ?? null;
    }, [apiBase, risk, onReloaded]),
    apply: (latest) => {
      const saved = draftOf(latest);
      const merged = mergeLatest(draft, original, saved, labels);
      setBase(latest);
      setDraft(merged.draft);
      setOriginal(saved);
      return merged;
    },
  });
  const allGrounds = draft.grounds.length === GROUNDS.length;

  return (
    <ModalDialog title={risk ? t("risks.editTitle") : t("risks.new")} onClose={onClose} wide>
      {(close) => (
        <AppForm
          form={form}
          className="plan-dialog-form"
          labels={labels}
          onSubmit={async () => {
            const title = draft.title.trim();
            const errors = {
              title: !title && t("validation.titleRequired"),
              areas: draft.areas.length === 0 && t("validation.areasRequired"),
            };
            if (anyError(errors)) return errors;
            const body = {
              title,
              description: draft.description.trim(),
              areas: draft.areas,
              grounds: draft.grounds,
              unitIds: draft.unitIds,
              source: draft.source,
              investigationId:
                draft.source === "investigation" && draft.investigationId !== NONE
                  ? draft.investigationId
                  : null,
              causes: draft.causes.trim(),
              status: draft.status,
            };
            try {
              const saved = base
                ? await api<Risk>(orgPath(organisation.id, "risks", base.id), {
                    method: "PATCH",
                    body: { ...body, version: base.version },
                  })
                : await api<Risk>(`${apiBase}/risks`, { method: "POST", body });
              onSaved(saved);
            } catch (error) {
              if (conflict.handle(error)) return;
              throw error;
            }
          }}
        >
          <ConflictNotice conflict={conflict} />
          <p className="muted">{t("risks.groupLevel")}</p>
          <TextField
            name="title"
            label={labels.title}
            description={t("risks.titleHelp")}
            value={draft.title}
            onChange={(value) => set("title", value)}
            isRequired
          />
          <TextField
            name="description"
            label={labels.description}
            description={t("risks.descriptionHelp")}
            multiline
            optional
            value={draft.description}
            onChange={(value) => set("description", value)}
          />
          <CheckboxGroup
            name="areas"
            label={labels.areas}
            description={t("risks.areasHelp")}
            options={AREAS.map((area) => ({ id: area, label: label(AREA_LABELS[area]) }))}
            value={draft.areas}
            onChange={(value) => set("areas", value as Area[])}
          />
          <div className="plan-fieldgroup">
            <CheckboxGroup
              name="grounds"
              label={labels.grounds}
              description={t("risks.groundsHelp")}
              options={GROUNDS.map((ground) => ({
                id: ground,
                label: label(GROUND_LABELS[ground]),
              }))}
              value={draft.grounds}
              onChange={(value) => set("grounds", value as Ground[])}
              optional
            />
            <Button size="small" onPress={() => set("grounds", allGrounds ? [] : [...GROUNDS])}>
              {allGrounds ? t("risks.noGrounds") : t("risks.allSeven")}
            </Button>
          </div>
          {unitOptions.length > 0 ? (
            <CheckboxGroup
              name="unitIds"
              label={labels.unitIds}
              description={t("risks.unitsHelp")}
              options={unitOptions}
              value={draft.unitIds}
              onChange={(value) => set("unitIds", value)}
              optional
            />
          ) : null}
          <div className="form-row">
            <Select<RiskSource>
              name="source"
              label={labels.source}
              options={RISK_SOURCES.map((source) => ({
                id: source,
                label: label(RISK_SOURCE_LABELS[source]),
              }))}
              value={draft.source}
              onChange={(value) => set("source", value)}
            />
            {draft.source === "investigation" ? (
              <Select
                name="investigationId"
                label={labels.investigationId}
                options={[
                  { id: NONE, label: t("risks.noInvestigation") },
                  ...investigations.map((i) => ({ id: i.id, label: i.title })),
                ]}
                value={draft.investigationId}
                onChange={(value) => set("investigationId", value)}
                optional
              />
            ) : null}
          </div>
          <TextField
            name="causes"
            label={labels.causes}
            description={t("risks.causesHelp")}
            multiline
            optional
            value={draft.causes}
            onChange={(value) => set("causes", value)}
          />
          <Select<RiskStatus>
            name="status"
            label={labels.status}
            options={RISK_STATUSES.map((s) => ({ id: s, label: label(RISK_STATUS_LABELS[s]) }))}
            value={draft.status}
            onChange={(value) => set("status", value)}
          />
          <div className="dialog__actions">
            <Button onPress={close}>{t("form.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {risk ? t("form.save") : t("risks.create")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}
