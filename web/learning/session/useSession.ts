import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, classifyFailure, orgPath, query } from "../../app/api.ts";
import { NoteStore } from "../../app/noteStore.ts";
import { useErrorMessage } from "../../app/resource.tsx";
import { intlLocale } from "../../i18n/index.ts";
import type { Note, Session } from "../types.ts";

/** `/api/organisations/:id/learning/sessions/:sessionId/…` */
export const sessionPath = (organisationId: string, sessionId: string, ...segments: string[]) =>
  orgPath(organisationId, "learning", "sessions", sessionId, ...segments);

export const roomPath = (organisationId: string, roomId: string) =>
  orgPath(organisationId, "learning", "rooms", roomId);

/** The learning pages' base in the app: /o/:id/larande. */
export const learningHref = (organisationId: string) => `/o/${organisationId}/larande`;

/**
 * The session's notes as the scribe types them (see noteStore.ts). The store lives as long as
 * the page: saves still on their way when a step changes or the page is left go on.
 */
export function useNoteStore(organisationId: string, session: Session): NoteStore {
  const errorMessage = useErrorMessage();
  const [store] = useState(
    () =>
      new NoteStore({
        sessionId: session.id,
        notes: session.notes,
        put: (stepId, itemId, body) =>
          api<Note>(sessionPath(organisationId, session.id, "notes", stepId, itemId), {
            method: "PUT",
            body,
          }),
        remove: (stepId, itemId, version) =>
          api<void>(
            `${sessionPath(organisationId, session.id, "notes", stepId, itemId)}${query({ version })}`,
            { method: "DELETE" },
          ),
        latest: async () => {
          const latest = await api<Session>(sessionPath(organisationId, session.id));
          return {
            notes: latest.notes,
            open: latest.status !== "completed" && latest.roomAvailable,
          };
        },
        classify: classifyFailure,
        message: errorMessage,
      }),
  );
  useEffect(() => {
    const online = () => store.retryNow();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      // Leaving the page: what is typed but not yet sent goes now.
      void store.flushAll();
    };
  }, [store]);
  return store;
}

/** "14:02" in the UI language. */
export function useClock() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useCallback(
    (iso: string) =>
      new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso)),
    [locale],
  );
}

/** "4:05"; negative seconds are shown as the time over, without the sign. */
export function minutesAndSeconds(seconds: number): string {
  const total = Math.abs(Math.trunc(seconds));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/**
 * The first line of a note, for the title of a draft: at most `max` characters, cut at a word
 * with "…" when it is longer.
 */
export function firstLine(text: string, max = 120): string {
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? "";
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
