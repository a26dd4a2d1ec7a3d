import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../ui/Button.tsx";
import { ModalDialog } from "../../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../../ui/Form.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { Session } from "../types.ts";

const MIN = 1;
const MAX = 100;

/** Who takes part in a group session: the number (for the follow-up) and, if they like, names. */
export function Participants({
  session,
  onSave,
}: {
  session: Session;
  onSave: (changes: { participantCount: number; participantNames: string }) => Promise<void>;
}) {
  const { t } = useTranslation("learningSession");
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section className="session-participants" aria-labelledby="session-participants-heading">
      <h2 id="session-participants-heading" className="session-aside__heading">
        {t("participants.heading")}
      </h2>
      <p className="session-participants__count">
        {t("participants.count", { count: session.participantCount })}
      </p>
      {session.participantNames.trim() ? (
        <p className="session-participants__names">{session.participantNames}</p>
      ) : null}
      <Button
        size="small"
        onPress={() => {
          setSaved(null);
          setEditing(true);
        }}
      >
        {t("participants.edit")}
      </Button>
      <p role="status" className="note-field__status">
        {saved}
      </p>
      {editing ? (
        <ParticipantsDialog
          session={session}
          onClose={() => setEditing(false)}
          onSave={async (changes) => {
            await onSave(changes);
            setEditing(false);
            setSaved(t("participants.saved"));
          }}
        />
      ) : null}
    </section>
  );
}

function ParticipantsDialog({
  session,
  onClose,
  onSave,
}: {
  session: Session;
  onClose: () => void;
  onSave: (changes: { participantCount: number; participantNames: string }) => Promise<void>;
}) {
  const { t } = useTranslation("learningSession");
  const form = useFormSubmit();
  const [count, setCount] = useState(String(session.participantCount));
  const [names, setNames] = useState(session.participantNames);
  const labels = {
    participantCount: t("participants.countLabel"),
    participantNames: t("participants.namesLabel"),
  };
  return (
    <ModalDialog title={t("participants.dialogTitle")} onClose={onClose}>
      {(close) => (
        <AppForm
          form={form}
          labels={labels}
          onSubmit={async () => {
            const trimmed = count.trim();
            const n = Number(trimmed);
            const errors = {
              participantCount: !trimmed
                ? t("participants.countRequired")
                : (!/^\d+$/.test(trimmed) || n < MIN || n > MAX) &&
                  t("participants.countRange", { min: MIN, max: MAX }),
            };
            if (anyError(errors)) return errors;
            await onSave({ participantCount: n, participantNames: names.trim() });
          }}
        >
          <TextField
            name="participantCount"
            label={labels.participantCount}
            description={t("participants.countHelp", { min: MIN, max: MAX })}
            inputMode="numeric"
            narrow
            isRequired
            value={count}
            onChange={setCount}
          />
          <TextField
            name="participantNames"
            label={labels.participantNames}
            description={t("participants.namesHelp")}
            multiline
            optional
            value={names}
            onChange={setNames}
          />
          <div className="dialog__actions">
            <Button onPress={close}>{t("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("participants.save")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}
