import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import type { TimerAction } from "../../core/learning/timer.ts";
import { api } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useErrorMessage, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, LinkButton, TextLink } from "../ui/Button.tsx";
import { cx } from "../ui/cx.ts";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Participants } from "./session/Participants.tsx";
import { StepContent, stepKind } from "./session/StepContent.tsx";
import { StepList } from "./session/StepList.tsx";
import { StepNotes } from "./session/StepNotes.tsx";
import { StepTimer } from "./session/StepTimer.tsx";
import { usePageMode, useStepKeys } from "./session/usePageMode.ts";
import { learningHref, roomPath, sessionPath, useNoteStore } from "./session/useSession.ts";
import type { RoomView, Session } from "./types.ts";
import "./session/session.css";

/**
 * A session of a room, one step at a time: on a shared screen for a group (large type, the
 * clock, the scribe's notes) or for one person alone. The step, the clocks and the notes are
 * kept on the server, so a reload or another day continues where the group left off.
 */
export function SessionPlayer() {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  const { sessionId = "" } = useParams();
  const session = useResource<Session>(sessionPath(organisation.id, sessionId));
  const data = session.data;
  const playable = data?.roomAvailable === true && data.status !== "completed";
  const room = useResource<RoomView>(playable ? roomPath(organisation.id, data.roomId) : null);

  if (!data) {
    if (session.error) return <Unavailable error={session.error} onRetry={session.reload} />;
    return <Loading label={t("player.loading")} />;
  }
  if (!data.roomAvailable) return <RoomGone session={data} />;
  if (data.status === "completed") return <Completed session={data} />;
  if (!room.data) {
    if (room.error) return <Unavailable error={room.error} onRetry={room.reload} />;
    return <Loading label={t("player.loading")} />;
  }
  if (room.data.steps.length === 0) return <RoomGone session={data} />;
  return <Player key={data.id} initial={data} room={room.data} />;
}

function Unavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  useDocumentTitle(t("player.unavailable"), organisation.name);
  return (
    <>
      <PageHeading>{t("player.unavailable")}</PageHeading>
      <LoadError error={error} onRetry={onRetry} />
      <p>
        <TextLink href={learningHref(organisation.id)}>{t("player.toOffice")}</TextLink>
      </p>
    </>
  );
}

function summaryHref(organisationId: string, sessionId: string) {
  return `${learningHref(organisationId)}/sessioner/${sessionId}/sammanfattning`;
}

/** The room was taken out of the content: no player, but the notes are in the summary. */
function RoomGone({ session }: { session: Session }) {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  useDocumentTitle(t("gone.title"), organisation.name);
  return (
    <>
      <PageHeading>{t("gone.title")}</PageHeading>
      <Alert tone="warning">
        <p>{t("gone.text")}</p>
      </Alert>
      <div className="cluster session-after-alert">
        <LinkButton variant="primary" href={summaryHref(organisation.id, session.id)}>
          {t("gone.toSummary")}
        </LinkButton>
        <TextLink href={learningHref(organisation.id)}>{t("player.toOffice")}</TextLink>
      </div>
    </>
  );
}

function Completed({ session }: { session: Session }) {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  const title = session.roomTitle ?? t("gone.title");
  useDocumentTitle(title, organisation.name);
  return (
    <>
      <PageHeading eyebrow={t(`player.eyebrow.${session.mode}`)}>{title}</PageHeading>
      <p>{t("completed.text")}</p>
      <div className="cluster">
        <LinkButton variant="primary" href={summaryHref(organisation.id, session.id)}>
          {t("completed.toSummary")}
        </LinkButton>
        <TextLink href={`${learningHref(organisation.id)}/${session.roomId}`}>
          {t("player.toRoom")}
        </TextLink>
      </div>
    </>
  );
}

