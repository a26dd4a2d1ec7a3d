import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COOPERATION_FORUM_LABELS, POSITION_LABELS } from "../../core/cycle/labels.ts";
import {
  COOPERATION_FORUMS,
  type CooperationForum,
  POSITIONS,
  type Position,
} from "../../core/cycle/vocabulary.ts";
import { api, orgPath } from "../app/api.ts";
import { can, useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { DateField } from "../ui/DateField.tsx";
import { ConfirmDialog, ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, anyError, SubmitRow, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { RadioGroup } from "../ui/RadioGroup.tsx";
import { Select } from "../ui/Select.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { TextField } from "../ui/TextField.tsx";
import {
  ConflictAlert,
  TextBlock,
  useConflict,
  useDay,
  useMayManage,
  YearTextsForm,
} from "./follow/shared.tsx";
import { useLabel } from "./labels.ts";
import type { CooperationMeeting, UnionPosition } from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";

/** Cooperation (3 kap. 11–12 §§): meetings, how cooperation was done, the unions' positions. */
export function Cooperation() {
  const { t } = useTranslation("cycleFollow");
  const { organisation } = useOrganisation();
  const { workYear } = useWorkYear();
  useDocumentTitle(t("cooperation.title"), String(workYear.year), organisation.name);
  return (
    <>
      <PageHeading intro={t("cooperation.intro")}>
        {t("cooperation.title")} {workYear.year}
      </PageHeading>
      <Meetings />
      <Statement />
      <Positions />
    </>
  );
}

type MeetingDialog =
  | { kind: "add" }
  | { kind: "edit"; id: string }
  | { kind: "delete"; id: string };

function Meetings() {
  const { t } = useTranslation("cycleFollow");
  const label = useLabel();
  const day = useDay();
  const { organisation } = useOrganisation();
  const { apiBase, reload: reloadYear } = useWorkYear();
  const mayManage = useMayManage();
  const meetings = useResource<CooperationMeeting[]>(`${apiBase}/meetings`);
  const [dialog, setDialog] = useState<MeetingDialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = [...(meetings.data ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const forumName = (m: CooperationMeeting) =>
    m.forum === "other" && m.forumOther ? m.forumOther : label(COOPERATION_FORUM_LABELS[m.forum]);
  const find = (id: string) => list.find((m) => m.id === id);
  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    meetings.reload();
    reloadYear();
  };

  return (
    <section className="section" aria-labelledby="moten">
      <div className="follow-heading-row">
        <h2 id="moten">{t("cooperation.meetings.heading")}</h2>
        {mayManage ? (
          <Button
            variant="primary"
            onPress={() => {
              setMessage(null);
              setDialog({ kind: "add" });
            }}
          >
            {t("cooperation.meetings.add")}
          </Button>
        ) : null}
      </div>
      <p>{t("cooperation.meetings.intro")}</p>
      <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {meetings.error ? <LoadError error={meetings.error} onRetry={meetings.reload} /> : null}
      {!meetings.data && !meetings.error ? <Loading /> : null}
      {meetings.data && list.length === 0 ? <p>{t("cooperation.meetings.none")}</p> : null}
      {list.length > 0 ? (
        <ol className="follow-cards">
          {list.map((meeting) => {
            const title = t("cooperation.meetings.itemTitle", {
              date: day(meeting.heldOn),
              forum: forumName(meeting),
            });
            return (
              <li key={meeting.id} className="card">
                <article aria-labelledby={`meeting-${meeting.id}`}>
                  <h3 id={`meeting-${meeting.id}`} className="card__title">
                    {title}
                  </h3>
                  <dl className="follow-answers">
                    <div>
                      <dt>{t("cooperation.meetings.participants")}</dt>
                      <dd>
                        <TextBlock text={meeting.participants} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t("cooperation.meetings.topics")}</dt>
                      <dd>
                        <TextBlock text={meeting.topics} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t("cooperation.meetings.informationGiven")}</dt>
                      <dd>
                        <TextBlock text={meeting.informationGiven} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t("cooperation.meetings.decisions")}</dt>
                      <dd>
                        <TextBlock text={meeting.decisions} />
                      </dd>
                    </div>
                  </dl>
                  {mayManage ? (
                    <div className="cluster">
                      <Button
                        size="small"
                        aria-label={t("cooperation.meetings.editLabel", { title })}
                        onPress={() => {
                          setMessage(null);
                          setDialog({ kind: "edit", id: meeting.id });
                        }}
                      >
                        {t("common.edit")}
                      </Button>
                      <Button
                        size="small"
                        aria-label={t("cooperation.meetings.deleteLabel", { title })}
                        onPress={() => {
                          setMessage(null);
                          setDialog({ kind: "delete", id: meeting.id });
                        }}
                      >
                        {t("common.remove")}
                      </Button>
                    </div>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ol>
      ) : null}
      {dialog?.kind === "add" ? (
        <MeetingForm
          onClose={() => setDialog(null)}
          onReload={meetings.reload}
          onDone={(m) => done(t("cooperation.meetings.added", { date: day(m.heldOn) }))}
        />
      ) : null}
      {dialog?.kind === "edit" && find(dialog.id) ? (
        <MeetingForm
          meeting={find(dialog.id)}
          onClose={() => setDialog(null)}
          onReload={meetings.reload}
          onDone={(m) => done(t("cooperation.meetings.updated", { date: day(m.heldOn) }))}
        />
      ) : null}
      {dialog?.kind === "delete" && find(dialog.id) ? (
        <ConfirmDialog
          title={t("cooperation.meetings.deleteTitle", {
            date: day(find(dialog.id)!.heldOn),
          })}
          confirmLabel={t("common.remove")}
          action={() => api(orgPath(organisation.id, "meetings", dialog.id), { method: "DELETE" })}
          onDone={() => done(t("cooperation.meetings.deleted"))}
          onCancel={() => setDialog(null)}
        >
          <p>{t("cooperation.meetings.deleteText")}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function MeetingForm({
  meeting,
  onClose,
  onDone,
  onReload,
}: {
  meeting?: CooperationMeeting;
  onClose: () => void;
  onDone: (meeting: CooperationMeeting) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const { t: tCommon } = useTranslation();
  const label = useLabel();
  const { organisation } = useOrganisation();
  const { apiBase } = useWorkYear();
  const form = useFormSubmit();
  const conflict = useConflict();
  const [heldOn, setHeldOn] = useState(meeting?.heldOn ?? "");
  const [forum, setForum] = useState<CooperationForum | null>(meeting?.forum ?? null);
  const [forumOther, setForumOther] = useState(meeting?.forumOther ?? "");
  const [participants, setParticipants] = useState(meeting?.participants ?? "");
  const [topics, setTopics] = useState(meeting?.topics ?? "");
  const [informationGiven, setInformationGiven] = useState(meeting?.informationGiven ?? "");
  const [decisions, setDecisions] = useState(meeting?.decisions ?? "");
  const labels = {
    heldOn: t("cooperation.meetings.heldOn"),
    forum: t("cooperation.meetings.forum"),
    forumOther: t("cooperation.meetings.forumOther"),
    participants: t("cooperation.meetings.participants"),
    topics: t("cooperation.meetings.topics"),
    informationGiven: t("cooperation.meetings.informationGiven"),
    decisions: t("cooperation.meetings.decisions"),
  };

  return (
    <ModalDialog
      wide
      title={meeting ? t("cooperation.meetings.editTitle") : t("cooperation.meetings.add")}
      onClose={onClose}
    >
      {(close) => (
        <AppForm
          form={form}
          labels={labels}
          onSubmit={async () => {
            const errors = {
              heldOn: !heldOn && t("cooperation.meetings.heldOnRequired"),
              forum: !forum && t("cooperation.meetings.forumRequired"),
              forumOther:
                forum === "other" &&
                !forumOther.trim() &&
                t("cooperation.meetings.forumOtherRequired"),
            };
            if (anyError(errors)) return errors;
            const body = {
              heldOn,
              forum,
              forumOther: forum === "other" ? forumOther.trim() : null,
              participants: participants.trim(),
              topics: topics.trim(),
              informationGiven: informationGiven.trim(),
              decisions: decisions.trim(),
            };
            if (meeting) {
              await conflict.guard(async () => {
                const updated = await api<CooperationMeeting>(
                  orgPath(organisation.id, "meetings", meeting.id),
                  { method: "PATCH", body: { ...body, version: meeting.version } },
                );
                onDone(updated);
              });
            } else {
              const created = await api<CooperationMeeting>(`${apiBase}/meetings`, {
                method: "POST",
                body,
              });
              onDone(created);
            }
          }}
        >
          <div className="form-row">
            <DateField
              name="heldOn"
              label={labels.heldOn}
              value={heldOn}
              onChange={setHeldOn}
              isRequired
            />
            <Select
              name="forum"
              label={labels.forum}
              options={COOPERATION_FORUMS.map((id) => ({
                id,
                label: label(COOPERATION_FORUM_LABELS[id]),
              }))}
              value={forum}
              onChange={setForum}
              placeholder={tCommon("field.choose")}
              isRequired
            />
          </div>
          {forum === "other" ? (
            <TextField
              name="forumOther"
              label={labels.forumOther}
              description={t("cooperation.meetings.forumOtherHelp")}
              value={forumOther}
              onChange={setForumOther}
              isRequired
            />
          ) : null}
          <TextField
            name="participants"
            label={labels.participants}
            description={t("cooperation.meetings.participantsHelp")}
            multiline
            optional
            value={participants}
            onChange={setParticipants}
          />
          <TextField
            name="topics"
            label={labels.topics}
            description={t("cooperation.meetings.topicsHelp")}
            multiline
            optional
            value={topics}
            onChange={setTopics}
          />
          <TextField
            name="informationGiven"
            label={labels.informationGiven}
            description={t("cooperation.meetings.informationGivenHelp")}
            multiline
            optional
            value={informationGiven}
            onChange={setInformationGiven}
          />
          <TextField
            name="decisions"
            label={labels.decisions}
            description={t("cooperation.meetings.decisionsHelp")}
            multiline
            optional
            value={decisions}
            onChange={setDecisions}
          />
          <ConflictAlert conflict={conflict} onReload={onReload} />
          <div className="dialog__actions">
            <Button onPress={close}>{tCommon("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {meeting ? tCommon("action.save") : t("cooperation.meetings.addSubmit")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}

function Statement() {
  const { t } = useTranslation("cycleFollow");
  return (
    <section className="section" aria-labelledby="samverkan-beskrivning">
      <h2 id="samverkan-beskrivning">{t("cooperation.statement.heading")}</h2>
      <p>{t("cooperation.statement.intro")}</p>
      <YearTextsForm
        labelledBy="samverkan-beskrivning"
        groups={[
          {
            fields: [
              {
                key: "cooperationStatement",
                label: t("cooperation.statement.label"),
                description: t("cooperation.statement.help"),
              },
            ],
          },
        ]}
        read={(year) => ({ cooperationStatement: year.cooperationStatement })}
        body={(changed) => ({ cooperationStatement: changed.cooperationStatement })}
        submitLabel={t("cooperation.statement.save")}
        savedMessage={t("cooperation.statement.saved")}
      />
    </section>
  );
}

function Positions() {
  const { t } = useTranslation("cycleFollow");
  const { t: tCommon } = useTranslation();
  const label = useLabel();
  const day = useDay();
  const { organisation } = useOrganisation();
  const { apiBase, workYear } = useWorkYear();
  const positions = useResource<UnionPosition[]>(`${apiBase}/positions`);
  const mayRecord = can(organisation, "cycle.recordPosition");
  const list = positions.data ?? [];
  const columns = [
    { key: "name", label: t("cooperation.positions.name") },
    { key: "union", label: t("cooperation.positions.union") },
    { key: "position", label: t("cooperation.positions.position") },
    { key: "comment", label: t("cooperation.positions.comment") },
    { key: "date", label: t("cooperation.positions.date") },
  ];

  return (
    <section className="section" aria-labelledby="stallningstaganden">
      <h2 id="stallningstaganden">{t("cooperation.positions.heading")}</h2>
      <p>{t("cooperation.positions.intro", { year: workYear.year })}</p>
      {positions.error ? <LoadError error={positions.error} onRetry={positions.reload} /> : null}
      {!positions.data && !positions.error ? <Loading /> : null}
      {positions.data && list.length === 0 ? <p>{t("cooperation.positions.none")}</p> : null}
      {list.length > 0 ? (
        <Table caption={t("cooperation.positions.caption")} hideCaption columns={columns}>
          {list.map((p) => (
            <tr key={p.membershipId}>
              <Cell label={columns[0]!.label}>{p.name}</Cell>
              <Cell label={columns[1]!.label}>
                {p.unionName
                  ? tCommon("role.withUnion", {
                      role: tCommon(`role.${p.role}`),
                      union: p.unionName,
                    })
                  : tCommon(`role.${p.role}`)}
              </Cell>
              <Cell label={columns[2]!.label}>
                <strong>{label(POSITION_LABELS[p.position])}</strong>
              </Cell>
              <Cell label={columns[3]!.label}>
                {p.comment ? (
                  <span className="follow-text">{p.comment}</span>
                ) : (
                  <span className="muted">{t("cooperation.positions.noComment")}</span>
                )}
              </Cell>
              <Cell label={columns[4]!.label}>{day(p.recordedAt)}</Cell>
            </tr>
          ))}
        </Table>
      ) : null}
      {mayRecord && positions.data ? (
        <MyPosition
          current={list.find((p) => p.membershipId === organisation.myMembershipId)}
          onSaved={positions.reload}
        />
      ) : null}
    </section>
  );
}

function MyPosition({
  current,
  onSaved,
}: {
  current: UnionPosition | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const label = useLabel();
  const day = useDay();
  const { apiBase, reload } = useWorkYear();
  const form = useFormSubmit();
  const [position, setPosition] = useState<Position | "">(current?.position ?? "");
  const [comment, setComment] = useState(current?.comment ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const positionLabel = t("cooperation.mine.position");

  return (
    <div className="card card--surface follow-mine">
      <h3 id="mitt-stallningstagande" className="card__title">
        {t("cooperation.mine.heading")}
      </h3>
      <p>
        {current
          ? t("cooperation.mine.current", {
              position: label(POSITION_LABELS[current.position]),
              date: day(current.recordedAt),
            })
          : t("cooperation.mine.noneYet")}
      </p>
      <AppForm
        form={form}
        aria-labelledby="mitt-stallningstagande"
        labels={{ position: positionLabel }}
        onSubmit={async () => {
          setSaved(null);
          if (!position) return { position: t("cooperation.mine.positionRequired") };
          await api(`${apiBase}/positions/mine`, {
            method: "PUT",
            body: { position, comment: comment.trim() },
          });
          setSaved(t("cooperation.mine.saved"));
          onSaved();
          reload();
        }}
      >
        <RadioGroup<Position | "">
          name="position"
          label={positionLabel}
          description={t("cooperation.mine.positionHelp")}
          options={POSITIONS.map((id) => ({ id, label: label(POSITION_LABELS[id]) }))}
          value={position}
          onChange={(value) => {
            setSaved(null);
            setPosition(value);
          }}
        />
        <TextField
          name="comment"
          label={t("cooperation.mine.comment")}
          description={t("cooperation.mine.commentHelp")}
          multiline
          optional
          value={comment}
          onChange={(value) => {
            setSaved(null);
            setComment(value);
          }}
        />
        <SubmitRow label={t("cooperation.mine.save")} pending={form.pending} saved={saved} />
      </AppForm>
    </div>
  );
}
