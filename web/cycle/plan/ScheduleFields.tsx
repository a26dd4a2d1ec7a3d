import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  MAX_TIMES_PER_YEAR,
  SCHEDULE_KINDS,
  type Schedule,
  type ScheduleKind,
} from "../../../core/cycle/schedule.ts";
import { DateField } from "../../ui/DateField.tsx";
import { RadioGroup } from "../../ui/RadioGroup.tsx";
import { Select } from "../../ui/Select.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useLocale } from "./shared.tsx";

/** A schedule as the form holds it: every kind's field, so switching kind loses nothing. */
export interface ScheduleDraft {
  kind: ScheduleKind;
  dueOn: string;
  month: string;
  times: string;
}

export function scheduleDraft(schedule: Schedule | null): ScheduleDraft {
  return {
    kind: schedule?.kind ?? "date",
    dueOn: schedule?.kind === "date" ? schedule.dueOn : "",
    month: schedule?.kind === "yearly" ? String(schedule.month) : "1",
    times: schedule?.kind === "times_per_year" ? String(schedule.times) : "4",
  };
}

/** The schedule to send, or the message for the field when it cannot be sent as it is. */
export function scheduleFromDraft(
  draft: ScheduleDraft,
  messages: { dueOnRequired: string; timesInvalid: string },
): { schedule: Schedule } | { error: string } {
  switch (draft.kind) {
    case "date":
      return draft.dueOn
        ? { schedule: { kind: "date", dueOn: draft.dueOn } }
        : { error: messages.dueOnRequired };
    case "yearly":
      return { schedule: { kind: "yearly", month: Number(draft.month) } };
    case "times_per_year": {
      const times = Number(draft.times.trim());
      return Number.isInteger(times) && times >= 2 && times <= MAX_TIMES_PER_YEAR
        ? { schedule: { kind: "times_per_year", times } }
        : { error: messages.timesInvalid };
    }
    case "continuous":
      return { schedule: { kind: "continuous" } };
  }
}

/**
 * The schedule (tidsplan): a kind, and the one field that kind needs. The field is named
 * "schedule", so the server's messages about schedule.dueOn or schedule.times land on it.
 */
export function ScheduleFields({
  value,
  onChange,
}: {
  value: ScheduleDraft;
  onChange: (value: ScheduleDraft) => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const locale = useLocale();
  const months = useMemo(() => {
    const name = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "sv-SE", {
      month: "long",
      timeZone: "UTC",
    });
    return Array.from({ length: 12 }, (_, i) => ({
      id: String(i + 1),
      label: name.format(new Date(Date.UTC(2001, i, 1))),
    }));
  }, [locale]);

  return (
    <div className="plan-schedule">
      <RadioGroup<ScheduleKind>
        name="scheduleKind"
        label={t("schedule.label")}
        description={t("schedule.help")}
        options={SCHEDULE_KINDS.map((kind) => ({ id: kind, label: t(`schedule.kinds.${kind}`) }))}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      {value.kind === "date" ? (
        <DateField
          name="schedule"
          label={t("schedule.dueOn")}
          value={value.dueOn}
          onChange={(dueOn) => onChange({ ...value, dueOn })}
          isRequired
        />
      ) : null}
      {value.kind === "yearly" ? (
        <Select
          name="schedule"
          label={t("schedule.month")}
          options={months}
          value={value.month}
          onChange={(month) => onChange({ ...value, month })}
        />
      ) : null}
      {value.kind === "times_per_year" ? (
        <TextField
          name="schedule"
          label={t("schedule.times")}
          description={t("schedule.timesHelp", { max: MAX_TIMES_PER_YEAR })}
          inputMode="numeric"
          narrow
          value={value.times}
          onChange={(times) => onChange({ ...value, times })}
          isRequired
        />
      ) : null}
      {value.kind === "continuous" ? <p className="muted">{t("schedule.continuousHelp")}</p> : null}
    </div>
  );
}
