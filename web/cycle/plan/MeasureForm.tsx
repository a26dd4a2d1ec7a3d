import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  AREA_LABELS,
  GENDER_BALANCE_DIMENSION_LABELS,
  MEASURE_STATUS_LABELS,
} from "../../../core/cycle/labels.ts";
import { AREAS, MEASURE_STATUSES } from "../../../core/cycle/vocabulary.ts";
import { ApiError, api, orgPath } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { can } from "../../app/navigation.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { LoadError, useResource } from "../../app/resource.tsx";
import type { Member, Unit } from "../../app/types.ts";
import { useRoleLabel } from "../../platform/labels.ts";
import { subtreeIds, unitPaths } from "../../platform/unitTree.ts";
import { Button, TextLink } from "../../ui/Button.tsx";
import { CheckboxGroup } from "../../ui/Checkbox.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { AppForm, anyError, SubmitRow, useFormSubmit } from "../../ui/Form.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { Select } from "../../ui/Select.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useLabel } from "../labels.ts";
import type {
  Area,
  GenderBalanceGroup,
  Measure,
  MeasureDetail,
  MeasureStatus,
  Risk,
} from "../types.ts";
import {
  type ScheduleDraft,
  ScheduleFields,
  scheduleDraft,
  scheduleFromDraft,
} from "./ScheduleFields.tsx";
import { ConflictNotice, mergeLatest, useConflict } from "./shared.tsx";

const NONE = "none";

interface Draft {
  area: Area | null;
  title: string;
  description: string;
  riskIds: string[];
  unitId: string;
  responsibleMemberId: string;
  responsibleTitle: string;
  schedule: ScheduleDraft;
  startOn: string;
  followUpMethod: string;
  followUpOn: string;
  status: MeasureStatus;
  costEstimate: string;
  genderBalanceGroupId: string;
}

function draftOf(measure: Measure | null, risk: Risk | null): Draft {
  return {
    area: measure?.area ?? risk?.areas[0] ?? null,
    title: measure?.title ?? "",
    description: measure?.description ?? "",
    riskIds: measure?.riskIds ?? (risk ? [risk.id] : []),
    unitId: measure?.unitId ?? (risk?.unitIds.length === 1 ? risk.unitIds[0]! : NONE),
    responsibleMemberId: measure?.responsibleMemberId ?? NONE,
    responsibleTitle: measure?.responsibleTitle ?? "",
    schedule: scheduleDraft(measure?.schedule ?? null),
    startOn: measure?.startOn ?? "",
    followUpMethod: measure?.followUpMethod ?? "",
    followUpOn: measure?.followUpOn ?? "",
    status: measure?.status ?? "planned",
    costEstimate: measure?.costEstimate != null ? String(measure.costEstimate) : "",
    genderBalanceGroupId: measure?.genderBalanceGroupId ?? NONE,
  };
}

