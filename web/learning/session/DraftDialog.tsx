import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AREA_LABELS } from "../../../core/cycle/labels.ts";
import { AREAS, type Area } from "../../../core/cycle/vocabulary.ts";
import { api } from "../../app/api.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { useLabel } from "../../cycle/labels.ts";
import { Button } from "../../ui/Button.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { ModalDialog } from "../../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../../ui/Form.tsx";
import { Select } from "../../ui/Select.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { Note, PlanItem } from "../types.ts";
import { firstLine, sessionPath } from "./useSession.ts";

export type DraftKind = "risk" | "measure";

/**
 * Makes a note a draft risk or measure in this year's plan. The form starts from the note
 * (its first line as the title, the whole note as the description, the room's area, and for
 * a measure who is responsible as the group wrote it); whatever the server says is shown
 * here, and nothing typed is lost.
 */
export function DraftDialog({
  kind,
  note,
  sessionId,
  year,
  area,
  responsible,
  when,
  onClose,
  onDone,
}: {
  kind: DraftKind;
  note: Note;
  sessionId: string;
  year: number;
  /** The room's area; null for the introduction, where the user picks one. */
  area: Area | null;
  /** What the group wrote in the task's "who is responsible" field. */
  responsible: string;
  /** What the group wrote in the task's "when" field, shown as a hint for the date. */
  when: string;
  onClose: () => void;
  onDone: (item: PlanItem) => void;
}) {
  const { t } = useTranslation("learningSession");
  const label = useLabel();
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [title, setTitle] = useState(() => firstLine(note.text));
  const [description, setDescription] = useState(note.text);
  const [chosenArea, setChosenArea] = useState<Area | null>(area);
  const [responsibleTitle, setResponsibleTitle] = useState(() => firstLine(responsible, 200));
  const [dueOn, setDueOn] = useState("");
  const measure = kind === "measure";
  const labels = {
    title: t("draft.title"),
    description: t("draft.description"),
    area: t("draft.area"),
    responsibleTitle: t("draft.responsible"),
    dueOn: t("draft.dueOn"),
  };

  return (
    <ModalDialog
      title={measure ? t("draft.measureHeading", { year }) : t("draft.riskHeading", { year })}
      onClose={onClose}
      wide
    >
      {(close) => (
        <AppForm
          form={form}
          labels={labels}
          className="draft-form"
          onSubmit={async () => {
            const errors = {
              title: !title.trim() && t("draft.titleRequired"),
              area: !chosenArea && t("draft.areaRequired"),
              responsibleTitle:
                measure && !responsibleTitle.trim() && t("draft.responsibleRequired"),
            };
            if (anyError(errors) || !chosenArea) return errors;
            const item = await api<PlanItem>(
              sessionPath(organisation.id, sessionId, "notes", note.id, "plan"),
              {
                method: "POST",
                body: {
                  kind,
                  title: title.trim(),
                  description: description.trim(),
                  area: chosenArea,
                  ...(measure
                    ? { responsibleTitle: responsibleTitle.trim(), dueOn: dueOn || null }
                    : {}),
                },
              },
            );
            onDone(item);
          }}
        >
          <p className="muted">{measure ? t("draft.measureIntro") : t("draft.riskIntro")}</p>
          <TextField
            name="title"
            label={labels.title}
            description={t("draft.titleHelp")}
            value={title}
            onChange={setTitle}
            isRequired
          />
          <TextField
            name="description"
            label={labels.description}
            description={t("draft.descriptionHelp")}
            multiline
            optional
            value={description}
            onChange={setDescription}
          />
          <Select<Area>
            name="area"
            label={labels.area}
            description={area ? t("draft.areaHelp") : t("draft.areaPick")}
            placeholder={t("draft.areaPlaceholder")}
            options={AREAS.map((id) => ({ id, label: label(AREA_LABELS[id]) }))}
            value={chosenArea}
            onChange={setChosenArea}
            isRequired
          />
          {measure ? (
            <>
              <TextField
                name="responsibleTitle"
                label={labels.responsibleTitle}
                description={t("draft.responsibleHelp")}
                value={responsibleTitle}
                onChange={setResponsibleTitle}
                isRequired
              />
              <DateField
                name="dueOn"
                label={labels.dueOn}
                description={
                  when.trim()
                    ? t("draft.dueOnFromGroup", { text: firstLine(when, 200) })
                    : t("draft.dueOnHelp")
                }
                value={dueOn}
                onChange={setDueOn}
                optional
              />
            </>
          ) : null}
          <div className="dialog__actions">
            <Button onPress={close}>{t("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {measure ? t("draft.createMeasure") : t("draft.createRisk")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}
