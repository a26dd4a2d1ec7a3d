import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { MEASURE_STATUS_LABELS } from "../../../core/cycle/labels.ts";
import type { Schedule } from "../../../core/cycle/schedule.ts";
import { describeSchedule } from "../../../core/cycle/schedule-text.ts";
import { overdueItems } from "../../../core/cycle/year-wheel.ts";
import { formatAmount, formatDate } from "../../../core/platform/format.ts";
import { ApiError } from "../../app/api.ts";
import { useErrorMessage } from "../../app/resource.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import { useLabel } from "../labels.ts";
import type { Measure, MeasureStatus } from "../types.ts";

/** The UI language as the cycle's shared texts name it. */
export function useLocale(): "sv" | "en" {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "sv";
}

/** Calendar dates ("15 mars 2026"), amounts ("12 000 kr") and schedules in the UI language. */
export function usePlanFormat() {
  const locale = useLocale();
  return {
    locale,
    day: useCallback((iso: string) => formatDate(iso, locale), [locale]),
    amount: useCallback((kronor: number) => formatAmount(kronor, locale), [locale]),
    schedule: useCallback(
      (schedule: Schedule, startOn?: string | null) =>
        describeSchedule(schedule, locale, { startOn }),
      [locale],
    ),
  };
}

/**
 * A paragraph of chapter 3 of the Discrimination Act as core/cycle names it ("5 § 1", "6 §",
 * "8–10 §§"): "3 kap. 5 § 1" in Swedish, "ch. 3 s. 5(1)" in English.
 */
export function lawReference(section: string, locale: "sv" | "en"): string {
  if (locale === "sv") return `3 kap. ${section}`;
  const match = /^([\d–]+) §§?(?: (\d+))?$/.exec(section);
  if (!match) return `ch. 3 ${section}`;
  const [, paragraphs = "", point] = match;
  return `ch. 3 ${paragraphs.includes("–") ? "ss." : "s."} ${paragraphs}${point ? `(${point})` : ""}`;
}

/** Today's date in Sweden, where the organisations work, as an ISO date. */
export function todayInSweden(): string {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
}

/** Whether a measure is late on its due date and whether its follow-up is late, today. */
export function measureLateness(measure: Measure, today: string) {
  const items = overdueItems(
    [
      {
        id: measure.id,
        title: measure.title,
        area: measure.area,
        status: measure.status,
        schedule: measure.schedule,
        followUpOn: measure.followUpOn,
        evaluated: measure.evaluation !== null,
      },
    ],
    measure.year,
    today,
  );
  return {
    due: items.some((item) => item.kind === "due"),
    followUp: items.some((item) => item.kind === "follow_up"),
  };
}

const STATUS_TONE: Record<MeasureStatus, string> = {
  planned: "neutral",
  in_progress: "info",
  done: "success",
  postponed: "warning",
  cancelled: "neutral",
};

/** A measure's status as a text badge (the colour only repeats what the text says). */
export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  const label = useLabel();
  return (
    <span className={`badge plan-badge--${STATUS_TONE[status]}`}>
      {label(MEASURE_STATUS_LABELS[status])}
    </span>
  );
}

/** "Charlie Chef, förskolechef", or just one of them; null when nobody is named. */
export function responsibleText(
  measure: Pick<Measure, "responsibleName" | "responsibleTitle">,
): string | null {
  const parts = [measure.responsibleName, measure.responsibleTitle?.trim()].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges the newest saved version into a form after a conflict. A field the user had not
 * touched takes the saved value; a field the user changed keeps what they wrote. Returns the
 * merged draft and the labels of the fields taken over and of those both people changed.
 */
export function mergeLatest<D extends object>(
  current: D,
  original: D,
  latest: D,
  labels: Partial<Record<keyof D, string>>,
): { draft: D; updated: string[]; clashed: string[] } {
  const draft = { ...current };
  const updated = new Set<string>();
  const clashed = new Set<string>();
  for (const key of Object.keys(latest) as (keyof D)[]) {
    if (same(latest[key], original[key])) continue;
    const label = labels[key] ?? String(key);
    if (same(current[key], original[key])) {
      draft[key] = latest[key];
      updated.add(label);
    } else if (!same(current[key], latest[key])) {
      clashed.add(label);
    }
  }
  return { draft, updated: [...updated], clashed: [...clashed] };
}

type ConflictState =
  | { kind: "conflict"; message: string }
  | { kind: "reloaded"; updated: string[]; clashed: string[] }
  | { kind: "gone" }
  | { kind: "failed"; message: string };

/**
 * Someone else saved the record while the user was editing it (409). The form stays open with
 * what the user typed; "Ladda om" fetches the newest version, merges it into the form (see
 * mergeLatest), says what happened and lets the next save build on it.
 */
export function useConflict<T>(options: {
  /** The newest version, or null when it has been removed. */
  load: () => Promise<T | null>;
  /** Builds the form on the newest version; returns what mergeLatest found. */
  apply: (latest: T) => { updated: string[]; clashed: string[] };
}) {
  const errorMessage = useErrorMessage();
  const [state, setState] = useState<ConflictState | null>(null);
  const [pending, setPending] = useState(false);
  const { load, apply } = options;

  /** Takes care of a failed save if it was a conflict (then true). */
  const handle = useCallback(
    (error: unknown): boolean => {
      if (!(error instanceof ApiError) || error.status !== 409) return false;
      setState({ kind: "conflict", message: errorMessage(error) });
      return true;
    },
    [errorMessage],
  );

  const reload = useCallback(async () => {
    setPending(true);
    try {
      const latest = await load();
      if (latest === null) {
        setState({ kind: "gone" });
      } else {
        setState({ kind: "reloaded", ...apply(latest) });
      }
    } catch (error) {
      setState({ kind: "failed", message: errorMessage(error) });
    } finally {
      setPending(false);
    }
  }, [load, apply, errorMessage]);

  const clear = useCallback(() => setState(null), []);
  return { state, pending, handle, reload, clear };
}

/** What useConflict has to say, with the "Ladda om" button while there is something to load. */
export function ConflictNotice({ conflict }: { conflict: ReturnType<typeof useConflict> }) {
  const { t } = useTranslation("cyclePlan");
  const { state } = conflict;
  if (!state) return null;
  switch (state.kind) {
    case "conflict":
    case "failed":
      return (
        <Alert
          key={state.kind}
          tone="warning"
          title={t("conflict.title")}
          live="alert"
          focusOnMount
        >
          <p>{state.message}</p>
          <p>{t("conflict.keep")}</p>
          <Button onPress={() => void conflict.reload()} isPending={conflict.pending}>
            {t("conflict.reload")}
          </Button>
        </Alert>
      );
    case "reloaded":
      return (
        <Alert key="reloaded" tone="info" title={t("conflict.reloadedTitle")} focusOnMount>
          {state.updated.length > 0 ? (
            <p>{t("conflict.updated", { fields: state.updated.join(", ") })}</p>
          ) : null}
          {state.clashed.length > 0 ? (
            <p>{t("conflict.clashed", { fields: state.clashed.join(", ") })}</p>
          ) : null}
          {state.updated.length === 0 && state.clashed.length === 0 ? (
            <p>{t("conflict.nothingChanged")}</p>
          ) : null}
          <p>{t("conflict.saveAgain")}</p>
        </Alert>
      );
    case "gone":
      return (
        <Alert key="gone" tone="error" title={t("conflict.goneTitle")} focusOnMount>
          <p>{t("conflict.gone")}</p>
        </Alert>
      );
  }
}
