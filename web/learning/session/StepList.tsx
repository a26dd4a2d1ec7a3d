import { useTranslation } from "react-i18next";
import type { RoomStep } from "../types.ts";
import { stepKind } from "./StepContent.tsx";

/** Every step of the room, to jump to one; the current step is marked. */
export function StepList({
  steps,
  current,
  onGo,
}: {
  steps: RoomStep[];
  current: number;
  onGo: (index: number) => void;
}) {
  const { t } = useTranslation("learningSession");
  return (
    <nav className="session-steps" aria-labelledby="session-steps-heading">
      <h2 id="session-steps-heading" className="session-aside__heading">
        {t("steps.label")}
      </h2>
      <ol>
        {steps.map((step, index) => (
          <li key={step.id}>
            <button
              type="button"
              className="session-steps__button"
              aria-current={index === current ? "step" : undefined}
              data-done={index < current || undefined}
              onClick={() => onGo(index)}
            >
              <span className="session-steps__number" aria-hidden="true">
                {index < current ? "✓" : index + 1}
              </span>
              <span className="session-steps__title">
                <span className="visually-hidden">
                  {t("steps.number", { n: index + 1, total: steps.length })}{" "}
                </span>
                {step.title}
                <span className="session-steps__type">
                  {t(`type.${stepKind(step)}`)} · {t("step.minutes", { count: step.minutes })}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
