import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { Checkbox } from "../ui/Checkbox.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { TextField } from "../ui/TextField.tsx";
import type { TrainingEvent } from "./types.ts";

/** "Skriv till alla": an e-mail to everyone with a seat, and the waitlist if chosen. */
export function MessageForm({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [waitlist, setWaitlist] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const labels = { subject: t("message.subject"), body: t("message.body") };

  const submit = async () => {
    setSent(null);
    const errors = {
      subject: !subject.trim() && t("message.subjectRequired"),
      body: !body.trim() && t("message.bodyRequired"),
    };
    if (errors.subject || errors.body) return errors;
    const result = await api<{ sent: number }>(
      orgPath(organisation.id, "events", event.id, "messages"),
      { method: "POST", body: { subject: subject.trim(), body: body.trim(), waitlist } },
    );
    setSubject("");
    setBody("");
    setSent(t("message.sent", { count: result.sent }));
  };

  return (
    <section className="section" aria-labelledby="event-message-heading">
      <h2 id="event-message-heading">{t("message.heading")}</h2>
      <p className="muted">{t("message.intro")}</p>
      <AppForm
        form={form}
        onSubmit={submit}
        labels={labels}
        aria-labelledby="event-message-heading"
      >
        <TextField
          name="subject"
          label={labels.subject}
          value={subject}
          onChange={setSubject}
          isRequired
        />
        <TextField
          name="body"
          label={labels.body}
          multiline
          value={body}
          onChange={setBody}
          isRequired
        />
        {event.counts.waitlisted > 0 ? (
          <Checkbox isSelected={waitlist} onChange={setWaitlist}>
            {t("message.waitlist", { count: event.counts.waitlisted })}
          </Checkbox>
        ) : null}
        <div className="form__actions">
          <Button type="submit" isPending={form.pending}>
            {t("message.send")}
          </Button>
        </div>
        <div role="status">{sent ? <Alert tone="success">{sent}</Alert> : null}</div>
      </AppForm>
    </section>
  );
}
