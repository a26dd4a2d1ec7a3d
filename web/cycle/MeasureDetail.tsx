import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import {
  AREA_LABELS,
  EVALUATION_EFFECT_LABELS,
  GENDER_BALANCE_DIMENSION_LABELS,
} from "../../core/cycle/labels.ts";
import { EVALUATION_EFFECTS, type EvaluationEffect } from "../../core/cycle/vocabulary.ts";
import { ApiError, api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useErrorMessage, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Role, Unit } from "../app/types.ts";
import { LearningSource } from "../learning/LearningSource.tsx";
import { useRoleLabel } from "../platform/labels.ts";
import { unitPaths } from "../platform/unitTree.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { ConfirmDialog } from "../ui/Dialog.tsx";
import { AppForm, SubmitRow, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { RadioGroup } from "../ui/RadioGroup.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useLabel } from "./labels.ts";
import { MeasureForm } from "./plan/MeasureForm.tsx";
import {
  ConflictNotice,
  MeasureStatusBadge,
  measureLateness,
  mergeLatest,
  responsibleText,
  todayInSweden,
  useConflict,
  usePlanFormat,
} from "./plan/shared.tsx";
import type {
  MeasureDetail as Detail,
  GenderBalanceGroup,
  Measure,
  MeasureComment,
  Risk,
} from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";
import "./plan/plan.css";

/** One measure: its facts, changes, evaluation, comments and history. */
export function MeasureDetail() {
  const { t } = useTranslation("cyclePlan");
  const { organisation } = useOrganisation();
  const { measureId = "" } = useParams();
  const detail = useResource<Detail>(orgPath(organisation.id, "measures", measureId));

  if (!detail.data) {
    if (detail.error) {
      return (
        <>
          <PageHeading>{t("detail.unavailable")}</PageHeading>
          <LoadError error={detail.error} onRetry={detail.reload} />
        </>
      );
    }
    return <Loading label={t("detail.loading")} />;
  }
  return (
    <LoadedDetail
      key={detail.data.measure.id}
      detail={detail.data}
      setDetail={detail.setData}
      reload={detail.reload}
    />
  );
}

function LoadedDetail({
  detail,
  setDetail,
  reload,
}: {
  detail: Detail;
  setDetail: (detail: Detail) => void;
  reload: () => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const { organisation } = useOrganisation();
  const { reload: reloadYear } = useWorkYear();
  const location = useLocation();
  const navigate = useNavigate();
  const { measure } = detail;
  const yearBase = (year: number) => `/o/${organisation.id}/aktiva-atgarder/${year}`;
  // A message from the page we came from (created, added from the library) is shown as it
  // is; one about a change made here takes focus, since the control that was used is gone.
  const [message, setMessage] = useState<{ text: string; focus: boolean } | null>(() => {
    const text = (location.state as { message?: string } | null)?.message;
    return text ? { text, focus: false } : null;
  });
  // Once shown, the message is not repeated when the page is reloaded.
  useEffect(() => {
    if (location.state) navigate(".", { replace: true, state: null });
  }, [location.state, navigate]);
  // Just adopted from the library: open for adapting to the organisation at once.
  const [editing, setEditing] = useState(
    () => measure.canEdit && (location.state as { edit?: boolean } | null)?.edit === true,
  );
  const [focusEdit, setFocusEdit] = useState(false);
  const [deleting, setDeleting] = useState(false);
  useDocumentTitle(measure.title, String(measure.year), organisation.name);

  const today = todayInSweden();
  const late = measureLateness(measure, today);
  const mayManage = can(organisation, "cycle.manage");

  return (
    <>
      <p className="plan-back">
        <TextLink href={`${yearBase(measure.year)}/atgarder`}>
          <span aria-hidden="true">← </span>
          {t("detail.back", { year: measure.year })}
        </TextLink>
      </p>
      <PageHeading eyebrow={t("detail.eyebrow", { area: label(AREA_LABELS[measure.area]) })}>
        {measure.title}
      </PageHeading>
      <ul className="plan-tags" aria-label={t("detail.tagsLabel")}>
        <li>
          <MeasureStatusBadge status={measure.status} />
        </li>
        {late.due ? (
          <li>
            <span className="badge badge--danger">{t("status.overdue")}</span>
          </li>
        ) : null}
        {late.followUp ? (
          <li>
            <span className="badge badge--danger">{t("status.followUpOverdue")}</span>
          </li>
        ) : null}
        {measure.carriedOverFrom ? (
          <li>
            <span className="badge badge--neutral">
              {t("status.carriedFrom", { year: measure.carriedOverFrom.year })}
            </span>
          </li>
        ) : null}
      </ul>

      <div role="status" className="plan-status">
        {message ? (
          <Alert key={message.text} tone="success" focusOnMount={message.focus}>
            {message.text}
          </Alert>
        ) : null}
      </div>

      <MeasureOrigin measure={measure} yearBase={yearBase} />

      {(measure.canEdit || mayManage) && !editing ? (
        <Actions
          measure={measure}
          focusEdit={focusEdit}
          onEdit={() => {
            setMessage(null);
            setFocusEdit(true);
            setEditing(true);
          }}
          onDone={(updated) => {
            setDetail({ ...detail, measure: updated });
            reload();
            reloadYear();
            setMessage({ text: t("detail.markedDone"), focus: true });
          }}
          onConflictReload={reload}
          onDelete={() => setDeleting(true)}
        />
      ) : null}

      {editing ? (
        <EditSection
          measure={measure}
          focusOnOpen={focusEdit}
          onSaved={(updated) => {
            setDetail({ ...detail, measure: updated });
            setFocusEdit(false);
            setEditing(false);
            reload();
            reloadYear();
            setMessage({ text: t("detail.saved"), focus: true });
          }}
          onCancel={() => {
            setEditing(false);
            setFocusEdit(true);
          }}
          onReloaded={setDetail}
        />
      ) : (
        <Facts measure={measure} yearBase={yearBase} />
      )}

      <Trainings detail={detail} />
      <Evaluation
        detail={detail}
        onSaved={(updated) => {
          setDetail({ ...detail, measure: updated });
          reload();
          reloadYear();
        }}
        onReloaded={setDetail}
      />
      <Comments
        detail={detail}
        onAdded={(comment) =>
          setDetail({
            ...detail,
            comments: [...detail.comments, comment],
            measure: { ...measure, commentCount: measure.commentCount + 1 },
          })
        }
      />
      <History detail={detail} />

      {deleting ? (
        <ConfirmDialog
          title={t("delete.title", { title: measure.title })}
          confirmLabel={t("delete.confirm")}
          action={() => api(orgPath(organisation.id, "measures", measure.id), { method: "DELETE" })}
          onDone={() => {
            reloadYear();
            navigate(`${yearBase(measure.year)}/atgarder`, {
              state: { message: t("delete.done", { title: measure.title }) },
            });
          }}
          onCancel={() => setDeleting(false)}
        >
          <p>{t("delete.text")}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function MeasureOrigin({
  measure,
  yearBase,
}: {
  measure: Measure;
  yearBase: (year: number) => string;
}) {
  const { t } = useTranslation("cyclePlan");
  const { t: common } = useTranslation();
  const { organisation } = useOrganisation();
  const { workbookSource } = measure;
  if (
    !measure.carriedOverFrom &&
    !measure.carriedOverTo &&
    !measure.learningSource &&
    !workbookSource
  )
    return null;
  return (
    <div className="plan-carry">
      {measure.learningSource ? (
        <p>
          <LearningSource source={measure.learningSource} />
        </p>
      ) : null}
      {workbookSource ? (
        <p>
          {common("workbooks.source", {
            title: workbookSource.workbookTitle
              ? `${workbookSource.workbookTitle} (${workbookSource.title})`
              : workbookSource.title,
          })}{" "}
          <TextLink href={`/o/${organisation.id}/arbetsbocker/korningar/${workbookSource.runId}`}>
            {common("workbooks.sourceLink")}
          </TextLink>
        </p>
      ) : null}
      {measure.carriedOverFrom ? (
        <p>
          {t("detail.carriedFrom", { year: measure.carriedOverFrom.year })}{" "}
          <TextLink
            href={`${yearBase(measure.carriedOverFrom.year)}/atgarder/${measure.carriedOverFrom.id}`}
          >
            {t("detail.carriedFromLink", { year: measure.carriedOverFrom.year })}
          </TextLink>
        </p>
      ) : null}
      {measure.carriedOverTo ? (
        <p>
          {t("detail.carriedTo", { year: measure.carriedOverTo.year })}{" "}
          <TextLink
            href={`${yearBase(measure.carriedOverTo.year)}/atgarder/${measure.carriedOverTo.id}`}
          >
            {t("detail.carriedToLink", { year: measure.carriedOverTo.year })}
          </TextLink>
        </p>
      ) : null}
    </div>
  );
}

function Actions({
  measure,
  focusEdit,
  onEdit,
  onDone,
  onConflictReload,
  onDelete,
}: {
  measure: Measure;
  /** Back from the edit form: the button that opened it takes focus again. */
  focusEdit: boolean;
  onEdit: () => void;
  onDone: (measure: Measure) => void;
  onConflictReload: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const { organisation } = useOrganisation();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  const mayManage = can(organisation, "cycle.manage");
  const open = measure.status !== "done" && measure.status !== "cancelled";

  const markDone = async () => {
    setPending(true);
    setError(null);
    try {
      const updated = await api<Measure>(orgPath(organisation.id, "measures", measure.id), {
        method: "PATCH",
        body: { version: measure.version, status: "done" },
      });
      onDone(updated);
    } catch (failure) {
      setError({
        message: errorMessage(failure),
        conflict: failure instanceof ApiError && failure.status === 409,
      });
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="plan-actions" aria-label={t("detail.actionsLabel")}>
      <div className="cluster">
        {measure.canEdit ? (
          <Button variant="primary" onPress={onEdit} autoFocus={focusEdit}>
            {t("detail.edit")}
          </Button>
        ) : null}
        {measure.canEdit && open ? (
          <Button onPress={() => void markDone()} isPending={pending}>
            {t("detail.markDone")}
          </Button>
        ) : null}
        {mayManage && !measure.carriedOverTo ? (
          <Button variant="quiet" onPress={onDelete}>
            {t("delete.button")}
          </Button>
        ) : null}
      </div>
      {mayManage && measure.carriedOverTo ? (
        <p className="muted">{t("delete.notAllowed", { year: measure.carriedOverTo.year })}</p>
      ) : null}
      {error ? (
        <Alert tone={error.conflict ? "warning" : "error"} live="alert">
          <p>{error.message}</p>
          {error.conflict ? (
            <Button
              onPress={() => {
                setError(null);
                onConflictReload();
              }}
            >
              {t("conflict.reload")}
            </Button>
          ) : null}
        </Alert>
      ) : null}
    </section>
  );
}

function EditSection({
  measure,
  focusOnOpen,
  onSaved,
  onCancel,
  onReloaded,
}: {
  measure: Measure;
  /** Opened with the button (not on arrival from the library, when the page's h1 has focus). */
  focusOnOpen: boolean;
  onSaved: (measure: Measure) => void;
  onCancel: () => void;
  onReloaded: (detail: Detail) => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the section opens
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, []);
  return (
    <section className="section plan-edit" aria-labelledby="edit-measure-heading">
      <h2 id="edit-measure-heading" ref={heading} tabIndex={-1}>
        {t("detail.editHeading")}
      </h2>
      <MeasureForm
        year={measure.year}
        measure={measure}
        labelledBy="edit-measure-heading"
        onSaved={onSaved}
        onCancel={onCancel}
        onReloaded={onReloaded}
      />
    </section>
  );
}

function Facts({ measure, yearBase }: { measure: Measure; yearBase: (year: number) => string }) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const plan = usePlanFormat();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const yearPath = orgPath(organisation.id, "years", String(measure.year));
  const risks = useResource<Risk[]>(measure.riskIds.length ? `${yearPath}/risks` : null);
  const missing = measure.riskIds.filter((id) => !risks.data?.some((r) => r.id === id));
  const earlier = useResource<Risk[]>(
    risks.data && missing.length && measure.carriedOverFrom
      ? orgPath(organisation.id, "years", String(measure.carriedOverFrom.year), "risks")
      : null,
  );
  const units = useResource<Unit[]>(measure.unitId ? orgPath(organisation.id, "units") : null);
  const groups = useResource<GenderBalanceGroup[]>(
    measure.genderBalanceGroupId ? `${yearPath}/gender-balance` : null,
  );
  const linkedRisks = [...(risks.data ?? []), ...(earlier.data ?? [])].filter((r) =>
    measure.riskIds.includes(r.id),
  );
  const group = groups.data?.find((g) => g.id === measure.genderBalanceGroupId);
  const responsible = responsibleText(measure);
  const none = <span className="muted">{t("detail.none")}</span>;

  return (
    <section className="section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t("detail.factsHeading")}</h2>
      <dl className="summary-list plan-facts">
        <dt>{t("measure.area")}</dt>
        <dd>{label(AREA_LABELS[measure.area])}</dd>
        <dt>{t("measure.description")}</dt>
        <dd className="plan-text">{measure.description || none}</dd>
        <dt>{t("measure.risks")}</dt>
        <dd>
          {measure.riskIds.length === 0 ? (
            none
          ) : risks.loading || earlier.loading ? (
            t("detail.loadingRisks")
          ) : (
            <ul className="plan-plain-list">
              {linkedRisks.map((risk) => (
                <li key={risk.id}>
                  <TextLink href={`${yearBase(risk.year)}/risker#risk-${risk.id}`}>
                    {risk.year === measure.year
                      ? risk.title
                      : t("measure.riskOfYear", { title: risk.title, year: risk.year })}
                  </TextLink>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t("measure.responsible")}</dt>
        <dd>
          {responsible ?? <span className="badge badge--danger">{t("detail.noResponsible")}</span>}
        </dd>
        <dt>{t("measure.unit")}</dt>
        <dd>
          {measure.unitId
            ? units.data
              ? (unitPaths(units.data, format.locale).get(measure.unitId) ??
                t("detail.unknownUnit"))
              : t("detail.loadingUnit")
            : none}
        </dd>
        <dt>{t("schedule.label")}</dt>
        <dd>{plan.schedule(measure.schedule, measure.startOn)}</dd>
        <dt>{t("measure.followUpMethod")}</dt>
        <dd className="plan-text">{measure.followUpMethod || none}</dd>
        <dt>{t("measure.followUpOn")}</dt>
        <dd>{measure.followUpOn ? plan.day(measure.followUpOn) : none}</dd>
        <dt>{t("measure.status")}</dt>
        <dd>
          <MeasureStatusBadge status={measure.status} />
          {measure.completedAt ? (
            <span className="plan-after-badge">
              {t("detail.completedAt", { date: format.date(measure.completedAt) })}
            </span>
          ) : null}
        </dd>
        <dt>{t("measure.costEstimate")}</dt>
        <dd>{measure.costEstimate !== null ? plan.amount(measure.costEstimate) : none}</dd>
        {measure.area === "gender_balance" ? (
          <>
            <dt>{t("measure.genderBalanceGroup")}</dt>
            <dd>
              {group
                ? `${group.label} (${label(GENDER_BALANCE_DIMENSION_LABELS[group.dimension])})`
                : measure.genderBalanceGroupId
                  ? t("detail.loadingGroup")
                  : none}
            </dd>
          </>
        ) : null}
        {measure.libraryKey ? (
          <>
            <dt>{t("detail.origin")}</dt>
            <dd>{t("detail.fromLibrary")}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function evaluationDraft(measure: Measure): { effect: EvaluationEffect | ""; comment: string } {
  return { effect: measure.evaluation?.effect ?? "", comment: measure.evaluation?.comment ?? "" };
}

function Evaluation({
  detail,
  onSaved,
  onReloaded,
}: {
  detail: Detail;
  onSaved: (measure: Measure) => void;
  onReloaded: (detail: Detail) => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const { measure } = detail;
  const form = useFormSubmit();
  const [draft, setDraft] = useState(() => evaluationDraft(measure));
  // The saved evaluation the user's changes start from.
  const [original, setOriginal] = useState(draft);
  const { effect, comment } = draft;
  const setEffect = (value: EvaluationEffect | "") => setDraft((d) => ({ ...d, effect: value }));
  const setComment = (value: string) => setDraft((d) => ({ ...d, comment: value }));
  const [saved, setSaved] = useState<string | null>(null);
  const measurePath = orgPath(organisation.id, "measures", measure.id);

  const conflict = useConflict<Detail>({
    load: useCallback(() => api<Detail>(measurePath), [measurePath]),
    apply: (latest) => {
      // The page shows the newest version and passes it back in: the next save builds on it.
      onReloaded(latest);
      const saved = evaluationDraft(latest.measure);
      const merged = mergeLatest(draft, original, saved, {
        effect: t("evaluation.effect"),
        comment: t("evaluation.comment"),
      });
      setDraft(merged.draft);
      setOriginal(saved);
      return merged;
    },
  });

  return (
    <section className="section" aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">{t("evaluation.heading")}</h2>
      {measure.evaluation ? (
        <dl className="summary-list">
          <dt>{t("evaluation.effect")}</dt>
          <dd>{label(EVALUATION_EFFECT_LABELS[measure.evaluation.effect])}</dd>
          <dt>{t("evaluation.comment")}</dt>
          <dd className="plan-text">
            {measure.evaluation.comment || <span className="muted">{t("detail.none")}</span>}
          </dd>
          <dt>{t("evaluation.by")}</dt>
          <dd>
            {t("evaluation.byText", {
              name: measure.evaluation.evaluatedBy ?? t("detail.unknownPerson"),
              date: format.date(measure.evaluation.evaluatedAt),
            })}
          </dd>
        </dl>
      ) : (
        <p>{t("evaluation.none")}</p>
      )}
      {measure.canEdit ? (
        <AppForm
          form={form}
          aria-labelledby="evaluation-form-heading"
          labels={{ effect: t("evaluation.effect"), comment: t("evaluation.comment") }}
          onSubmit={async () => {
            setSaved(null);
            if (!effect) return { effect: t("validation.effectRequired") };
            try {
              const updated = await api<Measure>(measurePath, {
                method: "PATCH",
                body: { version: measure.version, evaluation: { effect, comment: comment.trim() } },
              });
              conflict.clear();
              setOriginal(evaluationDraft(updated));
              setSaved(t("evaluation.saved"));
              onSaved(updated);
            } catch (error) {
              if (conflict.handle(error)) return;
              throw error;
            }
          }}
        >
          <h3 id="evaluation-form-heading" className="plan-form-heading">
            {measure.evaluation ? t("evaluation.changeHeading") : t("evaluation.formHeading")}
          </h3>
          <p className="muted">{t("evaluation.help")}</p>
          <ConflictNotice conflict={conflict} />
          <RadioGroup<EvaluationEffect | "">
            name="effect"
            label={t("evaluation.effect")}
            options={EVALUATION_EFFECTS.map((id) => ({
              id,
              label: label(EVALUATION_EFFECT_LABELS[id]),
            }))}
            value={effect}
            onChange={setEffect}
          />
          <TextField
            name="comment"
            label={t("evaluation.comment")}
            description={t("evaluation.commentHelp")}
            multiline
            optional
            value={comment}
            onChange={setComment}
          />
          <SubmitRow label={t("evaluation.save")} pending={form.pending} saved={saved} />
        </AppForm>
      ) : null}
    </section>
  );
}

function Comments({
  detail,
  onAdded,
}: {
  detail: Detail;
  onAdded: (comment: MeasureComment) => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const { organisation } = useOrganisation();
  const { measure, comments } = detail;
  const form = useFormSubmit();
  const [body, setBody] = useState("");
  const [sent, setSent] = useState<string | null>(null);

  return (
    <section className="section" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t("comments.heading", { count: comments.length })}</h2>
      {comments.length === 0 ? (
        <p>{t("comments.none")}</p>
      ) : (
        <ol className="plan-comments">
          {comments.map((comment) => (
            <li key={comment.id} className="plan-comment">
              <p className="plan-comment__meta">
                <strong>{comment.authorName ?? t("detail.unknownPerson")}</strong>
                {comment.authorRole ? (
                  <span> ({roleLabel(comment.authorRole as Role)})</span>
                ) : null}
                <span className="muted"> · {format.dateTime(comment.createdAt)}</span>
                {comment.year !== measure.year ? (
                  <span className="badge badge--neutral plan-after-badge">
                    {t("comments.fromYear", { year: comment.year })}
                  </span>
                ) : null}
              </p>
              <p className="plan-text">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {can(organisation, "measures.comment") ? (
        <AppForm
          form={form}
          aria-labelledby="comment-form-heading"
          labels={{ body: t("comments.label") }}
          onSubmit={async () => {
            setSent(null);
            const text = body.trim();
            if (!text) return { body: t("validation.commentRequired") };
            const comment = await api<MeasureComment>(
              orgPath(organisation.id, "measures", measure.id, "comments"),
              { method: "POST", body: { body: text } },
            );
            setBody("");
            setSent(t("comments.sent"));
            onAdded(comment);
          }}
        >
          <h3 id="comment-form-heading" className="plan-form-heading">
            {t("comments.formHeading")}
          </h3>
          <TextField
            name="body"
            label={t("comments.label")}
            description={t("comments.help")}
            multiline
            value={body}
            onChange={(value) => {
              setBody(value);
              setSent(null);
            }}
          />
          <SubmitRow label={t("comments.send")} pending={form.pending} saved={sent} />
        </AppForm>
      ) : null}
    </section>
  );
}

/** Training events linked to the measure, with who came: evidence it was carried out. */
function Trainings({ detail }: { detail: Detail }) {
  const { t } = useTranslation("cyclePlan");
  const format = useFormat();
  if (detail.trainings.length === 0) return null;
  const columns = [
    { key: "event", label: t("trainings.event") },
    { key: "date", label: t("trainings.date") },
    { key: "came", label: t("trainings.came") },
    { key: "organisations", label: t("trainings.organisations") },
  ];
  return (
    <section className="section" aria-labelledby="trainings-heading">
      <h2 id="trainings-heading">{t("trainings.heading")}</h2>
      <p>{t("trainings.intro")}</p>
      <Table caption={t("trainings.heading")} hideCaption columns={columns}>
        {detail.trainings.map((training) => (
          <tr key={training.eventId}>
            <Cell label={t("trainings.event")}>{training.title}</Cell>
            <Cell label={t("trainings.date")}>
              {training.firstDate ? format.date(`${training.firstDate}T12:00:00Z`) : "–"}
            </Cell>
            <Cell label={t("trainings.came")}>
              {t("trainings.cameOf", {
                attended: training.attended,
                registered: training.registered,
              })}
            </Cell>
            <Cell label={t("trainings.organisations")}>
              {format.list(
                training.organisations
                  .filter((o) => o.attended > 0)
                  .map((o) => `${o.organisation} (${o.attended})`),
              ) || "–"}
            </Cell>
          </tr>
        ))}
      </Table>
    </section>
  );
}

function History({ detail }: { detail: Detail }) {
  const { t } = useTranslation("cyclePlan");
  const format = useFormat();
  // The history runs back through the years the measure was carried over from: its first
  // "create" is the original, every later one a copy made when a new year started.
  const firstCreate = detail.history.find((event) => event.action === "create");
  const events = [...detail.history].reverse();
  const describe = (event: Detail["history"][number]) => {
    if (event.action === "create")
      return event === firstCreate ? t("history.created") : t("history.carried");
    if (event.action === "delete") return t("history.deleted");
    if (event.changed.length === 0) return t("history.updatedNothing");
    return t("history.updated", {
      fields: format.list(
        event.changed.map((key) => t(`history.fields.${key}`, { defaultValue: key })),
      ),
    });
  };
  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("history.heading")}</h2>
      {events.length === 0 ? (
        <p>{t("history.none")}</p>
      ) : (
        <Table
          caption={t("history.heading")}
          hideCaption
          columns={[
            { key: "at", label: t("history.at") },
            { key: "who", label: t("history.who") },
            { key: "what", label: t("history.what") },
          ]}
        >
          {events.map((event) => (
            <tr key={`${event.at}-${event.action}-${event.changed.join(",")}`}>
              <Cell label={t("history.at")}>{format.dateTime(event.at)}</Cell>
              <Cell label={t("history.who")}>{event.actorName ?? t("detail.unknownPerson")}</Cell>
              <Cell label={t("history.what")}>{describe(event)}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
