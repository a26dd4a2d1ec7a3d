import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { ApiError, api, orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, type Resource, useErrorMessage, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, LinkButton, TextLink } from "../ui/Button.tsx";
import { ConfirmDialog, ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { TextField } from "../ui/TextField.tsx";
import { EventEvaluation } from "./EventEvaluation.tsx";
import { EventFiles } from "./EventFiles.tsx";
import { useEventText } from "./labels.ts";
import { MessageForm } from "./MessageForm.tsx";
import { Registrations } from "./Registrations.tsx";
import { EventDays, StateBadge } from "./StateBadge.tsx";
import type { EventAction, MeasureOption, RegistrationList, TrainingEvent } from "./types.ts";
import "./events.css";

/** One event as its organiser sees it: state, actions, link, measure, registrations, follow-up. */
export function EventPage() {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const { eventId = "" } = useParams();
  const event = useResource<TrainingEvent>(orgPath(organisation.id, "events", eventId));
  const registrations = useResource<RegistrationList>(
    event.data && event.data.status !== "draft"
      ? orgPath(organisation.id, "events", eventId, "registrations")
      : null,
  );
  useDocumentTitle(event.data?.details.title ?? t("event.title"), organisation.name);
  const base = `/o/${organisation.id}/utbildningar`;

  return (
    <>
      <p className="events-back">
        <TextLink href={base}>{t("event.backToList")}</TextLink>
      </p>
      {event.error ? <LoadError error={event.error} onRetry={event.reload} /> : null}
      {event.data ? (
        <LoadedEvent
          event={event.data}
          setEvent={(next) => {
            event.setData(next);
            registrations.reload();
          }}
          registrations={registrations}
          base={base}
        />
      ) : event.error ? null : (
        <Loading label={t("event.loading")} />
      )}
    </>
  );
}

function LoadedEvent({
  event,
  setEvent,
  registrations,
  base,
}: {
  event: TrainingEvent;
  setEvent: (event: TrainingEvent) => void;
  registrations: Resource<RegistrationList>;
  base: string;
}) {
  const { t } = useTranslation("events");
  const text = useEventText();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const details = event.details;

  return (
    <>
      <PageHeading
        eyebrow={t("event.eyebrow")}
        actions={
          <>
            <LinkButton href={`${base}/${event.id}/redigera`}>{t("event.edit")}</LinkButton>
            {event.status !== "draft" ? (
              <LinkButton href={`${base}/${event.id}/narvaro`}>{t("event.checkIn")}</LinkButton>
            ) : null}
          </>
        }
      >
        {details.title}
      </PageHeading>
      <div role="status">
        {saved ? (
          <Alert tone="success">
            {saved === "created" ? t("event.savedCreated") : t("event.savedUpdated")}
          </Alert>
        ) : null}
      </div>

      <section className="section" aria-labelledby="event-state-heading">
        <h2 id="event-state-heading">{t("event.stateHeading")}</h2>
        <p>
          <StateBadge state={event.state} />
        </p>
        <dl className="summary-list">
          <dt>{t("list.when")}</dt>
          <dd>
            <EventDays details={event.details} />
          </dd>
          <dt>{t("field.place")}</dt>
          <dd>{text.place(details)}</dd>
          <dt>{t("field.cost")}</dt>
          <dd>{text.cost(details)}</dd>
          <dt>{t("list.seats")}</dt>
          <dd>{text.seats(event)}</dd>
          {details.registrationCloses ? (
            <>
              <dt>{t("field.registrationCloses")}</dt>
              <dd>{text.dateTime(details.registrationCloses)}</dd>
            </>
          ) : null}
        </dl>
        <Counts event={event} />
      </section>

      <StatusActions event={event} setEvent={setEvent} base={base} />
      <PublicLink event={event} />
      <EventFiles event={event} />
      <MeasureLink event={event} setEvent={setEvent} />

      {event.status !== "draft" ? (
        <>
          <Registrations event={event} registrations={registrations} onChanged={setEvent} />
          <MessageForm event={event} />
          <EventEvaluation event={event} />
        </>
      ) : null}
    </>
  );
}

function Counts({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation("events");
  const c = event.counts;
  return (
    <ul className="events-counts">
      <li>
        <span className="events-counts__number">{c.confirmed}</span> {t("counts.confirmed")}
      </li>
      <li>
        <span className="events-counts__number">{c.waitlisted}</span> {t("counts.waitlisted")}
      </li>
      <li>
        <span className="events-counts__number">{c.unconfirmed}</span> {t("counts.unconfirmed")}
      </li>
      <li>
        <span className="events-counts__number">{c.cancelled}</span> {t("counts.cancelled")}
      </li>
      <li>
        <span className="events-counts__number">{c.checkedIn}</span> {t("counts.checkedIn")}
      </li>
    </ul>
  );
}

type Pending = EventAction | "delete" | null;

function StatusActions({
  event,
  setEvent,
  base,
}: {
  event: TrainingEvent;
  setEvent: (event: TrainingEvent) => void;
  base: string;
}) {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState<Pending>(null);
  const [problems, setProblems] = useState<{ title: string; messages: string[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const change = async (action: EventAction, message?: string) => {
    setProblems(null);
    setDone(null);
    try {
      const next = await api<TrainingEvent>(
        orgPath(organisation.id, "events", event.id, "status"),
        {
          method: "POST",
          body: { version: event.version, action, ...(message ? { message } : {}) },
        },
      );
      setEvent(next);
      setDone(t(`actions.done.${action}`));
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0 && action === "publish") {
        // The dialog closes; the problems stay on the page with a way to the editor.
        setProblems({
          title: t("actions.publishProblems"),
          messages: error.errors.map((e) => e.message),
        });
        return;
      }
      if (error instanceof ApiError && error.status === 409 && error.errors.length === 0) {
        throw new ApiError(409, { status: 409, detail: t("actions.conflict") });
      }
      throw error;
    }
  };

  const actions: { action: EventAction; label: string; variant: "primary" | "secondary" }[] = [];
  if (event.status === "draft")
    actions.push({ action: "publish", label: t("actions.publish"), variant: "primary" });
  const started = event.startsAt !== null && Date.parse(event.startsAt) <= Date.now();
  if (event.status === "published") {
    // The server refuses "held" before the first day has started, so it is offered from then on.
    if (started)
      actions.push({ action: "markHeld", label: t("actions.markHeld"), variant: "secondary" });
    actions.push({ action: "cancel", label: t("actions.cancel"), variant: "secondary" });
  }
  if (event.status === "published" || event.status === "cancelled")
    actions.push({ action: "backToDraft", label: t("actions.backToDraft"), variant: "secondary" });

  return (
    <section className="section" aria-labelledby="event-actions-heading">
      <h2 id="event-actions-heading">{t("actions.heading")}</h2>
      <p className="muted">{t(`actions.intro.${event.status}`)}</p>
      {actions.length > 0 || event.status === "draft" ? (
        <div className="cluster">
          {actions.map((a) => (
            <Button key={a.action} variant={a.variant} onPress={() => setOpen(a.action)}>
              {a.label}
            </Button>
          ))}
          {event.status === "draft" ? (
            <Button variant="quiet" onPress={() => setOpen("delete")}>
              {t("actions.delete")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div role="status">{done ? <Alert tone="success">{done}</Alert> : null}</div>
      {problems ? (
        <Alert tone="error" title={problems.title} live="alert">
          <ul>
            {problems.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <p>
            <TextLink href={`${base}/${event.id}/redigera`}>{t("actions.toEditor")}</TextLink>
          </p>
        </Alert>
      ) : null}

      {open === "cancel" ? (
        <CancelDialog
          onCancel={() => setOpen(null)}
          onConfirm={async (message) => {
            await change("cancel", message);
            setOpen(null);
          }}
          registered={event.counts.confirmed + event.counts.waitlisted}
        />
      ) : null}
      {open === "publish" || open === "markHeld" || open === "backToDraft" ? (
        <ActionDialog
          action={open}
          title={t(`actions.confirm.${open}.title`)}
          body={t(`actions.confirm.${open}.body`)}
          confirmLabel={t(`actions.confirm.${open}.button`)}
          onCancel={() => setOpen(null)}
          onConfirm={async () => {
            await change(open);
            setOpen(null);
          }}
          errorMessage={errorMessage}
        />
      ) : null}
      {open === "delete" ? (
        <ConfirmDialog
          title={t("actions.confirm.delete.title")}
          confirmLabel={t("actions.confirm.delete.button")}
          action={() =>
            api(orgPath(organisation.id, "events", event.id), { method: "DELETE" }).then(() =>
              navigate(base),
            )
          }
          onDone={() => setOpen(null)}
          onCancel={() => setOpen(null)}
        >
          <p>{t("actions.confirm.delete.body", { title: event.details.title })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** Asks before a status change that is not destructive (publish, held, back to draft). */
function ActionDialog({
  title,
  body,
  confirmLabel,
  onCancel,
  onConfirm,
  errorMessage,
}: {
  action: EventAction;
  title: string;
  body: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
  errorMessage: (error: unknown) => string;
}) {
  const { t } = useTranslation("events");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <ModalDialog title={title} onClose={onCancel}>
      {(close) => (
        <>
          <p>{body}</p>
          {error ? (
            <Alert tone="error" live="alert">
              {error}
            </Alert>
          ) : null}
          <div className="dialog__actions">
            <Button onPress={close}>{t("actions.keep")}</Button>
            <Button
              variant="primary"
              isPending={pending}
              onPress={() => {
                setPending(true);
                setError(null);
                onConfirm().catch((failure: unknown) => {
                  setPending(false);
                  setError(errorMessage(failure));
                });
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

/** Cancelling the event: a message to everyone registered, then confirm. */
function CancelDialog({
  onCancel,
  onConfirm,
  registered,
}: {
  onCancel: () => void;
  onConfirm: (message: string) => Promise<void>;
  registered: number;
}) {
  const { t } = useTranslation("events");
  const form = useFormSubmit();
  const [message, setMessage] = useState("");
  return (
    <ModalDialog title={t("actions.confirm.cancel.title")} onClose={onCancel} role="alertdialog">
      {(close) => (
        <AppForm
          form={form}
          onSubmit={() => onConfirm(message.trim())}
          labels={{ message: t("actions.confirm.cancel.message") }}
          aria-label={t("actions.confirm.cancel.title")}
        >
          <p>{t("actions.confirm.cancel.body", { count: registered })}</p>
          <TextField
            name="message"
            label={t("actions.confirm.cancel.message")}
            description={t("actions.confirm.cancel.messageHelp")}
            multiline
            optional
            value={message}
            onChange={setMessage}
          />
          <div className="dialog__actions">
            <Button onPress={close}>{t("actions.keep")}</Button>
            <Button type="submit" variant="danger" isPending={form.pending}>
              {t("actions.confirm.cancel.button")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}

function PublicLink({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation("events");
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(event.publicUrl);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <section className="section" aria-labelledby="event-link-heading">
      <h2 id="event-link-heading">{t("link.heading")}</h2>
      <p className="muted">{event.status === "draft" ? t("link.introDraft") : t("link.intro")}</p>
      <div className="events-link">
        <div className="events-link__field">
          <TextField
            label={t("link.label")}
            value={event.publicUrl}
            isReadOnly
            onFocus={(e) => (e.target as HTMLInputElement).select()}
          />
        </div>
        <div className="cluster">
          <Button onPress={() => void copy()}>{t("link.copy")}</Button>
          {event.status !== "draft" ? (
            <a className="link" href={event.publicUrl} target="_blank" rel="noopener">
              {t("link.open")}
            </a>
          ) : null}
        </div>
      </div>
      <div role="status">
        {copied === "yes" ? <p className="events-copied">{t("link.copied")}</p> : null}
        {copied === "no" ? <p className="events-copied">{t("link.copyFailed")}</p> : null}
      </div>
    </section>
  );
}

const NO_MEASURE = "none";

function MeasureLink({
  event,
  setEvent,
}: {
  event: TrainingEvent;
  setEvent: (event: TrainingEvent) => void;
}) {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const options = useResource<{ measures: MeasureOption[] }>(
    orgPath(organisation.id, "events", "measure-options"),
  );
  const form = useFormSubmit();
  const [choice, setChoice] = useState(event.measure?.id ?? NO_MEASURE);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async () => {
    setSaved(null);
    const next = await api<TrainingEvent>(orgPath(organisation.id, "events", event.id, "measure"), {
      method: "PUT",
      body: { measureId: choice === NO_MEASURE ? null : choice },
    });
    setEvent(next);
    setSaved(
      next.measure ? t("measure.saved", { title: next.measure.title }) : t("measure.removed"),
    );
  };
  return (
    <section className="section" aria-labelledby="event-measure-heading">
      <h2 id="event-measure-heading">{t("measure.heading")}</h2>
      <p className="muted">{t("measure.intro")}</p>
      {options.error ? <LoadError error={options.error} onRetry={options.reload} /> : null}
      {options.data ? (
        options.data.measures.length === 0 ? (
          <p>{t("measure.none")}</p>
        ) : (
          <AppForm form={form} onSubmit={submit} aria-labelledby="event-measure-heading">
            <Select
              name="measureId"
              label={t("measure.label")}
              options={[
                { id: NO_MEASURE, label: t("measure.noMeasure") },
                ...options.data.measures.map((m) => ({
                  id: m.id,
                  label: t("measure.option", { title: m.title, year: m.year }),
                })),
              ]}
              value={choice}
              onChange={setChoice}
            />
            <div className="form__actions">
              <Button type="submit" isPending={form.pending}>
                {t("measure.save")}
              </Button>
            </div>
            <div role="status">{saved ? <Alert tone="success">{saved}</Alert> : null}</div>
          </AppForm>
        )
      ) : options.error ? null : (
        <Loading />
      )}
    </section>
  );
}
