import { type ReactNode, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import type { NoteItemState, NoteStore } from "../../app/noteStore.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useClock } from "./useSession.ts";

export function useNoteState(store: NoteStore, stepId: string, itemId: string): NoteItemState {
  return useSyncExternalStore(store.subscribe, () => store.get(stepId, itemId));
}

/**
 * One note: the field the scribe types in, saved as they go, with a quiet line that says
 * whether it is saved. After a conflict the other version is shown beside what was typed
 * here, and the scribe chooses.
 */
export function NoteField({
  store,
  stepId,
  itemId,
  label,
  description,
  disabled,
}: {
  store: NoteStore;
  stepId: string;
  itemId: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}) {
  const { t } = useTranslation("learningSession");
  const clock = useClock();
  const item = useNoteState(store, stepId, itemId);
  const id = `note-${stepId}-${itemId}`;
  const focusField = () =>
    setTimeout(() => document.getElementById(id)?.focus({ preventScroll: false }), 0);

  const status = (() => {
    const { state } = item;
    switch (state.kind) {
      case "idle":
        return item.note ? t("notes.savedAt", { time: clock(item.note.updatedAt) }) : "";
      case "saving":
        return t("notes.saving");
      case "saved":
        return t("notes.savedAt", { time: clock(state.at) });
      case "retrying":
        return t("notes.retrying");
      case "conflict":
        return t("notes.conflictStatus");
      case "failed":
        return t("notes.failed", { message: state.message });
    }
  })();
  const warn = item.state.kind === "retrying" || item.state.kind === "failed";

  return (
    <div className="note-field">
      <TextField
        id={id}
        label={label}
        description={description}
        multiline
        value={item.text}
        isDisabled={disabled}
        onChange={(text) => store.edit(stepId, itemId, text)}
        onBlur={() => void store.flush(stepId, itemId)}
      />
      <p
        role="status"
        className={warn ? "note-field__status note-field__status--warn" : "note-field__status"}
      >
        {status}
      </p>
      {item.state.kind === "conflict" ? (
        <Alert tone="warning" className="note-conflict">
          {item.state.theirs ? (
            <>
              <p>
                <strong>
                  {item.state.theirs.updatedByName
                    ? t("notes.conflictBy", {
                        name: item.state.theirs.updatedByName,
                        time: clock(item.state.theirs.updatedAt),
                      })
                    : t("notes.conflict", { time: clock(item.state.theirs.updatedAt) })}
                </strong>{" "}
                {t("notes.conflictKept")}
              </p>
              <p className="note-conflict__label">{t("notes.otherVersion")}</p>
              <blockquote className="note-conflict__theirs">{item.state.theirs.text}</blockquote>
            </>
          ) : (
            <p>
              <strong>{t("notes.conflictRemoved")}</strong> {t("notes.conflictKept")}
            </p>
          )}
          <div className="cluster">
            <Button
              variant="primary"
              onPress={() => {
                store.keepMine(stepId, itemId);
                focusField();
              }}
            >
              {item.state.theirs ? t("notes.keepMine") : t("notes.saveMine")}
            </Button>
            <Button
              onPress={() => {
                store.takeTheirs(stepId, itemId);
                focusField();
              }}
            >
              {item.state.theirs ? t("notes.takeTheirs") : t("notes.takeEmpty")}
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
