import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { orgPath, query } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { RequireSection, useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { TextLink } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { FeedbackSummary } from "./office/FeedbackSummary.tsx";
import { SessionStatusBadge, useLearningBase, useSessionGroupLabel } from "./office/shared.tsx";
import type { Evidence as EvidenceData } from "./types.ts";
import "./learning.css";

const EVIDENCE = { anyOf: ["learning.readEvidence"] };
/** This year and the four before it. */
const YEARS_BACK = 4;

/** Who took which room in a year, and what they thought: the knowledge-building on record. */
export function Evidence() {
  return (
    <RequireSection section={EVIDENCE}>
      <EvidencePage />
    </RequireSection>
  );
}

function EvidencePage() {
  const { t } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const base = useLearningBase();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - i));
  const asked = params.get("ar") ?? "";
  const year =
    /^\d{4}$/.test(asked) && Number(asked) >= 2000 && Number(asked) <= 2100
      ? asked
      : String(thisYear);
  if (!years.includes(year)) years.push(year);
  const evidence = useResource<EvidenceData>(
    `${orgPath(organisation.id, "learning", "evidence")}${query({ year })}`,
  );
  useDocumentTitle(t("evidence.title", { year }), t("office.title"), organisation.name);

  return (
    <>
      <p className="learning-back">
        <TextLink href={base}>
          <span aria-hidden="true">← </span>
          {t("room.back")}
        </TextLink>
      </p>
      <PageHeading intro={t("evidence.intro")}>{t("evidence.title", { year })}</PageHeading>
      <p>{t("evidence.documentation")}</p>
      <div className="office-group">
        <Select
          label={t("evidence.year")}
          options={years.map((y) => ({ id: y, label: y }))}
          value={year}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value === String(thisYear)) next.delete("ar");
            else next.set("ar", value);
            setParams(next, { replace: true, preventScrollReset: true });
          }}
        />
      </div>
      {evidence.error ? <LoadError error={evidence.error} onRetry={evidence.reload} /> : null}
      {evidence.data && evidence.data.year === Number(year) ? (
        <EvidenceContent evidence={evidence.data} />
      ) : evidence.error ? null : (
        <Loading label={t("evidence.loading", { year })} />
      )}
    </>
  );
}

function EvidenceContent({ evidence }: { evidence: EvidenceData }) {
  const { t } = useTranslation("learning");
  const format = useFormat();
  const groupLabel = useSessionGroupLabel();
  const columns = {
    room: t("evidence.columns.room"),
    group: t("evidence.columns.group"),
    mode: t("evidence.columns.mode"),
    started: t("evidence.columns.started"),
    completed: t("evidence.columns.completed"),
    participants: t("evidence.columns.participants"),
    status: t("evidence.columns.status"),
  };
  const completed = evidence.sessions.filter((s) => s.status === "completed");
  const participants = completed.reduce((n, s) => n + s.participantCount, 0);

  return (
    <>
      <section className="section" aria-labelledby="evidence-sessions-heading">
        <h2 id="evidence-sessions-heading">{t("evidence.sessionsHeading")}</h2>
        {evidence.sessions.length === 0 ? (
          <p>{t("evidence.none", { year: evidence.year })}</p>
        ) : (
          <>
            <p>
              {t("evidence.totals", {
                count: evidence.sessions.length,
                completed: completed.length,
                participants,
              })}
            </p>
            <Table
              className="evidence-table"
              caption={t("evidence.caption", { year: evidence.year })}
              columns={[
                { key: "room", label: columns.room },
                { key: "group", label: columns.group },
                { key: "mode", label: columns.mode },
                { key: "started", label: columns.started },
                { key: "completed", label: columns.completed },
                { key: "participants", label: columns.participants, numeric: true },
                { key: "status", label: columns.status },
              ]}
            >
              {evidence.sessions.map((session) => (
                <tr key={session.id}>
                  <Cell label={columns.room}>{session.roomTitle ?? t("evidence.roomRemoved")}</Cell>
                  <Cell label={columns.group}>{groupLabel(session)}</Cell>
                  <Cell label={columns.mode}>{t(`mode.${session.mode}`)}</Cell>
                  <Cell label={columns.started}>{format.date(session.startedAt)}</Cell>
                  <Cell label={columns.completed}>
                    {session.completedAt ? (
                      format.date(session.completedAt)
                    ) : (
                      <span className="muted">{t("evidence.notCompleted")}</span>
                    )}
                  </Cell>
                  <Cell label={columns.participants} numeric>
                    {format.number(session.participantCount)}
                  </Cell>
                  <Cell label={columns.status}>
                    <SessionStatusBadge status={session.status} />
                  </Cell>
                </tr>
              ))}
            </Table>
          </>
        )}
      </section>

      {evidence.rooms.length > 0 ? (
        <section className="section" aria-labelledby="evidence-rooms-heading">
          <h2 id="evidence-rooms-heading">{t("evidence.roomsHeading")}</h2>
          <p>{t("evidence.roomsIntro")}</p>
          <ul className="evidence-rooms">
            {evidence.rooms.map((room) => {
              const headingId = `evidence-room-${room.roomId}`;
              return (
                <li key={room.roomId}>
                  <article className="card evidence-room" aria-labelledby={headingId}>
                    <h3 id={headingId} className="card__title">
                      {room.title}
                    </h3>
                    <dl className="summary-list">
                      <dt>{t("evidence.completedSessions")}</dt>
                      <dd>{format.number(room.completedSessions)}</dd>
                      <dt>{t("evidence.participants")}</dt>
                      <dd>{format.number(room.participants)}</dd>
                    </dl>
                    <FeedbackSummary room={room} headingId={headingId} />
                  </article>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
