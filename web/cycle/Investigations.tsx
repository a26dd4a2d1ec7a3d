import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { AREA_LABELS, INVESTIGATION_METHOD_LABELS } from "../../core/cycle/labels.ts";
import { AREAS, INVESTIGATION_METHODS } from "../../core/cycle/vocabulary.ts";
import { api, orgPath } from "../app/api.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { CheckboxGroup } from "../ui/Checkbox.tsx";
import { DateField } from "../ui/DateField.tsx";
import { ConfirmDialog, ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useLabel } from "./labels.ts";
import { ConflictNotice, mergeLatest, useConflict, usePlanFormat } from "./plan/shared.tsx";
import type { Area, Investigation } from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";
import "./plan/plan.css";

type InvestigationMethod = Investigation["method"];
type Dialog =
  | { kind: "edit"; investigation: Investigation | null }
  | { kind: "delete"; investigation: Investigation };

/** Step 1, undersöka: how the year's conditions were investigated and what was found. */
export function Investigations() {
  const { t } = useTranslation("cyclePlan");
  const { organisation } = useOrganisation();
  const { workYear, apiBase, reload: reloadYear } = useWorkYear();
  const list = useResource<Investigation[]>(`${apiBase}/investigations`);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const mayManage = can(organisation, "cycle.manage");
  useDocumentTitle(t("investigations.title", { year: workYear.year }), organisation.name);

  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    list.reload();
    reloadYear();
  };

  return (
    <>
      <PageHeading
        intro={t("investigations.intro")}
        actions={
          mayManage ? (
            <Button
              variant="primary"
              onPress={() => {
                setMessage(null);
                setDialog({ kind: "edit", investigation: null });
              }}
            >
              {t("investigations.new")}
            </Button>
          ) : null
        }
      >
        {t("investigations.title", { year: workYear.year })}
      </PageHeading>
      <div role="status" className="plan-status">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>

      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <>
          <Coverage investigations={list.data} />
          <section className="section" aria-labelledby="investigation-list-heading">
            <h2 id="investigation-list-heading">
              {t("investigations.listHeading", { count: list.data.length })}
            </h2>
            {list.data.length === 0 ? (
              <p>{mayManage ? t("investigations.noneManage") : t("investigations.none")}</p>
            ) : (
              <ul className="plan-cards">
                {list.data.map((investigation) => (
                  <li key={investigation.id}>
                    <InvestigationCard
                      investigation={investigation}
                      mayManage={mayManage}
                      onEdit={() => {
                        setMessage(null);
                        setDialog({ kind: "edit", investigation });
                      }}
                      onDelete={() => {
                        setMessage(null);
                        setDialog({ kind: "delete", investigation });
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : list.error ? null : (
        <Loading label={t("investigations.loading")} />
      )}

      {dialog?.kind === "edit" ? (
        <InvestigationDialog
          investigation={dialog.investigation}
          onClose={() => setDialog(null)}
          onSaved={(saved) =>
            done(
              dialog.investigation
                ? t("investigations.saved", { title: saved.title })
                : t("investigations.created", { title: saved.title }),
            )
          }
          onReloaded={list.setData}
        />
      ) : null}
      {dialog?.kind === "delete" ? (
        <ConfirmDialog
          title={t("investigations.deleteTitle", { title: dialog.investigation.title })}
          confirmLabel={t("investigations.delete")}
          action={() =>
            api(orgPath(organisation.id, "investigations", dialog.investigation.id), {
              method: "DELETE",
            })
          }
          onDone={() => done(t("investigations.deleted", { title: dialog.investigation.title }))}
          onCancel={() => setDialog(null)}
        >
          <p>{t("investigations.deleteText")}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** Which of the areas this year's investigations have covered. */
function Coverage({ investigations }: { investigations: Investigation[] }) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const covered = new Set(investigations.flatMap((i) => i.areas));
  return (
    <section className="section" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t("investigations.coverageHeading")}</h2>
      <p>{t("investigations.coverageIntro", { count: covered.size, total: AREAS.length })}</p>
      <ul className="plan-coverage">
        {AREAS.map((area) => (
          <li key={area} className={covered.has(area) ? "plan-coverage--done" : undefined}>
            <span className="plan-coverage__mark" aria-hidden="true">
              {covered.has(area) ? "✓" : "–"}
            </span>
            <span>
              {label(AREA_LABELS[area])}:{" "}
              <strong>
                {covered.has(area) ? t("investigations.covered") : t("investigations.notCovered")}
              </strong>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function InvestigationCard({
  investigation,
  mayManage,
  onEdit,
  onDelete,
}: {
  investigation: Investigation;
  mayManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const plan = usePlanFormat();
  const headingId = `investigation-${investigation.id}`;
  const method =
    investigation.method === "other" && investigation.methodOther
      ? investigation.methodOther
      : label(INVESTIGATION_METHOD_LABELS[investigation.method]);
  const none = <span className="muted">{t("detail.none")}</span>;
  return (
    <article className="card plan-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {investigation.title}
      </h3>
      <dl className="summary-list plan-facts">
        <dt>{t("investigations.heldOn")}</dt>
        <dd>{plan.day(investigation.heldOn)}</dd>
        <dt>{t("investigations.method")}</dt>
        <dd>{method}</dd>
        <dt>{t("investigations.areas")}</dt>
        <dd>
          {investigation.areas.length > 0 ? (
            <ul className="plan-plain-list">
              {investigation.areas.map((area) => (
                <li key={area}>{label(AREA_LABELS[area])}</li>
              ))}
            </ul>
          ) : (
            none
          )}
        </dd>
        <dt>{t("investigations.participants")}</dt>
        <dd className="plan-text">{investigation.participants || none}</dd>
        <dt>{t("investigations.findings")}</dt>
        <dd className="plan-text">{investigation.findings || none}</dd>
      </dl>
      {mayManage ? (
        <div className="cluster">
          <Button size="small" onPress={onEdit} aria-describedby={headingId}>
            {t("actions.edit")}
          </Button>
          <Button size="small" variant="quiet" onPress={onDelete} aria-describedby={headingId}>
            {t("actions.delete")}
          </Button>
        </div>
      ) : null}
    </article>
  );
}

interface Draft {
  title: string;
  method: InvestigationMethod | null;
  methodOther: string;
  heldOn: string;
  participants: string;
  areas: Area[];
  findings: string;
}

function draftOf(investigation: Investigation | null): Draft {
  return {
    title: investigation?.title ?? "",
    method: investigation?.method ?? null,
    methodOther: investigation?.methodOther ?? "",
    heldOn: investigation?.heldOn ?? "",
    participants: investigation?.participants ?? "",
    areas: investigation?.areas ?? [],
    findings: investigation?.findings ?? "",
  };
}

function InvestigationDialog({
  investigation,
  onClose,
  onSaved,
  onReloaded,
}: {
  investigation: Investigation | null;
  onClose: () => void;
  onSaved: (investigation: Investigation) => void;
  onReloaded: (list: Investigation[]) => void;
}) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const { organisation } = useOrganisation();
  const { apiBase } = useWorkYear();
  const form = useFormSubmit();
  const [draft, setDraft] = useState<Draft>(() => draftOf(investigation));
  // The version the user's changes build on: the one opened, or the newest after a reload.
  const [base, setBase] = useState(investigation);
  const [original, setOriginal] = useState(draft);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const labels = {
    title: t("investigations.titleField"),
    method: t("investigations.method"),
    methodOther: t("investigations.methodOther"),
    heldOn: t("investigations.heldOn"),
    participants: t("investigations.participants"),
    areas: t("investigations.areas"),
    findings: t("investigations.findings"),
  };

  const conflict = useConflict<Investigation>({
    load: useCallback(async () => {
      const list = await api<Investigation[]>(`${apiBase}/investigations`);
      onReloaded(list);
      return list.find((i) => i.id === investigation?.id) ?? null;
    }, [apiBase, investigation, onReloaded]),
    apply: (latest) => {
      const saved = draftOf(latest);
      const merged = mergeLatest(draft, original, saved, labels);
      setBase(latest);
      setDraft(merged.draft);
      setOriginal(saved);
      return merged;
    },
  });

  return (
    <ModalDialog
      title={investigation ? t("investigations.editTitle") : t("investigations.new")}
      onClose={onClose}
      wide
    >
      {(close) => (
        <AppForm
          form={form}
          className="plan-dialog-form"
          labels={labels}
          onSubmit={async () => {
            const title = draft.title.trim();
            const errors = {
              title: !title && t("validation.titleRequired"),
              method: !draft.method && t("validation.methodRequired"),
              methodOther:
                draft.method === "other" &&
                !draft.methodOther.trim() &&
                t("validation.methodOtherRequired"),
              heldOn: !draft.heldOn && t("validation.dateRequired"),
            };
            if (anyError(errors)) return errors;
            const body = {
              title,
              method: draft.method,
              methodOther: draft.method === "other" ? draft.methodOther.trim() : null,
              heldOn: draft.heldOn,
              participants: draft.participants.trim(),
              areas: draft.areas,
              findings: draft.findings.trim(),
            };
            try {
              const saved = base
                ? await api<Investigation>(orgPath(organisation.id, "investigations", base.id), {
                    method: "PATCH",
                    body: { ...body, version: base.version },
                  })
                : await api<Investigation>(`${apiBase}/investigations`, { method: "POST", body });
              onSaved(saved);
            } catch (error) {
              if (conflict.handle(error)) return;
              throw error;
            }
          }}
        >
          <ConflictNotice conflict={conflict} />
          <TextField
            name="title"
            label={labels.title}
            description={t("investigations.titleHelp")}
            value={draft.title}
            onChange={(value) => set("title", value)}
            isRequired
          />
          <div className="form-row">
            <Select<InvestigationMethod>
              name="method"
              label={labels.method}
              placeholder={t("form.choose")}
              options={INVESTIGATION_METHODS.map((method) => ({
                id: method,
                label: label(INVESTIGATION_METHOD_LABELS[method]),
              }))}
              value={draft.method}
              onChange={(value) => set("method", value)}
              isRequired
            />
            <DateField
              name="heldOn"
              label={labels.heldOn}
              value={draft.heldOn}
              onChange={(value) => set("heldOn", value)}
              isRequired
            />
          </div>
          {draft.method === "other" ? (
            <TextField
              name="methodOther"
              label={labels.methodOther}
              value={draft.methodOther}
              onChange={(value) => set("methodOther", value)}
              isRequired
            />
          ) : null}
          <TextField
            name="participants"
            label={labels.participants}
            description={t("investigations.participantsHelp")}
            value={draft.participants}
            onChange={(value) => set("participants", value)}
            optional
          />
          <CheckboxGroup
            name="areas"
            label={labels.areas}
            description={t("investigations.areasHelp")}
            options={AREAS.map((area) => ({ id: area, label: label(AREA_LABELS[area]) }))}
            value={draft.areas}
            onChange={(value) => set("areas", value as Area[])}
            optional
          />
          <TextField
            name="findings"
            label={labels.findings}
            description={t("investigations.findingsHelp")}
            multiline
            optional
            value={draft.findings}
            onChange={(value) => set("findings", value)}
          />
          <div className="dialog__actions">
            <Button onPress={close}>{t("form.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {investigation ? t("form.save") : t("investigations.create")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}
