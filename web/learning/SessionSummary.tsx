import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, LinkButton, TextLink } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { DraftDialog, type DraftKind } from "./session/DraftDialog.tsx";
import { Feedback } from "./session/Feedback.tsx";
import { questionNumbers } from "./session/StepNotes.tsx";
import { usePageMode } from "./session/usePageMode.ts";
import { learningHref, roomPath, sessionPath } from "./session/useSession.ts";
import type { Note, PlanItem, RoomView, Session } from "./types.ts";
import "./session/session.css";

/**
 * What a session produced: who took part, every note by step, the task's proposals, and a
 * way to make any note a draft risk or measure in this year's plan. Then the participants'
 * feedback, and a printout.
 */
export function SessionSummary() {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  const { sessionId = "" } = useParams();
  const session = useResource<Session>(sessionPath(organisation.id, sessionId));
  const data = session.data;
  const room = useResource<RoomView>(
    data?.roomAvailable ? roomPath(organisation.id, data.roomId) : null,
  );

  if (!data) {
    if (session.error) return <Unavailable error={session.error} onRetry={session.reload} />;
    return <Loading label={t("summary.loading")} />;
  }
  if (data.roomAvailable && !room.data && !room.error) {
    return <Loading label={t("summary.loading")} />;
  }
  // Without the room (removed, or not loaded) the notes are still shown with their prompts.
  return <Summary key={data.id} initial={data} room={room.data ?? null} />;
}

function Unavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  useDocumentTitle(t("summary.unavailable"), organisation.name);
  return (
    <>
      <PageHeading>{t("summary.unavailable")}</PageHeading>
      <LoadError error={error} onRetry={onRetry} />
    </>
  );
}

interface NoteGroup {
  id: string;
  title: string | null;
  notes: Note[];
}

