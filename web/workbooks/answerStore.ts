import { useEffect, useState, useSyncExternalStore } from "react";
import { ApiError, api, classifyFailure, orgPath } from "../app/api.ts";
import { type Note, type NoteItemState, NoteStore } from "../app/noteStore.ts";
import { useErrorMessage } from "../app/resource.tsx";
import type { Answer, AnswerValue, Run } from "./types.ts";

/**
 * A run's answers as people type them. The note store of the learning rooms does the work
 * (autosave after a pause and on leaving a field, kept in the browser until the server has
 * it, a 409 shown as a choice instead of an overwrite); it keeps text, so an answer is kept as
 * its JSON. Keys are the part id and the item (or milestone) id.
 */
export type AnswerStore = NoteStore<AnswerNote>;
export interface AnswerNote extends Note {
  value: AnswerValue;
}

export const encode = (value: AnswerValue): string => JSON.stringify(value);
export function decode(text: string): AnswerValue | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as AnswerValue;
  } catch {
    return undefined;
  }
}

export const runPath = (organisationId: string, runId: string, ...segments: string[]) =>
  orgPath(organisationId, "workbooks", "runs", runId, ...segments);

function toNote(answer: Answer): AnswerNote {
  const at = answer.key.indexOf("/");
  return {
    stepId: answer.key.slice(0, at),
    itemId: answer.key.slice(at + 1),
    text: encode(answer.value),
    value: answer.value,
    version: answer.version,
    updatedAt: answer.updatedAt,
    updatedByName: answer.updatedByName,
  };
}

/** The store for one run, alive as long as the page; what is unsaved goes when it is left. */
export function useAnswerStore(organisationId: string, run: Run): AnswerStore {
  const errorMessage = useErrorMessage();
  const [store] = useState(
    () =>
      new NoteStore<AnswerNote>({
        sessionId: run.id,
        storagePrefix: "aktiva.workbook.answer",
        notes: run.answers.map(toNote),
        put: async (partId, id, { text, version }) =>
          toNote(
            await api<Answer>(runPath(organisationId, run.id, "answers", partId, id), {
              method: "PUT",
              body: { value: decode(text) ?? "", version },
            }),
          ),
        // An answer is never empty text (it is JSON), so nothing is ever removed.
        remove: async () => {},
        latest: async () => {
          const latest = await api<Run>(runPath(organisationId, run.id));
          return { notes: latest.answers.map(toNote), open: latest.status === "active" };
        },
        classify: classifyFailure,
        // A refused answer says what is wrong with it (a date before the decision …).
        message: (error) =>
          error instanceof ApiError && error.errors[0]?.message
            ? error.errors[0].message
            : errorMessage(error),
      }),
  );
  useEffect(() => {
    const online = () => store.retryNow();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      void store.flushAll();
    };
  }, [store]);
  return store;
}

export function useAnswer(
  store: AnswerStore,
  partId: string,
  id: string,
): NoteItemState<AnswerNote> {
  return useSyncExternalStore(store.subscribe, () => store.get(partId, id));
}
