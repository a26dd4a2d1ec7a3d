import { useTranslation } from "react-i18next";
import { orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { LinkButton, TextLink } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { useEventText } from "./labels.ts";
import { EventDays, StateBadge } from "./StateBadge.tsx";
import type { TrainingEvent } from "./types.ts";
import "./events.css";

/** Upcoming events (the next first, drafts without dates on top) and past ones (latest first). */
function split(events: TrainingEvent[], now: number) {
  const past = (e: TrainingEvent) => e.endsAt !== null && Date.parse(e.endsAt) < now;
  const time = (e: TrainingEvent) => (e.startsAt ? Date.parse(e.startsAt) : 0);
  return {
    upcoming: events.filter((e) => !past(e)).sort((a, b) => time(a) - time(b)),
    past: events.filter(past).sort((a, b) => time(b) - time(a)),
  };
}

/** The organisation's training events and the way to create one. */
export function EventList() {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const events = useResource<{ events: TrainingEvent[] }>(orgPath(organisation.id, "events"));
  const base = `/o/${organisation.id}/utbildningar`;
  useDocumentTitle(t("list.title"), organisation.name);

  const lists = events.data ? split(events.data.events, Date.now()) : null;
  return (
    <>
      <PageHeading intro={t("list.intro")}>{t("list.title")}</PageHeading>
      <p>
        <LinkButton variant="primary" href={`${base}/ny`}>
          {t("list.new")}
        </LinkButton>
      </p>
      <p className="muted">
        {t("list.publicList")}{" "}
        <a className="link" href={`/utbildningar/arrangor/${organisation.id}`}>
          {t("list.publicListLink")}
        </a>
      </p>
      {events.error ? <LoadError error={events.error} onRetry={events.reload} /> : null}
      {lists ? (
        lists.upcoming.length + lists.past.length === 0 ? (
          <Alert tone="info" title={t("list.emptyTitle")}>
            <p>{t("list.empty")}</p>
          </Alert>
        ) : (
          <>
            <EventSection
              id="events-upcoming"
              heading={t("list.upcoming")}
              empty={t("list.noUpcoming")}
              events={lists.upcoming}
              base={base}
            />
            {lists.past.length > 0 ? (
              <EventSection
                id="events-past"
                heading={t("list.past")}
                empty=""
                events={lists.past}
                base={base}
              />
            ) : null}
          </>
        )
      ) : events.error ? null : (
        <Loading label={t("list.loading")} />
      )}
    </>
  );
}

function EventSection({
  id,
  heading,
  empty,
  events,
  base,
}: {
  id: string;
  heading: string;
  empty: string;
  events: TrainingEvent[];
  base: string;
}) {
  const { t } = useTranslation("events");
  const text = useEventText();
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {events.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="events-list">
          {events.map((event) => {
            return (
              <li key={event.id} className="card card--surface events-list__item">
                <h3 className="card__title">
                  <TextLink href={`${base}/${event.id}`}>{event.details.title}</TextLink>
                </h3>
                <p className="events-list__state">
                  <StateBadge state={event.state} />
                </p>
                <dl className="summary-list events-list__facts">
                  <dt>{t("list.when")}</dt>
                  <dd>
                    <EventDays details={event.details} />
                  </dd>
                  <dt>{t("list.seats")}</dt>
                  <dd>{text.seats(event)}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
