import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, type Resource } from "../app/resource.tsx";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { ConfirmDialog } from "../ui/Dialog.tsx";
import { Loading } from "../ui/Loading.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { useEventText } from "./labels.ts";
import type { Registration, RegistrationList, TrainingEvent } from "./types.ts";

/** Seats first, then the waitlist in order, then the rest. */
const ORDER = { confirmed: 0, waitlisted: 1, unconfirmed: 2, cancelled: 3 } as const;

/** Everyone who registered, with the organiser's "Avboka", the exports and attendance. */
export function Registrations({
  event,
  registrations,
  onChanged,
}: {
  event: TrainingEvent;
  registrations: Resource<RegistrationList>;
  onChanged: (event: TrainingEvent) => void;
}) {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const text = useEventText();
  const [cancelling, setCancelling] = useState<Registration | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const eventPath = orgPath(organisation.id, "events", event.id);
  const questions = event.details.questions;
  // After the event (or when it is cancelled) registrations stay as they were.
  const mayCancel = event.status === "published";

  const answerText = (registration: Registration) =>
    questions
      .filter((q) => registration.answers[q.id])
      .map((q) => {
        const value = registration.answers[q.id]!;
        const shown =
          q.kind === "yesNo"
            ? value === "yes"
              ? t("answer.yes")
              : value === "no"
                ? t("answer.no")
                : value
            : value;
        return `${q.label}: ${shown}`;
      });
  const needs = (r: Registration) =>
    [
      r.diet ? t("registrations.diet", { text: r.diet }) : "",
      r.accessibility ? t("registrations.accessibility", { text: r.accessibility }) : "",
    ].filter(Boolean);

  const list = registrations.data
    ? [...registrations.data.registrations].sort((a, b) => ORDER[a.status] - ORDER[b.status])
    : [];

  return (
    <>
      <section className="section" aria-labelledby="event-registrations-heading">
        <h2 id="event-registrations-heading">{t("registrations.heading")}</h2>
        <div className="cluster events-downloads">
          <a
            className="button button--secondary"
            href={`${eventPath}/participants?format=csv`}
            download
          >
            {t("registrations.csv")}
          </a>
          <a
            className="button button--secondary"
            href={`${eventPath}/participants?format=xlsx`}
            download
          >
            {t("registrations.xlsx")}
          </a>
        </div>
        <div role="status">{done ? <Alert tone="success">{done}</Alert> : null}</div>
        {registrations.error ? (
          <LoadError error={registrations.error} onRetry={registrations.reload} />
        ) : null}
        {registrations.data ? (
          list.length === 0 ? (
            <p>{t("registrations.none")}</p>
          ) : (
            <Table
              caption={t("registrations.caption", { title: event.details.title })}
              hideCaption
              columns={[
                { key: "name", label: t("registrations.name") },
                { key: "organisation", label: t("registrations.organisation") },
                { key: "role", label: t("registrations.role") },
                { key: "status", label: t("registrations.status") },
                { key: "answers", label: t("registrations.answers") },
                { key: "needs", label: t("registrations.needs") },
                { key: "actions", label: t("registrations.actions"), hidden: true },
              ]}
            >
              {list.map((r) => {
                const answers = answerText(r);
                const need = needs(r);
                return (
                  <tr key={r.id}>
                    <Cell label={t("registrations.name")}>
                      <span className="events-person">{r.name}</span>
                      <span className="muted events-email">{r.email}</span>
                    </Cell>
                    <Cell label={t("registrations.organisation")}>{r.organisation || "–"}</Cell>
                    <Cell label={t("registrations.role")}>{r.role || "–"}</Cell>
                    <Cell label={t("registrations.status")}>
                      {text.registrationStatus(r.status, r.waitlistPosition)}
                      {r.checkedInAt ? (
                        <span className="events-present"> {t("registrations.present")}</span>
                      ) : null}
                    </Cell>
                    <Cell label={t("registrations.answers")}>
                      {answers.length === 0
                        ? "–"
                        : answers.map((a) => (
                            <span key={a} className="events-line">
                              {a}
                            </span>
                          ))}
                    </Cell>
                    <Cell label={t("registrations.needs")}>
                      {need.length === 0
                        ? "–"
                        : need.map((a) => (
                            <span key={a} className="events-line">
                              {a}
                            </span>
                          ))}
                    </Cell>
                    <Cell actions>
                      {mayCancel && r.status !== "cancelled" ? (
                        <Button
                          size="small"
                          aria-label={t("registrations.cancelLabel", { name: r.name })}
                          onPress={() => setCancelling(r)}
                        >
                          {t("registrations.cancel")}
                        </Button>
                      ) : null}
                    </Cell>
                  </tr>
                );
              })}
            </Table>
          )
        ) : registrations.error ? null : (
          <Loading label={t("registrations.loading")} />
        )}
      </section>

      {registrations.data && registrations.data.attendance.length > 0 ? (
        <section className="section" aria-labelledby="event-attendance-heading">
          <h2 id="event-attendance-heading">{t("attendance.heading")}</h2>
          <p className="muted">{t("attendance.intro")}</p>
          <Table
            caption={t("attendance.caption")}
            hideCaption
            compact
            columns={[
              { key: "organisation", label: t("attendance.organisation") },
              { key: "registered", label: t("attendance.registered"), numeric: true },
              { key: "attended", label: t("attendance.attended"), numeric: true },
            ]}
          >
            {registrations.data.attendance.map((row) => (
              <tr key={row.organisation}>
                <Cell label={t("attendance.organisation")}>
                  {row.organisation || t("attendance.unknown")}
                </Cell>
                <Cell label={t("attendance.registered")} numeric>
                  {row.registered}
                </Cell>
                <Cell label={t("attendance.attended")} numeric>
                  {row.attended}
                </Cell>
              </tr>
            ))}
          </Table>
        </section>
      ) : null}

      {cancelling ? (
        <ConfirmDialog
          title={t("registrations.confirmTitle", { name: cancelling.name })}
          confirmLabel={t("registrations.confirmButton")}
          action={async () => {
            await api(
              orgPath(
                organisation.id,
                "events",
                event.id,
                "registrations",
                cancelling.id,
                "cancel",
              ),
              { method: "POST" },
            );
            onChanged(await api<TrainingEvent>(eventPath));
          }}
          onDone={() => {
            setDone(t("registrations.cancelled", { name: cancelling.name }));
            setCancelling(null);
          }}
          onCancel={() => setCancelling(null)}
        >
          <p>
            {cancelling.status === "confirmed"
              ? t("registrations.confirmBodySeat", { name: cancelling.name })
              : t("registrations.confirmBody", { name: cancelling.name })}
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
