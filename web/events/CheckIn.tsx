import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { api, orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useErrorMessage, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { TextLink } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { TextField } from "../ui/TextField.tsx";
import type { Registration, RegistrationList, TrainingEvent } from "./types.ts";
import "./events.css";

function matches(registration: Registration, search: string): boolean {
  const words = search.toLocaleLowerCase("sv").split(/\s+/).filter(Boolean);
  const text = `${registration.name} ${registration.organisation}`.toLocaleLowerCase("sv");
  return words.every((word) => text.includes(word));
}

/** The check-in list for the day, made for a phone held in one hand. */
export function CheckIn() {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const { eventId = "" } = useParams();
  const event = useResource<TrainingEvent>(orgPath(organisation.id, "events", eventId));
  const registrations = useResource<RegistrationList>(
    orgPath(organisation.id, "events", eventId, "registrations"),
  );
  useDocumentTitle(
    event.data ? t("checkIn.titleOf", { title: event.data.details.title }) : t("checkIn.title"),
    organisation.name,
  );
  const failed = [event, registrations].find((r) => r.error);
  return (
    <div className="events-checkin">
      <p className="events-back">
        <TextLink href={`/o/${organisation.id}/utbildningar/${eventId}`}>
          {t("checkIn.backPlain")}
        </TextLink>
      </p>
      {failed ? <LoadError error={failed.error} onRetry={failed.reload} /> : null}
      {event.data && registrations.data ? (
        <CheckInList event={event.data} registrations={registrations.data.registrations} />
      ) : failed ? null : (
        <Loading label={t("checkIn.loading")} />
      )}
    </div>
  );
}

function CheckInList({
  event,
  registrations,
}: {
  event: TrainingEvent;
  registrations: Registration[];
}) {
  const { t, i18n } = useTranslation("events");
  const { organisation } = useOrganisation();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState("");
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(registrations.map((r) => [r.id, r.checkedInAt !== null])),
  );
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);

  const seated = useMemo(() => {
    const collator = new Intl.Collator(i18n.language === "en" ? "en-GB" : "sv-SE");
    return registrations
      .filter((r) => r.status === "confirmed")
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [registrations, i18n.language]);
  const shown = seated.filter((r) => matches(r, search));
  const count = seated.filter((r) => present[r.id]).length;

  const toggle = async (registration: Registration) => {
    if (busy[registration.id]) return;
    const next = !present[registration.id];
    setError(null);
    setPresent((current) => ({ ...current, [registration.id]: next }));
    setBusy((current) => ({ ...current, [registration.id]: true }));
    try {
      await api(
        orgPath(organisation.id, "events", event.id, "registrations", registration.id, "check-in"),
        { method: "PUT", body: { present: next } },
      );
    } catch (failure) {
      setPresent((current) => ({ ...current, [registration.id]: !next }));
      setError(t("checkIn.failed", { name: registration.name, reason: errorMessage(failure) }));
    } finally {
      setBusy((current) => ({ ...current, [registration.id]: false }));
    }
  };

  return (
    <>
      <PageHeading eyebrow={event.details.title}>{t("checkIn.title")}</PageHeading>
      <p className="events-checkin__count" aria-live="polite">
        {t("checkIn.count", { present: count, total: seated.length })}
      </p>
      {error ? (
        <Alert tone="error" live="alert">
          {error}
        </Alert>
      ) : null}
      {seated.length === 0 ? (
        <p>{t("checkIn.nobody")}</p>
      ) : (
        <>
          <TextField
            label={t("checkIn.search")}
            description={t("checkIn.searchHelp")}
            type="search"
            inputMode="search"
            value={search}
            onChange={setSearch}
          />
          {shown.length === 0 ? (
            <p role="status">{t("checkIn.noMatch", { search })}</p>
          ) : (
            <ul className="events-checkin__list" aria-label={t("checkIn.listLabel")}>
              {shown.map((r) => (
                <li key={r.id} className="events-checkin__person">
                  <div className="events-checkin__who">
                    <span className="events-person" id={`person-${r.id}`}>
                      {r.name}
                    </span>
                    {r.organisation ? <span className="muted">{r.organisation}</span> : null}
                  </div>
                  <button
                    type="button"
                    className="button events-checkin__toggle"
                    aria-pressed={present[r.id] ? "true" : "false"}
                    aria-label={t("checkIn.presentLabel", { name: r.name })}
                    onClick={() => void toggle(r)}
                  >
                    {present[r.id] ? (
                      <span aria-hidden="true" className="events-checkin__mark">
                        ✓
                      </span>
                    ) : null}
                    {t("checkIn.present")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
