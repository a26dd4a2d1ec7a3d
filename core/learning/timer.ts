/**
 * The clock of one step in a session. It is kept on the server so a group that pauses,
 * reloads or continues another day finds the clock where they left it. While it runs, the
 * time since `savedAt` counts as used.
 */
export interface StepTimer {
  elapsedSeconds: number;
  running: boolean;
  extraMinutes: number;
  savedAt: string;
}

export const TIMER_ACTIONS = ["start", "pause", "extend", "reset"] as const;
export type TimerAction = (typeof TIMER_ACTIONS)[number];

/** How much "more time" adds, and the most a step can be extended. */
export const EXTEND_MINUTES = 2;
export const MAX_EXTRA_MINUTES = 30;

const IDLE: StepTimer = {
  elapsedSeconds: 0,
  running: false,
  extraMinutes: 0,
  savedAt: new Date(0).toISOString(),
};

/** The timer as it stands at `now`: time run since the last save is added to the elapsed. */
export function timerAt(timer: StepTimer | undefined, now: Date): StepTimer {
  const t = timer ?? IDLE;
  const ran = t.running ? Math.max(0, (now.getTime() - Date.parse(t.savedAt)) / 1000) : 0;
  return { ...t, elapsedSeconds: Math.round(t.elapsedSeconds + ran), savedAt: now.toISOString() };
}

export function applyTimerAction(
  timer: StepTimer | undefined,
  action: TimerAction,
  now: Date,
): StepTimer {
  const current = timerAt(timer, now);
  switch (action) {
    case "start":
      return { ...current, running: true };
    case "pause":
      return { ...current, running: false };
    case "extend":
      return {
        ...current,
        extraMinutes: Math.min(MAX_EXTRA_MINUTES, current.extraMinutes + EXTEND_MINUTES),
      };
    case "reset":
      return { ...IDLE, savedAt: now.toISOString() };
  }
}

/** Seconds left of the step's suggested time (negative when the group runs over). */
export const remainingSeconds = (stepMinutes: number, timer: StepTimer) =>
  (stepMinutes + timer.extraMinutes) * 60 - timer.elapsedSeconds;

/** A running clock pauses when the group moves on, so it never counts a step nobody is on. */
export function pauseAll(timers: Record<string, StepTimer>, now: Date): Record<string, StepTimer> {
  return Object.fromEntries(
    Object.entries(timers).map(([id, t]) => [
      id,
      t.running ? applyTimerAction(t, "pause", now) : t,
    ]),
  );
}
