import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { orgPath, query } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { useUnitOptions } from "../platform/unitOptions.ts";
import { LinkButton, TextLink } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { ProgressBadge, sortRooms, useAreaLabel, useLearningBase } from "./office/shared.tsx";
import type { Office as OfficeData, OfficeRoom } from "./types.ts";
import "./learning.css";

const ORGANISATION = "organisation";
const ME = "me";
const UNIT = /^unit:[0-9a-f-]{36}$/;

/**
 * The office: every learning room is a door off one corridor, the introduction at the
 * entrance. Each door shows how far the chosen group has come and leads into the room.
 */
export function Office() {
  const { t } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const base = useLearningBase();
  const [params, setParams] = useSearchParams();
  const units = useUnitOptions();
  useDocumentTitle(t("office.title"), organisation.name);

  const asked = params.get("grupp") ?? ORGANISATION;
  const group = asked === ME || UNIT.test(asked) ? asked : ORGANISATION;
  const office = useResource<OfficeData>(
    `${orgPath(organisation.id, "learning", "rooms")}${query({ group })}`,
  );

  const groupOptions = [
    { id: ORGANISATION, label: t("office.group.organisation") },
    ...units.options.map((unit) => ({ id: `unit:${unit.id}`, label: unit.label })),
    { id: ME, label: t("office.group.me") },
  ];
  // A unit in the address that is not (or no longer) in the list still gets a name.
  if (!groupOptions.some((option) => option.id === group)) {
    groupOptions.splice(1, 0, { id: group, label: t("office.group.unknownUnit") });
  }
  const groupLabel = groupOptions.find((option) => option.id === group)?.label ?? "";
  const rooms = office.data ? sortRooms(office.data.rooms) : [];

  return (
    <>
      <PageHeading
        intro={t("office.intro")}
        actions={
          can(organisation, "learning.readEvidence") ? (
            <LinkButton href={`${base}/uppfoljning`}>{t("office.evidenceLink")}</LinkButton>
          ) : null
        }
      >
        {t("office.title")}
      </PageHeading>
      <p className="office-how">{t("office.how")}</p>

      <div className="office-group">
        <Select
          label={t("office.group.label")}
          description={t("office.group.help")}
          options={groupOptions}
          value={group}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value === ORGANISATION) next.delete("grupp");
            else next.set("grupp", value);
            setParams(next, { replace: true, preventScrollReset: true });
          }}
        />
      </div>

      <section className="section office" aria-labelledby="office-rooms-heading">
        <h2 id="office-rooms-heading" aria-live="polite">
          {group === ME
            ? t("office.roomsHeadingMe")
            : t("office.roomsHeading", { group: groupLabel })}
        </h2>
        {office.error ? <LoadError error={office.error} onRetry={office.reload} /> : null}
        {office.data ? (
          <ul className="office-plan" aria-busy={office.loading || undefined}>
            {rooms.map((room) => (
              <Door key={room.id} room={room} base={base} />
            ))}
          </ul>
        ) : office.error ? null : (
          <Loading label={t("office.loading")} />
        )}
      </section>
    </>
  );
}

function Door({ room, base }: { room: OfficeRoom; base: string }) {
  const { t } = useTranslation("learning");
  const areaLabel = useAreaLabel();
  const format = useFormat();
  const headingId = `door-${room.id}`;
  const metaId = `door-${room.id}-meta`;
  const progressId = `door-${room.id}-progress`;
  const entrance = room.area === null;

  return (
    <li
      className={`office-door office-door--${room.progress}${entrance ? " office-door--entrance" : ""}`}
    >
      <article className="office-door__room" aria-labelledby={headingId}>
        <span className="office-door__leaf" aria-hidden="true" />
        <p className="office-door__area">{entrance ? t("office.entrance") : areaLabel(room)}</p>
        <h3 id={headingId} className="office-door__title">
          <TextLink
            href={`${base}/${room.id}`}
            className="office-door__link"
            aria-describedby={`${progressId} ${metaId}`}
          >
            {room.title}
          </TextLink>
        </h3>
        <p id={metaId} className="office-door__meta">
          {t("office.meta", { minutes: room.minutes, count: room.stepCount })}
        </p>
        <div className="office-door__status">
          <ProgressBadge progress={room.progress} id={progressId} />
          {room.lastActivityAt ? (
            <span className="office-door__when">
              {t("office.lastActivity", { date: format.date(room.lastActivityAt) })}
            </span>
          ) : null}
        </div>
        {room.openSessionId ? (
          <p className="office-door__resume">
            <TextLink href={`${base}/sessioner/${room.openSessionId}`}>
              {t("office.resume")}
              <span className="visually-hidden">
                {" "}
                {t("office.resumeIn", { title: room.title })}
              </span>
            </TextLink>
          </p>
        ) : null}
      </article>
    </li>
  );
}
