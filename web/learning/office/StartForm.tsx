import { useState } from "react";
import { Radio, RadioGroup } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api, orgPath } from "../../app/api.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { useUnitOptions } from "../../platform/unitOptions.ts";
import { FieldLabel } from "../../ui/Field.tsx";
import { AppForm, anyError, SubmitRow, useFormSubmit } from "../../ui/Form.tsx";
import { Select } from "../../ui/Select.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { Session, SessionMode } from "../types.ts";
import { useLearningBase } from "./shared.tsx";

const NO_UNIT = "none";
const MIN_PARTICIPANTS = 1;
const MAX_PARTICIPANTS = 100;

/**
 * "Starta rummet": together on one screen (who took part is recorded for the follow-up)
 * or alone with one's own notes. Opens the session player once the session exists.
 */
export function StartForm({ roomId }: { roomId: string }) {
  const { t } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const base = useLearningBase();
  const navigate = useNavigate();
  const units = useUnitOptions();
  const form = useFormSubmit();
  const [mode, setMode] = useState<SessionMode>("group");
  const [unitId, setUnitId] = useState(NO_UNIT);
  const [groupName, setGroupName] = useState("");
  const [count, setCount] = useState("");
  const [names, setNames] = useState("");
  const labels = {
    mode: t("start.mode"),
    unitId: t("start.unit"),
    groupName: t("start.groupName"),
    participantCount: t("start.participantCount"),
    participantNames: t("start.participantNames"),
  };

  return (
    <AppForm
      form={form}
      labels={labels}
      aria-labelledby="room-start-heading"
      className="start-form"
      onSubmit={async () => {
        const group = mode === "group";
        const trimmed = count.trim();
        const participantCount = Number(trimmed);
        if (group) {
          const errors = {
            participantCount: !trimmed
              ? t("start.participantCountRequired")
              : (!/^\d+$/.test(trimmed) ||
                  participantCount < MIN_PARTICIPANTS ||
                  participantCount > MAX_PARTICIPANTS) &&
                t("start.participantCountRange", { min: MIN_PARTICIPANTS, max: MAX_PARTICIPANTS }),
          };
          if (anyError(errors)) return errors;
        }
        const session = await api<Session>(orgPath(organisation.id, "learning", "sessions"), {
          method: "POST",
          body: group
            ? {
                roomId,
                mode,
                unitId: unitId === NO_UNIT ? null : unitId,
                groupName: groupName.trim(),
                participantCount,
                participantNames: names.trim(),
              }
            : { roomId, mode },
        });
        navigate(`${base}/sessioner/${session.id}`);
      }}
    >
      <div data-field="mode">
        <RadioGroup
          className="field"
          value={mode}
          onChange={(value) => setMode(value as SessionMode)}
          name="mode"
        >
          <FieldLabel label={labels.mode} />
          <div className="mode-choice">
            {(["group", "individual"] as const).map((option) => (
              <Radio key={option} value={option} className="radio mode-choice__option">
                <span className="radio__dot" />
                <span>
                  <span className="mode-choice__title">{t(`start.modes.${option}.title`)}</span>
                  <span className="mode-choice__text">{t(`start.modes.${option}.text`)}</span>
                </span>
              </Radio>
            ))}
          </div>
        </RadioGroup>
      </div>
      {mode === "group" ? (
        <>
          <TextField
            name="participantCount"
            label={labels.participantCount}
            description={t("start.participantCountHelp")}
            inputMode="numeric"
            narrow
            isRequired
            value={count}
            onChange={setCount}
          />
          {units.options.length > 0 ? (
            <Select
              name="unitId"
              label={labels.unitId}
              description={t("start.unitHelp")}
              options={[{ id: NO_UNIT, label: t("start.noUnit") }, ...units.options]}
              value={unitId}
              onChange={setUnitId}
              optional
            />
          ) : null}
          <TextField
            name="groupName"
            label={labels.groupName}
            description={t("start.groupNameHelp")}
            optional
            value={groupName}
            onChange={setGroupName}
          />
          <TextField
            name="participantNames"
            label={labels.participantNames}
            description={t("start.participantNamesHelp")}
            multiline
            optional
            value={names}
            onChange={setNames}
          />
        </>
      ) : (
        <p className="muted">{t("start.individualHelp")}</p>
      )}
      <SubmitRow label={t("start.submit")} pending={form.pending} saved={null} />
    </AppForm>
  );
}