function Player({ initial, room }: { initial: Session; room: RoomView }) {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  const navigate = useNavigate();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const [session, setSession] = useState(initial);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  const store = useNoteStore(organisation.id, initial);
  const steps = room.steps;
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      steps.findIndex((s) => s.id === initial.currentStep),
    ),
  );
  const step = steps[index] ?? steps[0]!;
  const group = session.mode === "group";
  const path = sessionPath(organisation.id, session.id);
  const last = index === steps.length - 1;
  usePageMode(group ? "projector" : "individual");
  useDocumentTitle(
    t("player.documentTitle", { n: index + 1, step: step.title }),
    room.title,
    organisation.name,
  );

  const [message, setMessage] = useState<string | null>(
    () => (location.state as { message?: string } | null)?.message ?? null,
  );
  useEffect(() => {
    if (location.state) navigate(".", { replace: true, state: null });
  }, [location.state, navigate]);
  const [problem, setProblem] = useState<string | null>(null);

  // Answers are taken in the order the requests were made, so a slow one never undoes a later one.
  const sent = useRef(0);
  const applied = useRef(0);
  const send = useCallback(async (request: () => Promise<Session>) => {
    const mine = ++sent.current;
    const next = await request();
    if (mine > applied.current) {
      applied.current = mine;
      setSession(next);
      setReceivedAt(Date.now());
    }
    return next;
  }, []);
  const patch = useCallback(
    (body: Record<string, unknown>) => send(() => api<Session>(path, { method: "PATCH", body })),
    [send, path],
  );

  // A paused session opened again carries on where it was left.
  const resumed = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the player opens
  useEffect(() => {
    if (resumed.current || initial.status !== "paused") return;
    resumed.current = true;
    patch({ status: "active" }).then(
      () => setMessage(t(group ? "player.resumed" : "player.resumedMine", { n: index + 1 })),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, []);

  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const go = (next: number) => {
    const target = steps[next];
    if (!target || next === index) return;
    moved.current = true;
    setIndex(next);
    setProblem(null);
    setMessage(null);
    patch({ currentStep: target.id }).catch((error: unknown) =>
      setProblem(t("player.moveFailed", { message: errorMessage(error) })),
    );
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: after each change of step
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [index]);
  useStepKeys(
    () => go(index + 1),
    () => go(index - 1),
  );

  const [timerPending, setTimerPending] = useState<TimerAction | null>(null);
  const timerAction = async (action: TimerAction) => {
    setTimerPending(action);
    setProblem(null);
    try {
      const next = await send(() =>
        api<Session>(`${path}/timer`, { method: "POST", body: { stepId: step.id, action } }),
      );
      return next.timers[step.id] ?? null;
    } catch (error) {
      setProblem(errorMessage(error));
      return null;
    } finally {
      setTimerPending(null);
    }
  };

  const [leaving, setLeaving] = useState<"pause" | "finish" | null>(null);
  const leave = async (kind: "pause" | "finish") => {
    setLeaving(kind);
    setProblem(null);
    try {
      await store.flushAll();
      const unsaved = store.unsavedCount();
      if (unsaved > 0) {
        setProblem(t("player.unsaved", { count: unsaved }));
        return;
      }
      await patch({ status: kind === "pause" ? "paused" : "completed" });
      if (kind === "pause")
        navigate(`${learningHref(organisation.id)}/${room.id}`, {
          state: {
            message: t(group ? "player.pausedMessage" : "player.pausedMessageMine", {
              room: room.title,
            }),
          },
        });
      else
        navigate(summaryHref(organisation.id, session.id), {
          state: { message: t(group ? "player.finishedMessage" : "player.finishedMessageMine") },
        });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setLeaving(null);
    }
  };

  return (
    <div className={cx("session-player", group ? "session--projector" : "session--individual")}>
      <div className="session-head">
        <PageHeading eyebrow={t(`player.eyebrow.${session.mode}`)}>{room.title}</PageHeading>
        <div className="session-progress">
          <p className="session-progress__text" aria-hidden="true">
            {t("player.stepOf", { n: index + 1, total: steps.length })}
          </p>
          <div
            role="progressbar"
            aria-label={t("player.progress")}
            aria-valuemin={0}
            aria-valuemax={steps.length}
            aria-valuenow={index + 1}
            aria-valuetext={t("player.stepOf", { n: index + 1, total: steps.length })}
            className="session-progress__bar"
          >
            <span style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
          </div>
        </div>
      </div>

      <div role="status" className="session-messages">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>
      <div role="alert" className="session-messages">
        {problem ? <Alert tone="error">{problem}</Alert> : null}
      </div>

      <div className="session-layout">
        <StepTimer
          step={step}
          timer={session.timers[step.id]}
          receivedAt={receivedAt}
          pending={timerPending}
          onAction={timerAction}
        />

        <article className="session-step" aria-labelledby="session-step-heading">
          <p className="session-step__meta">
            <span>{t("player.stepOf", { n: index + 1, total: steps.length })}</span>
            <span className="session-step__type">{t(`type.${stepKind(step)}`)}</span>
            <span>{t("step.aboutMinutes", { count: step.minutes })}</span>
          </p>
          <h2 id="session-step-heading" ref={heading} tabIndex={-1} className="session-step__title">
            {step.title}
          </h2>
          <StepContent step={step} locale={session.locale} />
          <StepNotes step={step} room={room} store={store} mode={session.mode} />

          <div className="session-pager">
            <Button onPress={() => go(index - 1)} isDisabled={index === 0}>
              <span aria-hidden="true">← </span>
              {t("player.previous")}
            </Button>
            {last ? (
              <Button
                variant="primary"
                onPress={() => void leave("finish")}
                isPending={leaving === "finish"}
              >
                {t("player.finish")}
              </Button>
            ) : (
              <Button variant="primary" onPress={() => go(index + 1)}>
                {t("player.next")}
                <span aria-hidden="true"> →</span>
              </Button>
            )}
          </div>
          {!last ? (
            <p className="session-pager__next muted">
              {t("player.upNext", { step: steps[index + 1]?.title ?? "" })}
            </p>
          ) : null}
        </article>

        <div className="session-aside">
          <StepList steps={steps} current={index} onGo={go} />
          {group ? (
            <Participants
              session={session}
              onSave={async (changes) => {
                await patch(changes);
              }}
            />
          ) : null}
          <section className="session-leave" aria-labelledby="session-leave-heading">
            <h2 id="session-leave-heading" className="session-aside__heading">
              {t("player.leaveHeading")}
            </h2>
            <p className="muted">{t(group ? "player.leaveText" : "player.leaveTextMine")}</p>
            <Button onPress={() => void leave("pause")} isPending={leaving === "pause"}>
              {t("player.pause")}
            </Button>
          </section>
          <FullScreen />
          <Shortcuts />
        </div>
      </div>
    </div>
  );
}

/** On a projector the browser's own frame can go too. */
function FullScreen() {
  const { t } = useTranslation("learningSession");
  const [on, setOn] = useState(
    () => typeof document !== "undefined" && !!document.fullscreenElement,
  );
  useEffect(() => {
    const change = () => setOn(!!document.fullscreenElement);
    document.addEventListener("fullscreenchange", change);
    return () => document.removeEventListener("fullscreenchange", change);
  }, []);
  if (typeof document === "undefined" || !document.fullscreenEnabled) return null;
  return (
    <div className="session-fullscreen">
      <Button
        size="small"
        onPress={() => {
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen().catch(() => undefined);
        }}
      >
        {on ? t("player.fullscreenOff") : t("player.fullscreenOn")}
      </Button>
    </div>
  );
}

function Shortcuts() {
  const { t } = useTranslation("learningSession");
  return (
    <section className="session-shortcuts" aria-labelledby="session-shortcuts-heading">
      <h2 id="session-shortcuts-heading" className="session-aside__heading">
        {t("shortcuts.heading")}
      </h2>
      <dl>
        <dt>
          <kbd>Page Down</kbd> {t("shortcuts.or")} <kbd>Alt</kbd> +{" "}
          <Arrow label={t("shortcuts.right")} symbol="→" />
        </dt>
        <dd>{t("shortcuts.next")}</dd>
        <dt>
          <kbd>Page Up</kbd> {t("shortcuts.or")} <kbd>Alt</kbd> +{" "}
          <Arrow label={t("shortcuts.left")} symbol="←" />
        </dt>
        <dd>{t("shortcuts.previous")}</dd>
      </dl>
      <p className="muted">{t("shortcuts.notWhileTyping")}</p>
    </section>
  );
}

function Arrow({ label, symbol }: { label: string; symbol: string }) {
  return (
    <kbd>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </kbd>
  );
}
