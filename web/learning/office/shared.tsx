import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { AREA_LABELS } from "../../../core/cycle/labels.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { useLabel } from "../../cycle/labels.ts";
import type { OfficeRoom, Progress, RoomStep, SessionStatus, SessionSummary } from "../types.ts";

/** /o/:organisationId/larande, the office every learning page links back to. */
export function useLearningBase(): string {
  const { organisation } = useOrganisation();
  return `/o/${organisation.id}/larande`;
}

/** "Arbetsförhållanden", or "Introduktion" for the room without an area. */
export function useAreaLabel() {
  const { t } = useTranslation("learning");
  const label = useLabel();
  return useCallback(
    (room: Pick<OfficeRoom, "area">) =>
      room.area ? label(AREA_LABELS[room.area]) : t("area.introduction"),
    [label, t],
  );
}

/** "Film", "Scen", "Diskussion" … for a step (a film step without a film is told as a scene). */
export function useStepTypeLabel() {
  const { t } = useTranslation("learning");
  return useCallback(
    (step: Pick<RoomStep, "type" | "video">) =>
      step.type === "film" && !step.video ? t("stepType.scene") : t(`stepType.${step.type}`),
    [t],
  );
}

/** Who a session was for: the group's name and unit, or the person who took it alone. */
export function useSessionGroupLabel() {
  const { t } = useTranslation("learning");
  return useCallback(
    (session: SessionSummary) => {
      if (session.mode === "individual") {
        return session.startedByName
          ? t("session.individualBy", { name: session.startedByName })
          : t("session.individual");
      }
      const group = session.groupName.trim();
      const unit = session.unitName ?? "";
      // "Hemtjänsten, APT-grupp Norr" already says where the group belongs.
      if (group && unit && !group.includes(unit)) {
        return t("session.groupInUnit", { group, unit });
      }
      return group || unit || t("session.unnamedGroup");
    },
    [t],
  );
}

/** Rooms in the office's order: the introduction first, then by their place. */
export function sortRooms<R extends Pick<OfficeRoom, "area" | "order" | "title">>(rooms: R[]): R[] {
  return [...rooms].sort((a, b) => {
    if ((a.area === null) !== (b.area === null)) return a.area === null ? -1 : 1;
    return a.order - b.order || a.title.localeCompare(b.title);
  });
}

function ProgressIcon({ progress }: { progress: Progress }) {
  return (
    <svg
      className="progress-badge__icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      {progress === "in_progress" ? <path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor" /> : null}
      {progress === "done" ? (
        <>
          <circle cx="10" cy="10" r="8" fill="currentColor" />
          <polyline
            points="5.5 10.5 8.8 13.5 14.5 7"
            fill="none"
            stroke="var(--color-bg)"
            strokeWidth="2.2"
          />
        </>
      ) : null}
    </svg>
  );
}

/** Inte påbörjat / Pågår / Klart: a word and a shape, never colour alone. */
export function ProgressBadge({ progress, id }: { progress: Progress; id?: string }) {
  const { t } = useTranslation("learning");
  return (
    <span id={id} className={`progress-badge progress-badge--${progress}`}>
      <ProgressIcon progress={progress} />
      {t(`progress.${progress}`)}
    </span>
  );
}

const STATUS_PROGRESS: Record<SessionStatus, Progress> = {
  active: "in_progress",
  paused: "not_started",
  completed: "done",
};

/** Pågår / Pausad / Klar for one session. */
export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation("learning");
  return (
    <span className={`progress-badge progress-badge--session-${status}`}>
      {status === "paused" ? (
        <svg
          className="progress-badge__icon"
          viewBox="0 0 20 20"
          width="18"
          height="18"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M8 6.5v7M12 6.5v7" stroke="currentColor" strokeWidth="2" />
        </svg>
      ) : (
        <ProgressIcon progress={STATUS_PROGRESS[status]} />
      )}
      {t(`sessionStatus.${status}`)}
    </span>
  );
}
