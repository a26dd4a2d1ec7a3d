import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../app/format.ts";
import { AnswerField } from "./AnswerField.tsx";
import { type AnswerStore, decode } from "./answerStore.ts";
import type { WorkbookItem, WorkbookPart } from "./types.ts";

/**
 * The time plan: a date for each milestone, none before the first (the decision), and the
 * dated ones in order as a timeline. The dates come in the calendar feed and get reminders.
 */
export function TimePlan({
  part,
  store,
  readOnly,
}: {
  part: WorkbookPart;
  store: AnswerStore;
  readOnly: boolean;
}) {
  const { t } = useTranslation("workbooks");
  const format = useFormat();
  const [decision] = part.milestones;
  const dates = useSyncExternalStore(store.subscribe, () =>
    part.milestones.map((m) => store.get(part.id, m.id).text).join("|"),
  ).split("|");
  const dated = part.milestones
    .map((m, i) => ({ ...m, date: decode(dates[i] ?? "") as string | undefined }))
    .filter((m): m is typeof m & { date: string } => typeof m.date === "string" && m.date !== "")
    .sort((a, b) => a.date.localeCompare(b.date));
  const decidedOn = dated.find((m) => m.id === decision?.id)?.date;

  return (
    <>
      <p>{t("timeplan.intro")}</p>
      <div className="workbook-items timeplan-fields">
        {part.milestones.map((milestone, i) => {
          const item: WorkbookItem = {
            id: milestone.id,
            type: "date",
            label: milestone.label,
            help:
              i === 0
                ? t("timeplan.decisionHelp")
                : decidedOn
                  ? t("timeplan.notBefore", { date: format.date(decidedOn) })
                  : null,
            required: false,
            columns: [],
            options: [],
            activities: false,
            prefill: null,
          };
          return (
            <AnswerField
              key={milestone.id}
              store={store}
              partId={part.id}
              item={item}
              readOnly={readOnly}
              noOptionalMark
            />
          );
        })}
      </div>
      <section className="section" aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">{t("timeplan.timelineHeading")}</h3>
        {dated.length === 0 ? (
          <p className="muted">{t("timeplan.noDates")}</p>
        ) : (
          <ol className="timeline">
            {dated.map((m) => (
              <li key={m.id} className="timeline__item">
                <span className="timeline__date">{format.date(m.date)}</span>
                <span className="timeline__label">{m.label}</span>
              </li>
            ))}
          </ol>
        )}
        <p className="muted">{t("timeplan.reminders")}</p>
      </section>
    </>
  );
}
