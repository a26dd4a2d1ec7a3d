import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AREA_LABELS, MEASURE_STATUS_LABELS } from "../../core/cycle/labels.ts";
import { AREAS, type Area, type MeasureStatus } from "../../core/cycle/vocabulary.ts";
import { api } from "../app/api.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useLabel } from "../cycle/labels.ts";
import { Button, TextLink } from "../ui/Button.tsx";
import { ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, SubmitRow, useFormSubmit } from "../ui/Form.tsx";
import { Select } from "../ui/Select.tsx";
import { runPath } from "./answerStore.ts";
import type { PlanMeasure, Run, TableRow } from "./types.ts";

/**
 * Under an activity of the plan: the measure it became (with its status in the action plan),
 * or, for HR and admins, the button that makes it one.
 */
export function ActivityMeasure({
  run,
  itemKey,
  row,
  title: activityTitle,
  saved,
  onMade,
}: {
  run: Run;
  itemKey: string;
  row: TableRow;
  /** The activity's text (the table's first text column). */
  title: string;
  saved: boolean;
  onMade: () => void;
}) {
  const { t } = useTranslation("workbooks");
  const { organisation } = useOrganisation();
  const label = useLabel();
  const [open, setOpen] = useState(false);
  const measure = run.planMeasures.find((m) => m.item === itemKey && m.rowId === row.id);
  const title = activityTitle.trim() || t("activity.untitled");
  if (measure)
    return (
      <p className="activity-measure">
        <TextLink
          href={`/o/${organisation.id}/aktiva-atgarder/${measure.year}/atgarder/${measure.measureId}`}
        >
          {t("activity.inPlan", { year: measure.year })}
        </TextLink>{" "}
        – {label(MEASURE_STATUS_LABELS[measure.status as MeasureStatus])}
      </p>
    );
  if (!can(organisation, "cycle.manage")) return null;
  if (!saved) return <p className="muted activity-measure">{t("activity.saveFirst")}</p>;
  return (
    <>
      <Button onPress={() => setOpen(true)}>
        {t("activity.make")}
        <span className="visually-hidden"> – {title}</span>
      </Button>
      {open ? (
        <ModalDialog title={t("activity.dialogTitle")} onClose={() => setOpen(false)}>
          {(close) => (
            <MakeMeasureForm
              run={run}
              itemKey={itemKey}
              row={row}
              title={title}
              onMade={() => {
                close();
                onMade();
              }}
            />
          )}
        </ModalDialog>
      ) : null}
    </>
  );
}

function MakeMeasureForm({
  run,
  itemKey,
  row,
  title,
  onMade,
}: {
  run: Run;
  itemKey: string;
  row: TableRow;
  title: string;
  onMade: (measure: PlanMeasure) => void;
}) {
  const { t } = useTranslation("workbooks");
  const { organisation } = useOrganisation();
  const label = useLabel();
  const form = useFormSubmit();
  const [area, setArea] = useState<Area>("working_conditions");
  const labels = { area: t("activity.area"), rowId: t("activity.activity") };
  return (
    <AppForm
      form={form}
      labels={labels}
      aria-label={t("activity.dialogTitle")}
      onSubmit={async () => {
        const measure = await api<PlanMeasure>(runPath(organisation.id, run.id, "activities"), {
          method: "POST",
          body: { item: itemKey, rowId: row.id, area },
        });
        onMade(measure);
      }}
    >
      <p>{t("activity.dialogIntro", { title })}</p>
      <Select
        name="area"
        label={labels.area}
        description={t("activity.areaHelp")}
        options={AREAS.map((id) => ({ id, label: label(AREA_LABELS[id]) }))}
        value={area}
        onChange={setArea}
      />
      <SubmitRow label={t("activity.submit")} pending={form.pending} saved={null} />
    </AppForm>
  );
}
