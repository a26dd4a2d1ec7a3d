import { useTranslation } from "react-i18next";
import { stateTone, useEventText } from "./labels.ts";
import type { EventState, TrainingEvent } from "./types.ts";

/** The event's state in words; the colour only repeats what the text says. */
export function StateBadge({ state }: { state: EventState }) {
  const text = useEventText();
  return (
    <span className={`badge events-badge events-badge--${stateTone(state.kind)}`}>
      {text.state(state)}
    </span>
  );
}

/** The event's days in words, one per line, or that no dates are set yet. */
export function EventDays({ details }: { details: TrainingEvent["details"] }) {
  const { t } = useTranslation("events");
  const days = useEventText().days(details);
  if (days.length === 0) return <span className="muted">{t("list.noDates")}</span>;
  return days.map((day) => (
    <span key={day} className="events-list__day">
      {day}
    </span>
  ));
}
