import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MAX_EXTRA_MINUTES,
  remainingSeconds,
  type StepTimer as Timer,
  type TimerAction,
} from "../../../core/learning/timer.ts";
import { Button } from "../../ui/Button.tsx";
import type { RoomStep } from "../types.ts";
import { minutesAndSeconds } from "./useSession.ts";

const IDLE: Timer = { elapsedSeconds: 0, running: false, extraMinutes: 0, savedAt: "" };

/** The clock as it stands now: the server's reading plus the time since it was received. */
export function useTimerNow(timer: Timer | undefined, receivedAt: number) {
  const t = timer ?? IDLE;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!t.running) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [t.running]);
  const ran = t.running ? Math.max(0, (now - receivedAt) / 1000) : 0;
  return { ...t, elapsedSeconds: Math.floor(t.elapsedSeconds + ran) };
}

/**
 * The step's suggested time, counting down (and on, past zero, as time over). Screen readers
 * hear it when it starts, pauses, gets more time or is reset, at one minute left and when the
 * time is up — never every second.
 */
export function StepTimer({
  step,
  timer,
  receivedAt,
  pending,
  onAction,
}: {
  step: RoomStep;
  timer: Timer | undefined;
  receivedAt: number;
  pending: TimerAction | null;
  /** The step's clock as the server has it after the action, or null when it failed. */
  onAction: (action: TimerAction) => Promise<Timer | null>;
}) {
  const { t } = useTranslation("learningSession");
  const current = useTimerNow(timer, receivedAt);
  const remaining = remainingSeconds(step.minutes, current);
  const over = remaining < 0;
  const [announcement, setAnnouncement] = useState("");

  // The thresholds are announced once each while the clock runs on this step.
  const previous = useRef<{ step: string; remaining: number } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = { step: step.id, remaining };
    if (!before || before.step !== step.id || !current.running) return;
    if (before.remaining > 0 && remaining <= 0) setAnnouncement(t("timer.announce.up"));
    else if (before.remaining > 60 && remaining <= 60)
      setAnnouncement(t("timer.announce.oneMinute"));
  }, [remaining, step.id, current.running, t]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step starts with nothing said
  useEffect(() => setAnnouncement(""), [step.id]);

  const act = async (action: TimerAction) => {
    const next = await onAction(action);
    if (!next) return;
    // Said from the server's answer, so it matches what the clock shows.
    const left = remainingSeconds(step.minutes, next);
    const time = minutesAndSeconds(left);
    setAnnouncement(
      t(`timer.announce.${action}`, {
        left:
          left < 0 ? t("timer.announce.overLeft", { time }) : t("timer.announce.left", { time }),
      }),
    );
  };

  const total = step.minutes + current.extraMinutes;
  const touched = current.elapsedSeconds > 0 || current.extraMinutes > 0;
  return (
    <section
      className="session-timer"
      aria-labelledby="session-timer-heading"
      data-over={over || undefined}
    >
      <h2 id="session-timer-heading" className="session-aside__heading">
        {t("timer.heading")}
      </h2>
      <div
        role="timer"
        aria-label={t("timer.name", { step: step.title })}
        className="session-timer__time"
      >
        {over ? (
          <>
            +{minutesAndSeconds(remaining)}{" "}
            <span className="session-timer__over">{t("timer.overLabel")}</span>
          </>
        ) : (
          minutesAndSeconds(remaining)
        )}
      </div>
      <p className="session-timer__meta">
        {current.running ? t("timer.running") : touched ? t("timer.paused") : t("timer.notStarted")}
        {" · "}
        {t("timer.of", { count: total })}
      </p>
      <div className="session-timer__buttons">
        {/* One button that changes, so focus stays on it. */}
        <Button
          variant="primary"
          onPress={() => void act(current.running ? "pause" : "start")}
          isPending={pending === "start" || pending === "pause"}
        >
          {current.running ? t("timer.pause") : t("timer.start")}
          <span className="visually-hidden"> {t("timer.buttonSuffix")}</span>
        </Button>
        <Button
          onPress={() => void act("extend")}
          isPending={pending === "extend"}
          isDisabled={current.extraMinutes >= MAX_EXTRA_MINUTES}
        >
          {t("timer.extend")}
        </Button>
        <Button variant="quiet" onPress={() => void act("reset")} isPending={pending === "reset"}>
          {t("timer.reset")}
          <span className="visually-hidden"> {t("timer.buttonSuffix")}</span>
        </Button>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
