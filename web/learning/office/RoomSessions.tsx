import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/format.ts";
import { LoadError, type Resource } from "../../app/resource.tsx";
import { TextLink } from "../../ui/Button.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { Cell, Table } from "../../ui/Table.tsx";
import type { RoomView, SessionSummary } from "../types.ts";
import { SessionStatusBadge, useLearningBase, useSessionGroupLabel } from "./shared.tsx";

/** The room's sessions, open and finished: the groups' and the user's own, newest first. */
export function RoomSessions({
  room,
  sessions,
}: {
  room: RoomView;
  sessions: Resource<{ sessions: SessionSummary[] }>;
}) {
  const { t } = useTranslation("learning");
  const format = useFormat();
  const base = useLearningBase();
  const groupLabel = useSessionGroupLabel();
  const list = sessions.data?.sessions ?? [];
  const columns = {
    date: t("sessions.date"),
    group: t("sessions.group"),
    participants: t("sessions.participants"),
    status: t("sessions.status"),
    actions: t("sessions.actions"),
  };

  return (
    <section className="section" aria-labelledby="room-sessions-heading">
      <h2 id="room-sessions-heading">{t("sessions.heading")}</h2>
      <p>{t("sessions.intro")}</p>
      {sessions.error ? <LoadError error={sessions.error} onRetry={sessions.reload} /> : null}
      {!sessions.data && !sessions.error ? <Loading label={t("sessions.loading")} /> : null}
      {sessions.data && list.length === 0 ? <p>{t("sessions.none")}</p> : null}
      {list.length > 0 ? (
        <Table
          caption={t("sessions.caption", { title: room.title })}
          hideCaption
          columns={[
            { key: "date", label: columns.date },
            { key: "group", label: columns.group },
            { key: "participants", label: columns.participants, numeric: true },
            { key: "status", label: columns.status },
            { key: "actions", label: columns.actions, hidden: true },
          ]}
        >
          {list.map((session) => {
            const who = groupLabel(session);
            const started = format.date(session.startedAt);
            return (
              <tr key={session.id}>
                <Cell label={columns.date}>{started}</Cell>
                <Cell label={columns.group}>{who}</Cell>
                <Cell label={columns.participants} numeric>
                  {format.number(session.participantCount)}
                </Cell>
                <Cell label={columns.status}>
                  <SessionStatusBadge status={session.status} />
                </Cell>
                <Cell actions>
                  {session.status === "completed" ? (
                    <TextLink href={`${base}/sessioner/${session.id}/sammanfattning`}>
                      {t("sessions.summary")}
                      <span className="visually-hidden">
                        {" "}
                        {t("sessions.of", { group: who, date: started })}
                      </span>
                    </TextLink>
                  ) : (
                    <TextLink href={`${base}/sessioner/${session.id}`}>
                      {t("sessions.resume")}
                      <span className="visually-hidden">
                        {" "}
                        {t("sessions.of", { group: who, date: started })}
                      </span>
                    </TextLink>
                  )}
                </Cell>
              </tr>
            );
          })}
        </Table>
      ) : null}
    </section>
  );
}