/** "12 000", "12000 kr" → 12000; "" → null; anything else → NaN. */
function parseKronor(text: string): number | null {
  const digits = text.replace(/[\s\u00a0]/g, "").replace(/kr$/i, "");
  if (digits === "") return null;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export interface MeasureFormProps {
  year: number;
  /** The measure to change; null for a new one. */
  measure: Measure | null;
  /** A new measure that answers this risk (from "Planera åtgärd" on a risk). */
  riskId?: string | null;
  /** The page's id of its heading, which names the form. */
  labelledBy: string;
  onSaved: (measure: Measure) => void;
  onCancel?: () => void;
  /** After a conflict the user reloaded: the page shows the newest version. */
  onReloaded?: (detail: MeasureDetail) => void;
}

/** Loads what the measure form chooses from, then shows it. */
export function MeasureForm(props: MeasureFormProps) {
  const { t } = useTranslation("cyclePlan");
  const { organisation } = useOrganisation();
  const { year, measure } = props;
  const yearPath = orgPath(organisation.id, "years", String(year));
  const risks = useResource<Risk[]>(`${yearPath}/risks`);
  // A carried-over measure may still answer risks found the year before.
  const earlier = measure?.carriedOverFrom?.year ?? null;
  const earlierRisks = useResource<Risk[]>(
    earlier !== null && measure?.riskIds.some((id) => !risks.data?.some((r) => r.id === id))
      ? orgPath(organisation.id, "years", String(earlier), "risks")
      : null,
  );
  const members = useResource<Member[]>(orgPath(organisation.id, "members"));
  const units = useResource<Unit[]>(orgPath(organisation.id, "units"));
  const groups = useResource<GenderBalanceGroup[]>(`${yearPath}/gender-balance`);

  const failed = [risks, members, units].find((r) => r.error);
  if (failed) return <LoadError error={failed.error} onRetry={failed.reload} />;
  if (!risks.data || !members.data || !units.data) return <Loading label={t("form.loading")} />;

  return (
    <LoadedMeasureForm
      {...props}
      risks={[
        ...risks.data,
        ...(earlierRisks.data ?? []).filter((r) => measure?.riskIds.includes(r.id)),
      ]}
      members={members.data}
      units={units.data}
      groups={groups.data ?? []}
    />
  );
}

function LoadedMeasureForm({
  year,
  measure,
  riskId,
  labelledBy,
  onSaved,
  onCancel,
  onReloaded,
  risks,
  members,
  units,
  groups,
}: MeasureFormProps & {
  risks: Risk[];
  members: Member[];
  units: Unit[];
  groups: GenderBalanceGroup[];
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const roleLabel = useRoleLabel();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(measure, risks.find((r) => r.id === riskId) ?? null),
  );
  // The saved version the user's changes start from: what tells their edits from the rest.
  const [original, setOriginal] = useState(draft);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const labels: Record<string, string> = {
    area: t("measure.area"),
    title: t("measure.title"),
    description: t("measure.description"),
    riskIds: t("measure.risks"),
    unitId: t("measure.unit"),
    responsibleMemberId: t("measure.responsibleMember"),
    responsibleTitle: t("measure.responsibleTitle"),
    scheduleKind: t("schedule.label"),
    schedule: t("schedule.label"),
    startOn: t("measure.startOn"),
    followUpMethod: t("measure.followUpMethod"),
    followUpOn: t("measure.followUpOn"),
    status: t("measure.status"),
    costEstimate: t("measure.costEstimate"),
    genderBalanceGroupId: t("measure.genderBalanceGroup"),
  };

  const conflict = useConflict<MeasureDetail>({
    load: useCallback(async () => {
      if (!measure) return null;
      try {
        return await api<MeasureDetail>(orgPath(organisation.id, "measures", measure.id));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    }, [measure, organisation.id]),
    apply: (latest) => {
      // The page shows the newest version and passes it back in: the next save builds on it.
      onReloaded?.(latest);
      const saved = draftOf(latest.measure, null);
      const merged = mergeLatest(
        draft,
        original,
        saved,
        labels as Partial<Record<keyof Draft, string>>,
      );
      setDraft(merged.draft);
      setOriginal(saved);
      return merged;
    },
  });

  const paths = useMemo(() => unitPaths(units, format.locale), [units, format.locale]);
  const unitOptions = useMemo(() => {
    let allowed = units.map((u) => u.id);
    if (!can(organisation, "cycle.manage")) {
      // A manager puts measures on the units they lead (and their sub-units) only.
      const mine = members.find((m) => m.id === organisation.myMembershipId)?.unitIds ?? [];
      const managed = new Set(mine.flatMap((id) => [...subtreeIds(units, id)]));
      allowed = allowed.filter((id) => managed.has(id) || id === measure?.unitId);
    }
    const collator = new Intl.Collator(format.locale);
    return [
      { id: NONE, label: t("measure.noUnit") },
      ...allowed
        .map((id) => ({ id, label: paths.get(id) ?? id }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    ];
  }, [units, members, organisation, measure, paths, format.locale, t]);

  const memberOptions = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    return [
      { id: NONE, label: t("measure.noMember") },
      ...[...members]
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((m) => ({ id: m.id, label: `${m.name} – ${roleLabel(m.role, m.unionName)}` })),
    ];
  }, [members, format.locale, roleLabel, t]);

  const submit = async () => {
    const title = draft.title.trim();
    const responsibleTitle = draft.responsibleTitle.trim();
    const schedule = scheduleFromDraft(draft.schedule, {
      dueOnRequired: t("validation.dueOnRequired"),
      timesInvalid: t("validation.timesInvalid"),
    });
    const cost = parseKronor(draft.costEstimate);
    const dueOn =
      "schedule" in schedule && schedule.schedule.kind === "date" ? schedule.schedule.dueOn : "";
    const errors = {
      area: !draft.area && t("validation.areaRequired"),
      title: !title && t("validation.titleRequired"),
      responsibleTitle:
        draft.responsibleMemberId === NONE &&
        !responsibleTitle &&
        t("validation.responsibleRequired"),
      schedule:
        "error" in schedule
          ? schedule.error
          : dueOn && draft.startOn && dueOn < draft.startOn && t("validation.dueBeforeStart"),
      followUpOn:
        draft.followUpOn &&
        draft.startOn &&
        draft.followUpOn < draft.startOn &&
        t("validation.followUpBeforeStart"),
      costEstimate: Number.isNaN(cost) && t("validation.costInvalid"),
    };
    if (anyError(errors) || !("schedule" in schedule)) return errors;

    const body = {
      area: draft.area,
      title,
      description: draft.description.trim(),
      riskIds: draft.riskIds,
      unitId: draft.unitId === NONE ? null : draft.unitId,
      responsibleMemberId: draft.responsibleMemberId === NONE ? null : draft.responsibleMemberId,
      responsibleTitle: responsibleTitle || null,
      schedule: schedule.schedule,
      startOn: draft.startOn || null,
      followUpMethod: draft.followUpMethod.trim(),
      followUpOn: draft.followUpOn || null,
      status: draft.status,
      costEstimate: cost,
      genderBalanceGroupId:
        draft.area === "gender_balance" && draft.genderBalanceGroupId !== NONE
          ? draft.genderBalanceGroupId
          : null,
    };
    try {
      const saved = measure
        ? await api<Measure>(orgPath(organisation.id, "measures", measure.id), {
            method: "PATCH",
            body: { ...body, version: measure.version },
          })
        : await api<Measure>(orgPath(organisation.id, "years", String(year), "measures"), {
            method: "POST",
            body,
          });
      conflict.clear();
      onSaved(saved);
    } catch (error) {
      if (conflict.handle(error)) return;
      throw error;
    }
  };

  const yearsPath = `/o/${organisation.id}/aktiva-atgarder/${year}`;
  const riskOptions = risks.map((risk) => ({
    id: risk.id,
    label:
      risk.year === year
        ? risk.title
        : t("measure.riskOfYear", { title: risk.title, year: risk.year }),
  }));

  return (
    <AppForm form={form} onSubmit={submit} labels={labels} aria-labelledby={labelledBy}>
      <ConflictNotice conflict={conflict} />

      <fieldset className="fieldset plan-fieldset">
        <legend className="plan-legend">{t("form.what")}</legend>
        <Select<Area>
          name="area"
          label={labels.area}
          placeholder={t("form.choose")}
          options={AREAS.map((area) => ({ id: area, label: label(AREA_LABELS[area]) }))}
          value={draft.area}
          onChange={(area) => set("area", area)}
          isRequired
        />
        <TextField
          name="title"
          label={labels.title}
          description={t("measure.titleHelp")}
          value={draft.title}
          onChange={(value) => set("title", value)}
          isRequired
        />
        <TextField
          name="description"
          label={labels.description}
          description={t("measure.descriptionHelp")}
          multiline
          optional
          value={draft.description}
          onChange={(value) => set("description", value)}
        />
        {riskOptions.length > 0 ? (
          <CheckboxGroup
            name="riskIds"
            label={labels.riskIds}
            description={t("measure.risksHelp")}
            options={riskOptions}
            value={draft.riskIds}
            onChange={(value) => set("riskIds", value)}
            optional
          />
        ) : (
          <p className="muted">
            {t("measure.noRisks")}{" "}
            <TextLink href={`${yearsPath}/risker`}>{t("measure.toRisks")}</TextLink>
          </p>
        )}
      </fieldset>

      <fieldset className="fieldset plan-fieldset">
        <legend className="plan-legend">{t("form.who")}</legend>
        <p className="muted plan-fieldset__help">{t("measure.responsibleHelp")}</p>
        <Select
          name="responsibleMemberId"
          label={labels.responsibleMemberId}
          options={memberOptions}
          value={draft.responsibleMemberId}
          onChange={(value) => set("responsibleMemberId", value)}
          optional
        />
        <TextField
          name="responsibleTitle"
          label={labels.responsibleTitle}
          description={t("measure.responsibleTitleHelp")}
          value={draft.responsibleTitle}
          onChange={(value) => set("responsibleTitle", value)}
          optional
        />
        <Select
          name="unitId"
          label={labels.unitId}
          description={
            can(organisation, "cycle.manage") ? t("measure.unitHelp") : t("measure.unitHelpManager")
          }
          options={unitOptions}
          value={draft.unitId}
          onChange={(value) => set("unitId", value)}
          optional
        />
      </fieldset>

      <fieldset className="fieldset plan-fieldset">
        <legend className="plan-legend">{t("form.when")}</legend>
        <ScheduleFields value={draft.schedule} onChange={(value) => set("schedule", value)} />
        <DateField
          name="startOn"
          label={labels.startOn}
          description={t("measure.startOnHelp")}
          value={draft.startOn}
          onChange={(value) => set("startOn", value)}
          optional
        />
      </fieldset>

      <fieldset className="fieldset plan-fieldset">
        <legend className="plan-legend">{t("form.followUp")}</legend>
        <TextField
          name="followUpMethod"
          label={labels.followUpMethod}
          description={t("measure.followUpMethodHelp")}
          multiline
          optional
          value={draft.followUpMethod}
          onChange={(value) => set("followUpMethod", value)}
        />
        <DateField
          name="followUpOn"
          label={labels.followUpOn}
          description={t("measure.followUpOnHelp")}
          value={draft.followUpOn}
          onChange={(value) => set("followUpOn", value)}
          optional
        />
      </fieldset>

      <fieldset className="fieldset plan-fieldset">
        <legend className="plan-legend">{t("form.statusAndCost")}</legend>
        <Select<MeasureStatus>
          name="status"
          label={labels.status}
          options={MEASURE_STATUSES.map((status) => ({
            id: status,
            label: label(MEASURE_STATUS_LABELS[status]),
          }))}
          value={draft.status}
          onChange={(value) => set("status", value)}
        />
        <TextField
          name="costEstimate"
          label={labels.costEstimate}
          description={t("measure.costEstimateHelp")}
          inputMode="numeric"
          narrow
          optional
          value={draft.costEstimate}
          onChange={(value) => set("costEstimate", value)}
        />
        {draft.area === "gender_balance" ? (
          groups.length > 0 ? (
            <Select
              name="genderBalanceGroupId"
              label={labels.genderBalanceGroupId}
              description={t("measure.genderBalanceGroupHelp")}
              options={[
                { id: NONE, label: t("measure.noGroup") },
                ...groups.map((g) => ({
                  id: g.id,
                  label: `${g.label} (${label(GENDER_BALANCE_DIMENSION_LABELS[g.dimension])})`,
                })),
              ]}
              value={draft.genderBalanceGroupId}
              onChange={(value) => set("genderBalanceGroupId", value)}
              optional
            />
          ) : (
            <p className="muted">
              {t("measure.noGroups")}{" "}
              <TextLink href={`${yearsPath}/konsfordelning`}>
                {t("measure.toGenderBalance")}
              </TextLink>
            </p>
          )
        ) : null}
      </fieldset>

      {onCancel ? (
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={form.pending}>
            {measure ? t("form.save") : t("form.create")}
          </Button>
          <Button onPress={onCancel}>{t("form.cancel")}</Button>
        </div>
      ) : (
        <SubmitRow
          label={measure ? t("form.save") : t("form.create")}
          pending={form.pending}
          saved={null}
        />
      )}
    </AppForm>
  );
}
