import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, orgPath, query } from "../../app/api.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import { CheckboxGroup } from "../../ui/Checkbox.tsx";
import { ConfirmDialog, ModalDialog } from "../../ui/Dialog.tsx";
import { AppForm, anyError, SubmitRow, useFormSubmit } from "../../ui/Form.tsx";
import { Select } from "../../ui/Select.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { OwnQuestion, RoomView } from "../types.ts";

const MIN_MINUTES = 1;
const MAX_MINUTES = 30;

type Dialog = { kind: "edit"; question: OwnQuestion } | { kind: "delete"; question: OwnQuestion };

/**
 * For HR and admins: the organisation's own version of the room. Steps it skips and questions
 * of its own apply wherever the room is shown, run or printed; the shared text is untouched.
 */
export function Adjustments({
  room,
  setRoom,
  reload,
}: {
  room: RoomView;
  setRoom: (room: RoomView) => void;
  reload: () => void;
}) {
  const { t } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const questions = room.adjustments.ownQuestions;
  const stepTitle = (stepId: string) =>
    room.adjustments.discussionSteps.find((s) => s.id === stepId)?.title ?? stepId;

  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    reload();
  };

  return (
    <section className="section adjustments" aria-labelledby="adjustments-heading">
      <h2 id="adjustments-heading">{t("adjust.heading")}</h2>
      <p>{t("adjust.intro")}</p>

      <h3 id="hidden-steps-heading">{t("adjust.hiddenHeading")}</h3>
      <HiddenStepsForm room={room} setRoom={setRoom} reload={reload} />

      <h3 id="own-questions-heading">{t("own.heading")}</h3>
      <p>{t("own.intro")}</p>
      <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {questions.length === 0 ? (
        <p>{t("own.none")}</p>
      ) : (
        <ul className="own-questions" aria-labelledby="own-questions-heading">
          {questions.map((question) => {
            const textId = `own-question-${question.id}`;
            return (
              <li key={question.id} className="own-question">
                <p className="own-question__meta">
                  <span className="badge own-badge">{t("own.badge")}</span>{" "}
                  {t("own.where", { step: stepTitle(question.stepId), minutes: question.minutes })}
                </p>
                <p id={textId} className="own-question__text">
                  {question.text}
                </p>
                <div className="cluster">
                  <Button
                    size="small"
                    aria-describedby={textId}
                    onPress={() => {
                      setMessage(null);
                      setDialog({ kind: "edit", question });
                    }}
                  >
                    {t("own.edit")}
                  </Button>
                  <Button
                    size="small"
                    variant="quiet"
                    aria-describedby={textId}
                    onPress={() => {
                      setMessage(null);
                      setDialog({ kind: "delete", question });
                    }}
                  >
                    {t("own.delete")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {room.adjustments.discussionSteps.length > 0 ? (
        <AddQuestionForm
          room={room}
          onAdded={(step) => {
            setMessage(t("own.added", { step }));
            reload();
          }}
        />
      ) : (
        <p className="muted">{t("own.noDiscussion")}</p>
      )}

      {dialog?.kind === "edit" ? (
        <ModalDialog title={t("own.editTitle")} onClose={() => setDialog(null)}>
          {(close) => (
            <EditQuestionForm
              question={dialog.question}
              onCancel={close}
              onSaved={() => done(t("own.saved"))}
              onConflict={reload}
            />
          )}
        </ModalDialog>
      ) : null}
      {dialog?.kind === "delete" ? (
        <ConfirmDialog
          title={t("own.deleteTitle")}
          confirmLabel={t("own.delete")}
          action={() =>
            api(
              `${orgPath(organisation.id, "learning", "questions", dialog.question.id)}${query({
                version: dialog.question.version,
              })}`,
              { method: "DELETE" },
            )
          }
          onDone={() => done(t("own.deleted"))}
          onCancel={() => setDialog(null)}
        >
          <p>{t("own.deleteText")}</p>
          <blockquote className="own-question__quote">{dialog.question.text}</blockquote>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function HiddenStepsForm({
  room,
  setRoom,
  reload,
}: {
  room: RoomView;
  setRoom: (room: RoomView) => void;
  reload: () => void;
}) {
  const { t } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [hidden, setHidden] = useState(() => room.adjustments.hiddenSteps.map((s) => s.id));
  const [saved, setSaved] = useState<string | null>(null);
  // Every step of the shared room in its order, whether it is shown now or not.
  const options = room.adjustments.allSteps.map((s) => ({ id: s.id, label: s.title }));

  return (
    <AppForm
      form={form}
      labels={{ hiddenSteps: t("adjust.hiddenLabel") }}
      aria-labelledby="hidden-steps-heading"
      onSubmit={async () => {
        setSaved(null);
        try {
          const next = await api<RoomView>(
            orgPath(organisation.id, "learning", "rooms", room.id, "hidden-steps"),
            { method: "PUT", body: { hiddenSteps: hidden, version: room.adjustments.version } },
          );
          setRoom(next);
          setHidden(next.adjustments.hiddenSteps.map((s) => s.id));
          setSaved(
            next.adjustments.hiddenSteps.length === 0
              ? t("adjust.savedAll", { count: next.steps.length })
              : t("adjust.saved", { count: next.steps.length }),
          );
        } catch (error) {
          // Someone else changed the room meanwhile: load their version for the next try.
          if (error instanceof ApiError && error.status === 409) reload();
          throw error;
        }
      }}
    >
      <CheckboxGroup
        name="hiddenSteps"
        label={t("adjust.hiddenLabel")}
        description={t("adjust.hiddenHelp")}
        options={options}
        value={hidden}
        onChange={(value) => {
          setSaved(null);
          setHidden(value);
        }}
      />
      <SubmitRow label={t("adjust.hiddenSubmit")} pending={form.pending} saved={saved} />
    </AppForm>
  );
}

function minutesError(value: string, t: TFunction<"learning">) {
  const trimmed = value.trim();
  const minutes = Number(trimmed);
  if (!trimmed) return t("own.minutesRequired");
  if (!/^\d+$/.test(trimmed) || minutes < MIN_MINUTES || minutes > MAX_MINUTES)
    return t("own.minutesRange", { min: MIN_MINUTES, max: MAX_MINUTES });
  return undefined;
}

function AddQuestionForm({ room, onAdded }: { room: RoomView; onAdded: (step: string) => void }) {
  const { t } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const steps = room.adjustments.discussionSteps;
  const hiddenIds = new Set(room.adjustments.hiddenSteps.map((s) => s.id));
  const [stepId, setStepId] = useState(steps[0]?.id ?? "");
  const [text, setText] = useState("");
  const [minutes, setMinutes] = useState("3");
  const labels = {
    stepId: t("own.step"),
    text: t("own.text"),
    minutes: t("own.minutes"),
  };

  return (
    <div className="own-add">
      <h4 id="own-add-heading">{t("own.addHeading")}</h4>
      <AppForm
        form={form}
        labels={labels}
        aria-labelledby="own-add-heading"
        onSubmit={async () => {
          const errors = {
            stepId: !stepId && t("own.stepRequired"),
            text: !text.trim() && t("own.textRequired"),
            minutes: minutesError(minutes, t),
          };
          if (anyError(errors)) return errors;
          await api(orgPath(organisation.id, "learning", "rooms", room.id, "questions"), {
            method: "POST",
            body: { stepId, text: text.trim(), minutes: Number(minutes.trim()) },
          });
          setText("");
          setMinutes("3");
          onAdded(steps.find((s) => s.id === stepId)?.title ?? "");
        }}
      >
        <Select
          name="stepId"
          label={labels.stepId}
          options={steps.map((s) => ({
            id: s.id,
            label: hiddenIds.has(s.id) ? t("own.stepHidden", { title: s.title }) : s.title,
          }))}
          value={stepId || null}
          onChange={setStepId}
          isRequired
        />
        <QuestionFields
          labels={labels}
          textHelp={t("own.textHelp")}
          text={[text, setText]}
          minutes={[minutes, setMinutes]}
        />
        <SubmitRow label={t("own.add")} pending={form.pending} saved={null} />
      </AppForm>
    </div>
  );
}

/** The question and its minutes: the same two fields when adding and when editing. */
function QuestionFields({
  labels,
  textHelp,
  text: [text, setText],
  minutes: [minutes, setMinutes],
}: {
  labels: { text: string; minutes: string };
  textHelp?: string;
  text: [string, (value: string) => void];
  minutes: [string, (value: string) => void];
}) {
  const { t } = useTranslation("learning");
  return (
    <>
      <TextField
        name="text"
        label={labels.text}
        description={textHelp}
        multiline
        isRequired
        value={text}
        onChange={setText}
      />
      <TextField
        name="minutes"
        label={labels.minutes}
        description={t("own.minutesHelp", { min: MIN_MINUTES, max: MAX_MINUTES })}
        inputMode="numeric"
        narrow
        isRequired
        value={minutes}
        onChange={setMinutes}
      />
    </>
  );
}

function EditQuestionForm({
  question,
  onCancel,
  onSaved,
  onConflict,
}: {
  question: OwnQuestion;
  onCancel: () => void;
  onSaved: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [text, setText] = useState(question.text);
  const [minutes, setMinutes] = useState(String(question.minutes));
  const labels = { text: t("own.text"), minutes: t("own.minutes") };

  return (
    <AppForm
      form={form}
      labels={labels}
      onSubmit={async () => {
        const errors = {
          text: !text.trim() && t("own.textRequired"),
          minutes: minutesError(minutes, t),
        };
        if (anyError(errors)) return errors;
        try {
          await api(orgPath(organisation.id, "learning", "questions", question.id), {
            method: "PATCH",
            body: { text: text.trim(), minutes: Number(minutes.trim()), version: question.version },
          });
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) onConflict();
          throw error;
        }
        onSaved();
      }}
    >
      <QuestionFields labels={labels} text={[text, setText]} minutes={[minutes, setMinutes]} />
      <div className="dialog__actions">
        <Button onPress={onCancel}>{t("own.cancel")}</Button>
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t("own.save")}
        </Button>
      </div>
    </AppForm>
  );
}
