import { type ReactNode, useContext, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ApiError, api, orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { Checkbox } from "../ui/Checkbox.tsx";
import { DateField } from "../ui/DateField.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { FieldErrorsContext } from "../ui/formContext.ts";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { RadioGroup } from "../ui/RadioGroup.tsx";
import { Select } from "../ui/Select.tsx";
import { TextField } from "../ui/TextField.tsx";
import {
  type DayDraft,
  draftOf,
  type EventFormDraft,
  emptyDay,
  emptyItem,
  emptyQuestion,
  fieldNameOf,
  type ItemDraft,
  inputOf,
  type QuestionDraft,
  type QuestionKind,
} from "./draft.ts";
import type { TrainingEvent } from "./types.ts";
import "./events.css";

/** "Ny utbildning": the editor for a new event, saved as a draft. */
export function NewEvent() {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  useDocumentTitle(t("editor.newTitle"), organisation.name);
  return (
    <>
      <p className="events-back">
        <TextLink href={`/o/${organisation.id}/utbildningar`}>{t("editor.backToList")}</TextLink>
      </p>
      <PageHeading intro={t("editor.newIntro")}>
        <span id="event-editor-heading">{t("editor.newTitle")}</span>
      </PageHeading>
      <EventForm event={null} />
    </>
  );
}

/** "Redigera": the editor for a saved event. */
export function EditEvent() {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const { eventId = "" } = useParams();
  const event = useResource<TrainingEvent>(orgPath(organisation.id, "events", eventId));
  useDocumentTitle(
    event.data ? t("editor.editTitle", { title: event.data.details.title }) : t("editor.edit"),
    organisation.name,
  );
  if (event.error) return <LoadError error={event.error} onRetry={event.reload} />;
  if (!event.data) return <Loading label={t("event.loading")} />;
  return (
    <>
      <p className="events-back">
        <TextLink href={`/o/${organisation.id}/utbildningar/${eventId}`}>
          {t("editor.backToEvent", { title: event.data.details.title })}
        </TextLink>
      </p>
      <PageHeading
        intro={event.data.status === "draft" ? t("editor.editIntroDraft") : t("editor.editIntro")}
      >
        <span id="event-editor-heading">
          {t("editor.editTitle", { title: event.data.details.title })}
        </span>
      </PageHeading>
      <EventForm key={event.data.version} event={event.data} onReload={event.setData} />
    </>
  );
}

/** The problems the server named by path go to the editor's fields, the nearest that exists. */
function toEditorError(error: ApiError, form: HTMLFormElement | null): ApiError {
  const has = (name: string) => !!form?.querySelector(`[data-field="${CSS.escape(name)}"]`);
  const errors = error.errors.map((item) => {
    const parts = fieldNameOf(item.path).split("-");
    for (let n = parts.length; n > 0; n--) {
      const name = parts.slice(0, n).join("-");
      if (has(name)) return { path: name, message: item.message };
    }
    return { path: "", message: item.message };
  });
  return new ApiError(error.status, {
    status: error.status,
    type: error.type,
    title: error.title,
    detail: error.detail,
    errors,
  });
}

/** Moves focus to the first input of a field (after React has rendered it). */
function focusSoon(name: string) {
  setTimeout(() => {
    document
      .querySelector<HTMLElement>(
        `[data-field="${CSS.escape(name)}"] input, [data-field="${CSS.escape(name)}"] textarea, [data-field="${CSS.escape(name)}"] [role=spinbutton], [data-field="${CSS.escape(name)}"] button`,
      )
      ?.focus();
  }, 0);
}

function focusId(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

function EventForm({
  event,
  onReload,
}: {
  event: TrainingEvent | null;
  onReload?: (event: TrainingEvent) => void;
}) {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const form = useFormSubmit();
  const [draft, setDraft] = useState<EventFormDraft>(() =>
    draftOf(event?.details ?? null, t("editor.defaultConsent")),
  );
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const set = <K extends keyof EventFormDraft>(key: K, value: EventFormDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const setDay = (index: number, change: (day: DayDraft) => DayDraft) =>
    setDraft((current) => ({
      ...current,
      days: current.days.map((day, i) => (i === index ? change(day) : day)),
    }));
  const setQuestion = (index: number, change: Partial<QuestionDraft>) =>
    setDraft((current) => ({
      ...current,
      questions: current.questions.map((q, i) => (i === index ? { ...q, ...change } : q)),
    }));

  const labels: Record<string, string> = {
    title: t("field.title"),
    description: t("field.description"),
    audience: t("field.audience"),
    days: t("editor.days"),
    place: t("field.place"),
    placeLater: t("field.placeLater"),
    onlineUrl: t("field.onlineUrl"),
    cost: t("field.cost"),
    "cost-kronor": t("field.kronor"),
    capacity: t("field.capacity"),
    registrationOpens: t("field.registrationOpens"),
    opensTime: t("field.registrationOpensTime"),
    registrationCloses: t("field.registrationCloses"),
    closesTime: t("field.registrationClosesTime"),
    preReading: t("field.preReading"),
    homework: t("field.homework"),
    contact: t("editor.contact"),
    "contact-name": t("field.contactName"),
    "contact-email": t("field.contactEmail"),
    "contact-phone": t("field.contactPhone"),
    questions: t("editor.questions"),
    consentText: t("field.consentText"),
    anonymiseAfterMonths: t("field.anonymiseAfterMonths"),
    reminderDaysBefore: t("field.reminderDaysBefore"),
  };
  draft.days.forEach((day, i) => {
    const d = (what: string) => t("editor.dayField", { n: i + 1, field: what });
    labels[`days-${i}`] = t("editor.dayHeading", { n: i + 1 });
    labels[`days-${i}-date`] = d(t("field.date"));
    labels[`days-${i}-start`] = d(t("field.start"));
    labels[`days-${i}-end`] = d(t("field.end"));
    day.programme.forEach((_, j) => {
      const p = (what: string) => t("editor.itemField", { n: i + 1, m: j + 1, field: what });
      labels[`days-${i}-programme-${j}`] = p(t("editor.item"));
      labels[`days-${i}-programme-${j}-start`] = p(t("field.start"));
      labels[`days-${i}-programme-${j}-end`] = p(t("field.end"));
      labels[`days-${i}-programme-${j}-title`] = p(t("field.itemTitle"));
      labels[`days-${i}-programme-${j}-speaker`] = p(t("field.speaker"));
    });
  });
  draft.questions.forEach((_, k) => {
    const q = (what: string) => t("editor.questionField", { n: k + 1, field: what });
    labels[`questions-${k}`] = t("editor.questionHeading", { n: k + 1 });
    labels[`questions-${k}-label`] = q(t("field.questionLabel"));
    labels[`questions-${k}-options`] = q(t("field.questionOptions"));
  });

  const submit = async () => {
    const { input, errors } = inputOf(draft, {
      time: t("validation.time"),
      number: t("validation.number"),
      dateMissing: t("validation.dateMissing"),
      timeMissing: t("validation.timeMissing"),
    });
    if (!draft.title.trim()) errors.title = t("validation.titleRequired");
    if (Object.keys(errors).length > 0) return errors;
    try {
      const saved = event
        ? await api<TrainingEvent>(orgPath(organisation.id, "events", event.id), {
            method: "PUT",
            body: { version: event.version, details: input },
          })
        : await api<TrainingEvent>(orgPath(organisation.id, "events"), {
            method: "POST",
            body: { details: input },
          });
      setConflict(false);
      navigate(`/o/${organisation.id}/utbildningar/${saved.id}`, {
        state: { saved: event ? "updated" : "created" },
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && event) {
        setConflict(true);
        return;
      }
      if (error instanceof ApiError && error.errors.length > 0) {
        throw toEditorError(error, form.formRef.current);
      }
      throw error;
    }
  };

  const reload = async () => {
    if (!event || !onReload) return;
    setReloading(true);
    try {
      const latest = await api<TrainingEvent>(orgPath(organisation.id, "events", event.id));
      // A new version remounts the form (key) with the latest saved event.
      onReload(latest);
    } finally {
      setReloading(false);
    }
  };

  const addDay = () => {
    const day = emptyDay();
    setDraft((current) => ({ ...current, days: [...current.days, day] }));
    focusSoon(`days-${draft.days.length}-date`);
  };
  const removeDay = (index: number) => {
    setDraft((current) => ({ ...current, days: current.days.filter((_, i) => i !== index) }));
    focusId("event-add-day");
  };
  const addItem = (dayIndex: number) => {
    const day = draft.days[dayIndex]!;
    const last = day.programme[day.programme.length - 1];
    const item = emptyItem(last?.end ?? day.start, "");
    setDay(dayIndex, (d) => ({ ...d, programme: [...d.programme, item] }));
    focusSoon(`days-${dayIndex}-programme-${day.programme.length}-start`);
  };
  const removeItem = (dayIndex: number, itemIndex: number) => {
    setDay(dayIndex, (d) => ({ ...d, programme: d.programme.filter((_, j) => j !== itemIndex) }));
    focusId(`event-add-item-${draft.days[dayIndex]!.key}`);
  };
  const moveItem = (dayIndex: number, itemIndex: number, by: -1 | 1) => {
    const day = draft.days[dayIndex]!;
    const target = itemIndex + by;
    if (target < 0 || target >= day.programme.length) return;
    const item = day.programme[itemIndex]!;
    setDay(dayIndex, (d) => {
      const programme = [...d.programme];
      programme.splice(itemIndex, 1);
      programme.splice(target, 0, item);
      return { ...d, programme };
    });
    // Keep focus on the moved item: on the same button, or the other one at the list's end.
    const atEnd = target === 0 || target === day.programme.length - 1;
    const direction = atEnd ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down";
    focusId(`move-${direction}-${item.key}`);
  };

  return (
    <AppForm
      form={form}
      onSubmit={submit}
      labels={labels}
      aria-labelledby="event-editor-heading"
      className="events-form"
    >
      {conflict ? (
        <Alert tone="warning" title={t("editor.conflictTitle")} live="alert">
          <p>{t("editor.conflict")}</p>
          <Button onPress={() => void reload()} isPending={reloading}>
            {t("editor.conflictReload")}
          </Button>
        </Alert>
      ) : null}

      <fieldset className="fieldset events-fieldset">
        <legend className="events-legend">{t("editor.about")}</legend>
        <TextField
          name="title"
          label={labels.title}
          value={draft.title}
          onChange={(v) => set("title", v)}
          isRequired
        />
        <TextField
          name="description"
          label={labels.description}
          description={t("field.descriptionHelp")}
          multiline
          optional
          value={draft.description}
          onChange={(v) => set("description", v)}
        />
        <TextField
          name="audience"
          label={labels.audience}
          description={t("field.audienceHelp")}
          multiline
          optional
          value={draft.audience}
          onChange={(v) => set("audience", v)}
        />
      </fieldset>

      <fieldset className="fieldset events-fieldset" data-field="days">
        <legend className="events-legend">{t("editor.days")}</legend>
        <p className="muted events-help">{t("editor.daysHelp")}</p>
        <GroupError name="days" />
        {draft.days.map((day, i) => (
          <DayFields
            key={day.key}
            day={day}
            index={i}
            canRemove={draft.days.length > 1}
            onChange={(change) => setDay(i, change)}
            onRemove={() => removeDay(i)}
            onAddItem={() => addItem(i)}
            onRemoveItem={(j) => removeItem(i, j)}
            onMoveItem={(j, by) => moveItem(i, j, by)}
          />
        ))}
        <div>
          <Button id="event-add-day" onPress={addDay}>
            {t("editor.addDay")}
          </Button>
        </div>
      </fieldset>

      <fieldset className="fieldset events-fieldset">
        <legend className="events-legend">{t("editor.where")}</legend>
        <TextField
          name="place"
          label={labels.place}
          description={t("field.placeHelp")}
          optional
          value={draft.place}
          onChange={(v) => set("place", v)}
        />
        <div data-field="placeLater">
          <Checkbox
            isSelected={draft.placeLater}
            onChange={(v) => set("placeLater", v)}
            aria-describedby="event-place-later-help"
          >
            {labels.placeLater}
          </Checkbox>
          <p className="field__description events-checkbox-help" id="event-place-later-help">
            {t("field.placeLaterHelp")}
          </p>
        </div>
        <TextField
          name="onlineUrl"
          label={labels.onlineUrl}
          description={t("field.onlineUrlHelp")}
          type="url"
          inputMode="url"
          optional
          value={draft.onlineUrl}
          onChange={(v) => set("onlineUrl", v)}
        />
      </fieldset>

      <fieldset className="fieldset events-fieldset">
        <legend className="events-legend">{t("editor.seatsAndCost")}</legend>
        <TextField
          name="capacity"
          label={labels.capacity}
          description={t("field.capacityHelp")}
          inputMode="numeric"
          narrow
          value={draft.capacity}
          onChange={(v) => set("capacity", v)}
        />
        <RadioGroup<"free" | "amount">
          name="cost"
          label={labels.cost}
          options={[
            { id: "free", label: t("field.costFree") },
            { id: "amount", label: t("field.costAmount") },
          ]}
          value={draft.costKind}
          onChange={(v) => set("costKind", v)}
        />
        {draft.costKind === "amount" ? (
          <TextField
            name="cost-kronor"
            label={labels["cost-kronor"]}
            description={t("field.kronorHelp")}
            inputMode="numeric"
            narrow
            value={draft.kronor}
            onChange={(v) => set("kronor", v)}
          />
        ) : null}
      </fieldset>

      <fieldset className="fieldset events-fieldset">
        <legend className="events-legend">{t("editor.registration")}</legend>
        <p className="muted events-help">{t("editor.registrationHelp")}</p>
        <div className="events-datetime">
          <DateField
            name="registrationOpens"
            label={labels.registrationOpens}
            description={t("field.registrationOpensHelp")}
            optional
            value={draft.opensDate}
            onChange={(v) => set("opensDate", v)}
          />
          <TextField
            name="opensTime"
            label={labels.opensTime}
            description={t("field.timeHelp")}
            narrow
            optional
            value={draft.opensTime}
            onChange={(v) => set("opensTime", v)}
          />
        </div>
        <div className="events-datetime">
          <DateField
            name="registrationCloses"
            label={labels.registrationCloses}
            description={t("field.registrationClosesHelp")}
            value={draft.closesDate}
            onChange={(v) => set("closesDate", v)}
          />
          <TextField
            name="closesTime"
            label={labels.closesTime}
            description={t("field.timeHelp")}
            narrow
            value={draft.closesTime}
            onChange={(v) => set("closesTime", v)}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset events-fieldset">
        <legend className="events-legend">{t("editor.preparation")}</legend>
        <TextField
          name="preReading"
          label={labels.preReading}
          description={t("field.preReadingHelp")}
          multiline
          optional
          value={draft.preReading}
          onChange={(v) => set("preReading", v)}
        />
        <TextField
          name="homework"
          label={labels.homework}
          description={t("field.homeworkHelp")}
          multiline
          optional
          value={draft.homework}
          onChange={(v) => set("homework", v)}
        />
      </fieldset>

      <fieldset className="fieldset events-fieldset" data-field="contact">
        <legend className="events-legend">{t("editor.contact")}</legend>
        <p className="muted events-help">{t("editor.contactHelp")}</p>
        <GroupError name="contact" />
        <TextField
          name="contact-name"
          label={labels["contact-name"]}
          autoComplete="name"
          value={draft.contactName}
          onChange={(v) => set("contactName", v)}
        />
        <TextField
          name="contact-email"
          label={labels["contact-email"]}
          type="email"
          inputMode="email"
          autoComplete="email"
          value={draft.contactEmail}
          onChange={(v) => set("contactEmail", v)}
        />
        <TextField
          name="contact-phone"
          label={labels["contact-phone"]}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          optional
          value={draft.contactPhone}
          onChange={(v) => set("contactPhone", v)}
        />
      </fieldset>

      <fieldset className="fieldset events-fieldset" data-field="questions">
        <legend className="events-legend">{t("editor.questions")}</legend>
        <p className="muted events-help">{t("editor.questionsHelp")}</p>
        <GroupError name="questions" />
        {draft.questions.map((question, k) => (
          <QuestionFields
            key={question.key}
            question={question}
            index={k}
            onChange={(change) => setQuestion(k, change)}
            onRemove={() => {
              set(
                "questions",
                draft.questions.filter((_, i) => i !== k),
              );
              focusId("event-add-question");
            }}
          />
        ))}
        <div>
          <Button
            id="event-add-question"
            onPress={() => {
              set("questions", [...draft.questions, emptyQuestion()]);
              focusSoon(`questions-${draft.questions.length}-label`);
            }}
          >
            {t("editor.addQuestion")}
          </Button>
        </div>
      </fieldset>

      <fieldset className="fieldset events-fieldset">
        <legend className="events-legend">{t("editor.personalData")}</legend>
        <TextField
          name="consentText"
          label={labels.consentText}
          description={t("field.consentTextHelp")}
          multiline
          value={draft.consentText}
          onChange={(v) => set("consentText", v)}
        />
        <TextField
          name="anonymiseAfterMonths"
          label={labels.anonymiseAfterMonths}
          description={t("field.anonymiseAfterMonthsHelp")}
          inputMode="numeric"
          narrow
          value={draft.anonymiseAfterMonths}
          onChange={(v) => set("anonymiseAfterMonths", v)}
        />
        <TextField
          name="reminderDaysBefore"
          label={labels.reminderDaysBefore}
          description={t("field.reminderDaysBeforeHelp")}
          inputMode="numeric"
          narrow
          value={draft.reminderDaysBefore}
          onChange={(v) => set("reminderDaysBefore", v)}
        />
      </fieldset>

      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {event && event.status !== "draft" ? t("editor.saveChanges") : t("editor.saveDraft")}
        </Button>
        <TextLink
          href={
            event
              ? `/o/${organisation.id}/utbildningar/${event.id}`
              : `/o/${organisation.id}/utbildningar`
          }
        >
          {t("editor.cancel")}
        </TextLink>
      </div>
      {event && event.status !== "draft" ? (
        <p className="muted events-help">{t("editor.publishedNote")}</p>
      ) : null}
    </AppForm>
  );
}

/** A message the server gave for a whole group (days, contact, questions), shown at it. */
function GroupError({ name }: { name: string }) {
  const errors = useContext(FieldErrorsContext);
  const message = errors[name];
  return message ? <p className="field__error events-group-error">{message}</p> : null;
}

function DayFields({
  day,
  index,
  canRemove,
  onChange,
  onRemove,
  onAddItem,
  onRemoveItem,
  onMoveItem,
}: {
  day: DayDraft;
  index: number;
  canRemove: boolean;
  onChange: (change: (day: DayDraft) => DayDraft) => void;
  onRemove: () => void;
  onAddItem: () => void;
  onRemoveItem: (itemIndex: number) => void;
  onMoveItem: (itemIndex: number, by: -1 | 1) => void;
}) {
  const { t } = useTranslation("events");
  const n = index + 1;
  const name = `days-${index}`;
  const setItem = (j: number, change: Partial<ItemDraft>) =>
    onChange((d) => ({
      ...d,
      programme: d.programme.map((item, k) => (k === j ? { ...item, ...change } : item)),
    }));
  const headingId = `day-heading-${day.key}`;
  return (
    <section className="card events-day" aria-labelledby={headingId} data-field={name}>
      <h3 className="events-day__heading" id={headingId}>
        {t("editor.dayHeading", { n })}
      </h3>
      <GroupError name={name} />
      <div className="events-row">
        <DateField
          name={`${name}-date`}
          label={t("field.date")}
          value={day.date}
          onChange={(date) => onChange((d) => ({ ...d, date }))}
          isRequired
        />
        <TextField
          name={`${name}-start`}
          label={t("field.start")}
          description={t("field.timeHelp")}
          narrow
          value={day.start}
          onChange={(start) => onChange((d) => ({ ...d, start }))}
        />
        <TextField
          name={`${name}-end`}
          label={t("field.end")}
          description={t("field.timeHelp")}
          narrow
          value={day.end}
          onChange={(end) => onChange((d) => ({ ...d, end }))}
        />
      </div>

      <h4 className="events-programme__heading">{t("editor.programmeHeading", { n })}</h4>
      {day.programme.length === 0 ? (
        <p className="muted">{t("editor.noProgramme")}</p>
      ) : (
        <ol className="events-programme">
          {day.programme.map((item, j) => (
            <ItemFields
              key={item.key}
              item={item}
              name={`${name}-programme-${j}`}
              label={t("editor.itemHeading", { n, m: j + 1 })}
              first={j === 0}
              last={j === day.programme.length - 1}
              onChange={(change) => setItem(j, change)}
              onRemove={() => onRemoveItem(j)}
              onMove={(by) => onMoveItem(j, by)}
            />
          ))}
        </ol>
      )}
      <div className="cluster">
        <Button id={`event-add-item-${day.key}`} onPress={onAddItem}>
          {t("editor.addItem", { n })}
        </Button>
        {canRemove ? (
          <Button variant="quiet" onPress={onRemove}>
            {t("editor.removeDay", { n })}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

function ItemFields({
  item,
  name,
  label,
  first,
  last,
  onChange,
  onRemove,
  onMove,
}: {
  item: ItemDraft;
  name: string;
  label: string;
  first: boolean;
  last: boolean;
  onChange: (change: Partial<ItemDraft>) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}) {
  const { t } = useTranslation("events");
  const groupId = `item-${item.key}`;
  return (
    <li className="events-item" data-field={name}>
      <fieldset className="fieldset" aria-labelledby={groupId}>
        <p className="events-item__heading" id={groupId}>
          {label}
        </p>
        <GroupError name={name} />
        <div className="events-row">
          <TextField
            name={`${name}-start`}
            label={t("field.start")}
            description={t("field.timeHelp")}
            narrow
            value={item.start}
            onChange={(start) => onChange({ start })}
          />
          <TextField
            name={`${name}-end`}
            label={t("field.end")}
            description={t("field.timeHelp")}
            narrow
            value={item.end}
            onChange={(end) => onChange({ end })}
          />
        </div>
        <TextField
          name={`${name}-title`}
          label={t("field.itemTitle")}
          value={item.title}
          onChange={(title) => onChange({ title })}
          isRequired
        />
        <TextField
          name={`${name}-speaker`}
          label={t("field.speaker")}
          optional
          value={item.speaker}
          onChange={(speaker) => onChange({ speaker })}
        />
        <Checkbox isSelected={item.isBreak} onChange={(isBreak) => onChange({ isBreak })}>
          {t("field.isBreak")}
        </Checkbox>
        <ItemActions
          itemKey={item.key}
          label={label}
          first={first}
          last={last}
          onMove={onMove}
          onRemove={onRemove}
        />
      </fieldset>
    </li>
  );
}

function ItemActions({
  itemKey,
  label,
  first,
  last,
  onMove,
  onRemove,
}: {
  itemKey: string;
  label: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}): ReactNode {
  const { t } = useTranslation("events");
  return (
    <div className="cluster">
      <Button
        id={`move-up-${itemKey}`}
        size="small"
        isDisabled={first}
        aria-label={t("editor.moveUpLabel", { item: label })}
        onPress={() => onMove(-1)}
      >
        {t("editor.moveUp")}
      </Button>
      <Button
        id={`move-down-${itemKey}`}
        size="small"
        isDisabled={last}
        aria-label={t("editor.moveDownLabel", { item: label })}
        onPress={() => onMove(1)}
      >
        {t("editor.moveDown")}
      </Button>
      <Button
        size="small"
        variant="quiet"
        aria-label={t("editor.removeItemLabel", { item: label })}
        onPress={onRemove}
      >
        {t("editor.removeItem")}
      </Button>
    </div>
  );
}

function QuestionFields({
  question,
  index,
  onChange,
  onRemove,
}: {
  question: QuestionDraft;
  index: number;
  onChange: (change: Partial<QuestionDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation("events");
  const name = `questions-${index}`;
  const headingId = `question-heading-${question.key}`;
  const heading = t("editor.questionHeading", { n: index + 1 });
  return (
    <section className="card events-question" aria-labelledby={headingId} data-field={name}>
      <h3 className="events-day__heading" id={headingId}>
        {heading}
      </h3>
      <GroupError name={name} />
      <TextField
        name={`${name}-label`}
        label={t("field.questionLabel")}
        value={question.label}
        onChange={(label) => onChange({ label })}
        isRequired
      />
      <Select<QuestionKind>
        name={`${name}-kind`}
        label={t("field.questionKind")}
        options={[
          { id: "text", label: t("questionKind.text") },
          { id: "choice", label: t("questionKind.choice") },
          { id: "yesNo", label: t("questionKind.yesNo") },
        ]}
        value={question.kind}
        onChange={(kind) => onChange({ kind })}
      />
      {question.kind === "choice" ? (
        <TextField
          name={`${name}-options`}
          label={t("field.questionOptions")}
          description={t("field.questionOptionsHelp")}
          multiline
          value={question.options}
          onChange={(options) => onChange({ options })}
        />
      ) : null}
      <Checkbox isSelected={question.required} onChange={(required) => onChange({ required })}>
        {t("field.questionRequired")}
      </Checkbox>
      <div>
        <Button size="small" variant="quiet" onPress={onRemove}>
          {t("editor.removeQuestion", { n: index + 1 })}
        </Button>
      </div>
    </section>
  );
}
