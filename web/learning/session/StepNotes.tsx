import { useTranslation } from "react-i18next";
import { REFLECTION_ITEM } from "../../../core/learning/adapt.ts";
import type { NoteStore } from "../../app/noteStore.ts";
import type { RoomStep, RoomView, SessionMode } from "../types.ts";
import { NoteField } from "./NoteField.tsx";

/**
 * How each question is called on screen: the room's own questions are numbered through the
 * room ("fråga 3" in the text of a later step means the room's third question), the
 * organisation's own questions apart from them.
 */
export function questionNumbers(room: RoomView): Map<string, { own: boolean; n: number }> {
  const numbers = new Map<string, { own: boolean; n: number }>();
  let shared = 0;
  let own = 0;
  for (const step of room.steps) {
    for (const q of step.questions) {
      numbers.set(`${step.id}/${q.id}`, { own: q.own, n: q.own ? ++own : ++shared });
    }
  }
  return numbers;
}

/** Where the group writes: per question, per task field, or one reflection. */
export function StepNotes({
  step,
  room,
  store,
  mode,
}: {
  step: RoomStep;
  room: RoomView;
  store: NoteStore;
  mode: SessionMode;
}) {
  const { t } = useTranslation("learningSession");
  const mine = mode === "individual";
  const notesLabel = mine ? t("notes.mine") : t("notes.label");

  if (step.type === "discussion" && step.questions.length > 0) {
    const numbers = questionNumbers(room);
    return (
      <section className="session-notes" aria-labelledby={`questions-${step.id}`}>
        <h3 id={`questions-${step.id}`} className="visually-hidden">
          {t("notes.questionsHeading")}
        </h3>
        <ol className="session-questions">
          {step.questions.map((q) => {
            const number = numbers.get(`${step.id}/${q.id}`) ?? { own: q.own, n: 0 };
            const name = number.own
              ? t("notes.ownQuestionName", { n: number.n })
              : t("notes.questionName", { n: number.n });
            return (
              <li key={q.id} className="session-question">
                <h4 className="session-question__heading">
                  {name}
                  <span className="session-question__minutes">
                    {t("step.minutes", { count: q.minutes })}
                  </span>
                </h4>
                <p className="session-question__text">{q.text}</p>
                <NoteField
                  store={store}
                  stepId={step.id}
                  itemId={q.id}
                  label={
                    <>
                      {notesLabel}
                      <span className="visually-hidden">
                        {" "}
                        {t("notes.forQuestion", { name: name.toLocaleLowerCase() })}
                      </span>
                    </>
                  }
                />
              </li>
            );
          })}
        </ol>
      </section>
    );
  }

  if (step.type === "task" && step.fields.length > 0) {
    return (
      <section className="session-notes" aria-labelledby={`task-${step.id}`}>
        <h3 id={`task-${step.id}`}>{mine ? t("notes.taskHeadingMine") : t("notes.taskHeading")}</h3>
        <p className="muted">{t(mine ? "notes.taskHelpMine" : "notes.taskHelp")}</p>
        <div className="session-task-fields">
          {step.fields.map((field) => (
            <NoteField
              key={field.id}
              store={store}
              stepId={step.id}
              itemId={field.id}
              label={field.label}
            />
          ))}
        </div>
      </section>
    );
  }

  if (step.type === "reflection") {
    return (
      <div className="session-notes">
        <NoteField
          store={store}
          stepId={step.id}
          itemId={REFLECTION_ITEM}
          label={notesLabel}
          description={mine ? t("notes.reflectionHelpMine") : t("notes.reflectionHelp")}
        />
      </div>
    );
  }
  return null;
}
