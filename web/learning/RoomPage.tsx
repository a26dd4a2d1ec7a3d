import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { ApiError, orgPath, query } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { NotFound } from "../platform/NotFound.tsx";
import { Alert } from "../ui/Alert.tsx";
import { TextLink } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Adjustments } from "./office/Adjustments.tsx";
import { RoomSessions } from "./office/RoomSessions.tsx";
import { StartForm } from "./office/StartForm.tsx";
import { useAreaLabel, useLearningBase, useStepTypeLabel } from "./office/shared.tsx";
import type { RoomView, SessionSummary } from "./types.ts";
import "./learning.css";

/** One room: what it holds, starting it, its sessions, the printed guide and adjustments. */
export function RoomPage() {
  const { t } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const { roomId = "" } = useParams();
  const room = useResource<RoomView>(orgPath(organisation.id, "learning", "rooms", roomId));

  if (!room.data) {
    if (room.error instanceof ApiError && room.error.status === 404) return <NotFound />;
    if (room.error) {
      return (
        <>
          <PageHeading>{t("room.unavailable")}</PageHeading>
          <LoadError error={room.error} onRetry={room.reload} />
        </>
      );
    }
    return <Loading label={t("room.loading")} />;
  }
  return (
    <LoadedRoom key={room.data.id} room={room.data} setRoom={room.setData} reload={room.reload} />
  );
}

function LoadedRoom({
  room,
  setRoom,
  reload,
}: {
  room: RoomView;
  setRoom: (room: RoomView) => void;
  reload: () => void;
}) {
  const { t, i18n } = useTranslation("learning");
  const { organisation } = useOrganisation();
  const base = useLearningBase();
  const areaLabel = useAreaLabel();
  const sessions = useResource<{ sessions: SessionSummary[] }>(
    `${orgPath(organisation.id, "learning", "sessions")}${query({ roomId: room.id })}`,
  );
  useDocumentTitle(room.title, t("office.title"), organisation.name);
  // The player sends the group here with a message when it pauses for another day.
  const location = useLocation();
  const navigate = useNavigate();
  const [message] = useState(() => (location.state as { message?: string } | null)?.message);
  useEffect(() => {
    if (location.state) navigate(".", { replace: true, state: null });
  }, [location.state, navigate]);

  const open = (sessions.data?.sessions ?? []).filter((s) => s.status !== "completed");
  const locale = i18n.language === "en" ? "en" : "sv";
  const other = locale === "sv" ? "en" : "sv";
  const guide = (format: "docx" | "pdf", lang: "sv" | "en") =>
    `${orgPath(organisation.id, "learning", "rooms", room.id, `guide.${format}`)}${query({ locale: lang })}`;

  return (
    <>
      <p className="learning-back">
        <TextLink href={base}>
          <span aria-hidden="true">← </span>
          {t("room.back")}
        </TextLink>
      </p>
      <PageHeading
        eyebrow={room.area ? t("room.eyebrow", { area: areaLabel(room) }) : t("office.entrance")}
        intro={room.summary}
      >
        {room.title}
      </PageHeading>
      {message ? (
        <Alert key={message} tone="success">
          {message}
        </Alert>
      ) : null}
      <p className="room-facts">
        {t("room.facts", { count: room.steps.length, minutes: room.minutes })}{" "}
        <a className="room-facts__jump" href="#starta">
          {t("room.jumpToStart")}
        </a>
      </p>
      {open.length > 0 ? (
        <div className="alert room-open">
          <p>{t("room.openSessions", { count: open.length })}</p>
          <ul>
            {open.slice(0, 3).map((session) => (
              <li key={session.id}>
                <OpenSessionLink session={session} base={base} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="room-layout">
        <section className="room-layout__steps" aria-labelledby="room-steps-heading">
          <h2 id="room-steps-heading">{t("room.stepsHeading")}</h2>
          <StepList room={room} />
        </section>
        <aside className="room-layout__aside" aria-label={t("room.asideLabel")}>
          <section
            id="starta"
            className="card room-start"
            aria-labelledby="room-start-heading"
            tabIndex={-1}
          >
            <h2 id="room-start-heading">{t("start.heading")}</h2>
            <StartForm roomId={room.id} />
          </section>
          <section className="card card--surface room-guide" aria-labelledby="room-guide-heading">
            <h2 id="room-guide-heading">{t("guide.heading")}</h2>
            <p>{t("guide.intro")}</p>
            <ul className="room-guide__links">
              {(["docx", "pdf"] as const).map((format) => (
                <li key={format}>
                  <a href={guide(format, locale)} download>
                    {t(`guide.${format}`, { language: t(`guide.language.${locale}`) })}
                  </a>
                </li>
              ))}
              {(["docx", "pdf"] as const).map((format) => (
                <li key={`${format}-${other}`}>
                  <a href={guide(format, other)} download hrefLang={other}>
                    {t(`guide.${format}`, { language: t(`guide.language.${other}`) })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>

      <RoomSessions room={room} sessions={sessions} />

      {can(organisation, "learning.manage") ? (
        <Adjustments room={room} setRoom={setRoom} reload={reload} />
      ) : null}
    </>
  );
}

function OpenSessionLink({ session, base }: { session: SessionSummary; base: string }) {
  const { t } = useTranslation("learning");
  const format = useFormat();
  const date = format.date(session.startedAt);
  return (
    <TextLink href={`${base}/sessioner/${session.id}`}>
      {session.mode === "individual"
        ? t("room.resumeMine", { date })
        : t("room.resumeGroup", {
            date,
            group: session.groupName || session.unitName || t("session.unnamedGroup"),
          })}
    </TextLink>
  );
}

function StepList({ room }: { room: RoomView }) {
  const { t } = useTranslation("learning");
  const typeLabel = useStepTypeLabel();
  const hidden = room.adjustments.hiddenSteps;
  return (
    <>
      <ol className="room-steps">
        {room.steps.map((step, index) => (
          <li key={step.id} className={`room-step room-step--${step.type}`}>
            <p className="room-step__meta">
              {t("room.stepMeta", {
                number: index + 1,
                total: room.steps.length,
                type: typeLabel(step),
                minutes: step.minutes,
              })}
            </p>
            <h3 className="room-step__title">{step.title}</h3>
            {step.questions.length > 0 ? (
              <ul
                className="room-step__questions"
                aria-label={t("room.questionsLabel", { title: step.title })}
              >
                {step.questions.map((question) => (
                  <li key={question.id}>
                    {question.own ? (
                      <>
                        <span className="badge own-badge">{t("own.badge")}</span>{" "}
                      </>
                    ) : null}
                    {question.text}{" "}
                    <span className="room-step__minutes">
                      {t("room.questionMinutes", { minutes: question.minutes })}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="room-total">
        <strong>{t("room.total", { minutes: room.minutes })}</strong>
      </p>
      {hidden.length > 0 ? (
        <p className="muted">
          {t("room.hiddenNote", {
            count: hidden.length,
            steps: hidden.map((s) => s.title).join(", "),
          })}
        </p>
      ) : null}
    </>
  );
}
