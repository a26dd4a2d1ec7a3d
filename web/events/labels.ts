import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { formatCost, placeText } from "../../core/events/event.ts";
import {
  formatDateTime,
  formatInstant,
  formatLongDate,
  formatTimeRange,
  isLocalDate,
  isLocalTime,
} from "../../core/events/time.ts";
import type { EventDetails, EventState, RegistrationStatus, TrainingEvent } from "./types.ts";

/** The UI language as core's formatters name it. */
export function useLocale(): "sv" | "en" {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "sv";
}

/** Words for an event's dates, state, seats, place and cost in the UI language. */
export function useEventText() {
  const { t } = useTranslation("events");
  const locale = useLocale();

  /** "tisdag 3 mars 2027, 09.00–16.00" per day. */
  const days = useCallback(
    (details: Pick<EventDetails, "days">): string[] =>
      details.days
        .filter((day) => isLocalDate(day.date))
        .map((day) =>
          isLocalTime(day.start) && isLocalTime(day.end)
            ? `${formatLongDate(day.date, locale)}, ${formatTimeRange(day.start, day.end, locale)}`
            : formatLongDate(day.date, locale),
        ),
    [locale],
  );

  const state = useCallback(
    (value: EventState): string => {
      switch (value.kind) {
        case "open":
          return t("state.open", { count: value.seatsLeft ?? 0 });
        case "notYetOpen":
          return value.opensAt
            ? t("state.notYetOpenAt", { when: formatInstant(new Date(value.opensAt), locale) })
            : t("state.notYetOpen");
        default:
          return t(`state.${value.kind}`);
      }
    },
    [t, locale],
  );

  const seats = useCallback(
    (event: Pick<TrainingEvent, "counts" | "details">): string => {
      const capacity = event.details.capacity;
      const taken =
        capacity === null
          ? t("seats.noCapacity", { confirmed: event.counts.confirmed })
          : t("seats.taken", { confirmed: event.counts.confirmed, capacity });
      return event.counts.waitlisted > 0
        ? `${taken}, ${t("seats.waitlist", { count: event.counts.waitlisted })}`
        : taken;
    },
    [t],
  );

  const registrationStatus = useCallback(
    (status: RegistrationStatus, waitlistPosition: number | null): string =>
      status === "waitlisted" && waitlistPosition !== null
        ? t("registrationStatus.waitlistedAt", { position: waitlistPosition })
        : t(`registrationStatus.${status}`),
    [t],
  );

  return {
    locale,
    days,
    state,
    seats,
    registrationStatus,
    place: (details: EventDetails) => placeText(details, locale),
    cost: (details: EventDetails) => formatCost(details.cost, locale),
    instant: (iso: string) => formatInstant(new Date(iso), locale),
    /** "2027-03-01T12:00" (Stockholm time) in words. */
    dateTime: (local: string) => formatDateTime(local, locale),
  };
}

/** The tone of a state's badge. */
export function stateTone(kind: EventState["kind"]): "neutral" | "info" | "success" | "warning" {
  switch (kind) {
    case "open":
      return "success";
    case "fullyBooked":
    case "closed":
    case "notYetOpen":
      return "info";
    case "cancelled":
      return "warning";
    default:
      return "neutral";
  }
}