function Summary({ initial, room }: { initial: Session; room: RoomView | null }) {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  const format = useFormat();
  const location = useLocation();
  const navigate = useNavigate();
  const [session, setSession] = useState(initial);
  const [dialog, setDialog] = useState<{ kind: DraftKind; note: Note } | null>(null);
  const [message, setMessage] = useState<string | null>(
    () => (location.state as { message?: string } | null)?.message ?? null,
  );
  useEffect(() => {
    if (location.state) navigate(".", { replace: true, state: null });
  }, [location.state, navigate]);
  usePageMode("summary");

  const roomTitle = session.roomTitle ?? room?.title ?? t("summary.removedRoom");
  const title = t("summary.title", { room: roomTitle });
  useDocumentTitle(title, organisation.name);
  const { plan } = session;
  const canDraft = plan.mayDraft && plan.started && !plan.closed;
  const cycleBase = `/o/${organisation.id}/aktiva-atgarder`;

  // Notes by step, in the room's order; the task's proposals get their own section.
  const steps = new Map(room?.steps.map((s) => [s.id, s]) ?? []);
  const taskNotes = session.notes.filter((n) => steps.get(n.stepId)?.type === "task");
  const groups: NoteGroup[] = [];
  for (const note of session.notes) {
    if (taskNotes.includes(note)) continue;
    const step = steps.get(note.stepId);
    let group = groups.find((g) => g.id === note.stepId);
    if (!group) {
      group = { id: note.stepId, title: step?.title ?? null, notes: [] };
      groups.push(group);
    }
    group.notes.push(note);
  }
  const numbers = room ? questionNumbers(room) : new Map<string, { own: boolean; n: number }>();
  const promptOf = (note: Note) => {
    const number = numbers.get(`${note.stepId}/${note.itemId}`);
    if (!number) return { name: null, text: note.prompt };
    return {
      name: number.own
        ? t("notes.ownQuestionName", { n: number.n })
        : t("notes.questionName", { n: number.n }),
      text: note.prompt,
    };
  };

  // For a measure: who the group said is responsible, and when.
  const taskText = (kind: "responsible" | "when") => {
    if (!room) return "";
    for (const step of room.steps) {
      const field = step.fields.find((f) => f.kind === kind);
      if (!field) continue;
      const note = session.notes.find((n) => n.stepId === step.id && n.itemId === field.id);
      if (note) return note.text;
    }
    return "";
  };

  // "Who" and "when" of the task are not risks or measures of their own: they fill in the measure.
  const supporting = new Set(
    (room?.steps ?? []).flatMap((step) =>
      step.fields
        .filter((f) => f.kind === "responsible" || f.kind === "when")
        .map((f) => `${step.id}/${f.id}`),
    ),
  );

  const draftAdded = (note: Note, item: PlanItem) => {
    setSession((s) => ({
      ...s,
      notes: s.notes.map((n) =>
        n.id === note.id ? { ...n, planItems: [...n.planItems, item] } : n,
      ),
    }));
    setDialog(null);
    setMessage(
      item.kind === "risk"
        ? t("draft.doneRisk", { title: item.title, year: item.year })
        : t("draft.doneMeasure", { title: item.title, year: item.year }),
    );
  };

  const renderNote = (note: Note, level: 3 | 4) => {
    const prompt = promptOf(note);
    const Heading = level === 3 ? "h3" : "h4";
    const headingId = `summary-note-${note.id}`;
    return (
      <li key={note.id} className="summary-note">
        <article aria-labelledby={headingId}>
          <Heading id={headingId} className="summary-note__prompt">
            {prompt.name ? (
              <>
                <span className="summary-note__name">{prompt.name}</span>{" "}
                <span className="summary-note__question">{prompt.text}</span>
              </>
            ) : (
              prompt.text
            )}
          </Heading>
          <p className="summary-note__text">{note.text}</p>
          {note.planItems.length > 0 ? (
            <ul className="summary-note__drafts">
              {note.planItems.map((item) => (
                <li key={item.id}>
                  <TextLink
                    href={
                      item.kind === "risk"
                        ? `${cycleBase}/${item.year}/risker#risk-${item.id}`
                        : `${cycleBase}/${item.year}/atgarder/${item.id}`
                    }
                  >
                    {t("summary.draftLink", {
                      title: item.title,
                      kind: t(`summary.kind.${item.kind}`),
                      year: item.year,
                    })}
                  </TextLink>
                </li>
              ))}
            </ul>
          ) : null}
          {canDraft && !supporting.has(`${note.stepId}/${note.itemId}`) ? (
            <div className="cluster summary-note__actions no-print">
              <Button
                size="small"
                aria-describedby={headingId}
                onPress={() => {
                  setMessage(null);
                  setDialog({ kind: "risk", note });
                }}
              >
                {t("summary.toRisk")}
              </Button>
              <Button
                size="small"
                aria-describedby={headingId}
                onPress={() => {
                  setMessage(null);
                  setDialog({ kind: "measure", note });
                }}
              >
                {t("summary.toMeasure")}
              </Button>
            </div>
          ) : null}
        </article>
      </li>
    );
  };

  const names = session.participantNames.trim();
  const date = session.completedAt ?? session.startedAt;

  return (
    <div className="session-summary">
      <PageHeading eyebrow={t(`player.eyebrow.${session.mode}`)}>{title}</PageHeading>

      <dl className="summary-list session-summary__facts">
        <dt>{t("summary.room")}</dt>
        <dd>{roomTitle}</dd>
        <dt>{t("summary.date")}</dt>
        <dd>{format.date(date)}</dd>
        <dt>{t("summary.status")}</dt>
        <dd>{t(`summary.statuses.${session.status}`)}</dd>
        {session.mode === "group" ? (
          <>
            {session.unitName ? (
              <>
                <dt>{t("summary.unit")}</dt>
                <dd>{session.unitName}</dd>
              </>
            ) : null}
            {session.groupName ? (
              <>
                <dt>{t("summary.group")}</dt>
                <dd>{session.groupName}</dd>
              </>
            ) : null}
            <dt>{t("summary.participants")}</dt>
            <dd>
              {t("participants.count", { count: session.participantCount })}
              {names ? <span className="session-summary__names">{names}</span> : null}
            </dd>
          </>
        ) : (
          <>
            <dt>{t("summary.takenBy")}</dt>
            <dd>{session.startedByName ?? t("summary.unknownPerson")}</dd>
          </>
        )}
      </dl>

      <div className="cluster no-print">
        <Button onPress={() => window.print()}>{t("summary.print")}</Button>
        {session.status !== "completed" && session.roomAvailable ? (
          <LinkButton href={`${learningHref(organisation.id)}/sessioner/${session.id}`}>
            {t("summary.continue")}
          </LinkButton>
        ) : null}
        {session.roomAvailable ? (
          <TextLink href={`${learningHref(organisation.id)}/${session.roomId}`}>
            {t("player.toRoom")}
          </TextLink>
        ) : null}
      </div>

      {session.status !== "completed" ? (
        <Alert tone="info" className="session-after-alert">
          <p>{t("summary.notCompleted")}</p>
        </Alert>
      ) : null}

      <div role="status" className="session-messages">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>

      {session.notes.length === 0 ? (
        <section className="section" aria-labelledby="summary-notes-heading">
          <h2 id="summary-notes-heading">{t("summary.notesHeading")}</h2>
          <p>{t("summary.noNotes")}</p>
        </section>
      ) : (
        <>
          <PlanNotice session={session} cycleBase={cycleBase} />
          {taskNotes.length > 0 ? (
            <section className="section" aria-labelledby="summary-task-heading">
              <h2 id="summary-task-heading">{t("summary.taskHeading")}</h2>
              <p className="muted">
                {t(session.mode === "group" ? "summary.taskIntro" : "summary.taskIntroMine")}
              </p>
              <ul className="summary-notes">{taskNotes.map((note) => renderNote(note, 3))}</ul>
            </section>
          ) : null}
          {groups.length > 0 ? (
            <section className="section" aria-labelledby="summary-notes-heading">
              <h2 id="summary-notes-heading">{t("summary.notesHeading")}</h2>
              {groups.map((group) =>
                group.title ? (
                  <section key={group.id} aria-labelledby={`summary-step-${group.id}`}>
                    <h3 id={`summary-step-${group.id}`}>{group.title}</h3>
                    <ul className="summary-notes">{group.notes.map((n) => renderNote(n, 4))}</ul>
                  </section>
                ) : (
                  <ul key={group.id} className="summary-notes">
                    {group.notes.map((n) => renderNote(n, 3))}
                  </ul>
                ),
              )}
            </section>
          ) : null}
        </>
      )}

      {session.status === "completed" ? <Feedback session={session} /> : null}

      {dialog ? (
        <DraftDialog
          kind={dialog.kind}
          note={dialog.note}
          sessionId={session.id}
          year={plan.year}
          area={room?.area ?? null}
          responsible={taskText("responsible")}
          when={taskText("when")}
          onClose={() => setDialog(null)}
          onDone={(item) => draftAdded(dialog.note, item)}
        />
      ) : null}
    </div>
  );
}

/** Whether notes can become drafts in this year's plan, and if not, why. */
function PlanNotice({ session, cycleBase }: { session: Session; cycleBase: string }) {
  const { t } = useTranslation("learningSession");
  const { plan } = session;
  if (!plan.mayDraft)
    return (
      <Alert tone="info" className="session-after-alert no-print">
        <p>{t(session.mode === "group" ? "plan.notAllowed" : "plan.notAllowedMine")}</p>
      </Alert>
    );
  if (!plan.started)
    return (
      <Alert tone="warning" className="session-after-alert no-print">
        <p>{t("plan.notStarted", { year: plan.year })}</p>
        <p>
          <TextLink href={cycleBase}>{t("plan.toCycle")}</TextLink>
        </p>
      </Alert>
    );
  if (plan.closed)
    return (
      <Alert tone="warning" className="session-after-alert no-print">
        <p>{t("plan.closed", { year: plan.year })}</p>
      </Alert>
    );
  return <p className="session-after-alert no-print">{t("plan.intro", { year: plan.year })}</p>;
}
