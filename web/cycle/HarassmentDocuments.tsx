import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  HARASSMENT_DOCUMENT_KIND_LABELS,
  HARASSMENT_REQUIREMENT_LABELS,
} from "../../core/cycle/labels.ts";
import {
  HARASSMENT_DOCUMENT_KINDS,
  HARASSMENT_REQUIREMENTS,
  type HarassmentDocumentKind,
  type HarassmentRequirement,
} from "../../core/cycle/vocabulary.ts";
import { api, orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { CheckboxGroup } from "../ui/Checkbox.tsx";
import { DateField } from "../ui/DateField.tsx";
import { ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, anyError, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { TextField } from "../ui/TextField.tsx";
import { TextBlock, useDay, useMayManage } from "./follow/shared.tsx";
import { useLabel } from "./labels.ts";
import type { HarassmentDocument, HarassmentDocumentVersion } from "./types.ts";

type DocumentDialog =
  | { kind: "new" }
  | { kind: "version"; documentId: string }
  | { kind: "view"; documentId: string; versionId: string };

/**
 * § 6: the organisation's guidelines and routines against harassment, sexual harassment and
 * reprisals. Not bound to a year; every version is kept.
 */
export function HarassmentDocuments() {
  const { t } = useTranslation("cycleFollow");
  const { organisation } = useOrganisation();
  const mayManage = useMayManage();
  const documents = useResource<HarassmentDocument[]>(
    orgPath(organisation.id, "harassment-documents"),
  );
  const [dialog, setDialog] = useState<DocumentDialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t("harassment.title"), organisation.name);

  const list = documents.data ?? [];
  const find = (id: string) => list.find((d) => d.id === id);
  const open = (next: DocumentDialog) => {
    setMessage(null);
    setDialog(next);
  };
  const saved = (document: HarassmentDocument, text: string) => {
    setDialog(null);
    documents.setData(
      list.some((d) => d.id === document.id)
        ? list.map((d) => (d.id === document.id ? document : d))
        : [...list, document],
    );
    setMessage(text);
  };
  const viewed = dialog?.kind === "view" ? find(dialog.documentId) : undefined;
  const viewedVersion =
    dialog?.kind === "view" ? viewed?.versions.find((v) => v.id === dialog.versionId) : undefined;
  const forVersion = dialog?.kind === "version" ? find(dialog.documentId) : undefined;

  return (
    <>
      <PageHeading
        intro={t("harassment.intro")}
        actions={
          mayManage ? (
            <Button variant="primary" onPress={() => open({ kind: "new" })}>
              {t("harassment.add")}
            </Button>
          ) : null
        }
      >
        {t("harassment.title")}
      </PageHeading>
      <p>{t("harassment.law")}</p>
      <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>
      {documents.error ? <LoadError error={documents.error} onRetry={documents.reload} /> : null}
      {!documents.data && !documents.error ? <Loading /> : null}
      {documents.data && list.length === 0 ? (
        <p>{mayManage ? t("harassment.noneManage") : t("harassment.none")}</p>
      ) : null}
      {list.map((document) => (
        <DocumentSection
          key={document.id}
          document={document}
          onNewVersion={() => open({ kind: "version", documentId: document.id })}
          onView={(versionId) => open({ kind: "view", documentId: document.id, versionId })}
        />
      ))}
      {dialog?.kind === "new" ? (
        <DocumentForm
          onClose={() => setDialog(null)}
          onSaved={(d) => saved(d, t("harassment.added", { title: d.title }))}
        />
      ) : null}
      {forVersion ? (
        <DocumentForm
          document={forVersion}
          onClose={() => setDialog(null)}
          onSaved={(d) =>
            saved(d, t("harassment.versionAdded", { title: d.title, no: d.current.versionNo }))
          }
        />
      ) : null}
      {viewed && viewedVersion ? (
        <VersionDialog document={viewed} version={viewedVersion} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}

function DocumentSection({
  document,
  onNewVersion,
  onView,
}: {
  document: HarassmentDocument;
  onNewVersion: () => void;
  onView: (versionId: string) => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const label = useLabel();
  const day = useDay();
  const mayManage = useMayManage();
  const { current } = document;
  const headingId = `document-${document.id}`;
  const columns = [
    { key: "version", label: t("harassment.version") },
    { key: "adopted", label: t("harassment.adoptedOn") },
    { key: "review", label: t("harassment.nextReviewOn") },
    { key: "saved", label: t("harassment.savedColumn") },
    { key: "actions", label: t("common.actions"), hidden: true },
  ];

  return (
    <section className="section card follow-document" aria-labelledby={headingId}>
      <div className="follow-heading-row">
        <h2 id={headingId}>{document.title}</h2>
        {mayManage ? (
          <Button
            onPress={onNewVersion}
            aria-label={t("harassment.newVersionFor", { title: document.title })}
          >
            {t("harassment.newVersion")}
          </Button>
        ) : null}
      </div>
      <dl className="summary-list">
        <dt>{t("harassment.kind")}</dt>
        <dd>{label(HARASSMENT_DOCUMENT_KIND_LABELS[document.kind])}</dd>
        <dt>{t("harassment.currentVersion")}</dt>
        <dd>{t("harassment.versionNo", { no: current.versionNo })}</dd>
        <dt>{t("harassment.adoptedOn")}</dt>
        <dd>{current.adoptedOn ? day(current.adoptedOn) : t("harassment.notAdopted")}</dd>
        <dt>{t("harassment.nextReviewOn")}</dt>
        <dd>
          {current.nextReviewOn ? day(current.nextReviewOn) : t("harassment.noReviewDate")}
          {document.reviewOverdue ? (
            <>
              {" "}
              <span className="badge badge--danger">
                {current.nextReviewOn
                  ? t("harassment.reviewOverdue")
                  : t("harassment.reviewMissing")}
              </span>
            </>
          ) : null}
        </dd>
      </dl>

      <h3>{t("harassment.requirements.heading")}</h3>
      <p>
        {document.missing.length === 0
          ? t("harassment.requirements.allStated")
          : t("harassment.requirements.missing", {
              count: document.missing.length,
              total: HARASSMENT_REQUIREMENTS.length,
            })}
      </p>
      <Requirements covers={current.covers} />

      <h3>{t("harassment.text")}</h3>
      <details className="follow-details">
        <summary>{t("harassment.showText", { no: current.versionNo })}</summary>
        <TextBlock text={current.body} />
      </details>

      <h3 id={`${headingId}-versions`}>{t("harassment.versions")}</h3>
      <Table
        caption={t("harassment.versionsCaption", { title: document.title })}
        hideCaption
        compact
        columns={columns}
      >
        {document.versions.map((version) => (
          <tr key={version.id}>
            <Cell label={columns[0]!.label}>
              {t("harassment.versionNo", { no: version.versionNo })}
              {version.id === current.id ? ` ${t("harassment.currentMark")}` : ""}
            </Cell>
            <Cell label={columns[1]!.label}>
              {version.adoptedOn ? day(version.adoptedOn) : t("harassment.notAdopted")}
            </Cell>
            <Cell label={columns[2]!.label}>
              {version.nextReviewOn ? day(version.nextReviewOn) : t("harassment.noReviewDate")}
            </Cell>
            <Cell label={columns[3]!.label}>
              {version.createdBy
                ? t("harassment.savedBy", { date: day(version.createdAt), name: version.createdBy })
                : day(version.createdAt)}
            </Cell>
            <Cell actions>
              <Button
                size="small"
                onPress={() => onView(version.id)}
                aria-label={t("harassment.viewLabel", {
                  title: document.title,
                  no: version.versionNo,
                })}
              >
                {t("harassment.view")}
              </Button>
            </Cell>
          </tr>
        ))}
      </Table>
    </section>
  );
}

/** The five things § 6 asks for, each marked as stated or missing in words (not colour only). */
function Requirements({ covers }: { covers: HarassmentRequirement[] }) {
  const { t } = useTranslation("cycleFollow");
  const label = useLabel();
  return (
    <ul className="follow-requirements">
      {HARASSMENT_REQUIREMENTS.map((requirement) => {
        const stated = covers.includes(requirement);
        return (
          <li
            key={requirement}
            className={
              stated ? "follow-requirement" : "follow-requirement follow-requirement--missing"
            }
          >
            <span className="follow-requirement__icon" aria-hidden="true">
              {stated ? "✓" : "!"}
            </span>
            <span>
              <strong>
                {stated ? t("harassment.requirements.stated") : t("harassment.requirements.absent")}
              </strong>{" "}
              {label(HARASSMENT_REQUIREMENT_LABELS[requirement])}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function VersionDialog({
  document,
  version,
  onClose,
}: {
  document: HarassmentDocument;
  version: HarassmentDocumentVersion;
  onClose: () => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const { t: tCommon } = useTranslation();
  const day = useDay();
  return (
    <ModalDialog
      wide
      title={t("harassment.versionTitle", { title: document.title, no: version.versionNo })}
      onClose={onClose}
    >
      {(close) => (
        <>
          {version.id === document.current.id ? (
            <p>{t("harassment.isCurrent")}</p>
          ) : (
            <p>{t("harassment.isOlder", { no: document.current.versionNo })}</p>
          )}
          <dl className="summary-list">
            <dt>{t("harassment.adoptedOn")}</dt>
            <dd>{version.adoptedOn ? day(version.adoptedOn) : t("harassment.notAdopted")}</dd>
            <dt>{t("harassment.nextReviewOn")}</dt>
            <dd>
              {version.nextReviewOn ? day(version.nextReviewOn) : t("harassment.noReviewDate")}
            </dd>
            <dt>{t("harassment.savedColumn")}</dt>
            <dd>
              {version.createdBy
                ? t("harassment.savedBy", { date: day(version.createdAt), name: version.createdBy })
                : day(version.createdAt)}
            </dd>
          </dl>
          <h3>{t("harassment.requirements.heading")}</h3>
          <Requirements covers={version.covers} />
          <h3>{t("harassment.text")}</h3>
          <TextBlock text={version.body} />
          <div className="dialog__actions">
            <Button variant="primary" onPress={close}>
              {tCommon("action.close")}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

/** A new document, or (with `document`) a new version of it, prefilled from the current one. */
function DocumentForm({
  document,
  onClose,
  onSaved,
}: {
  document?: HarassmentDocument;
  onClose: () => void;
  onSaved: (document: HarassmentDocument) => void;
}) {
  const { t } = useTranslation("cycleFollow");
  const { t: tCommon } = useTranslation();
  const label = useLabel();
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const current = document?.current;
  const [title, setTitle] = useState(document?.title ?? "");
  const [kind, setKind] = useState<HarassmentDocumentKind | null>(document?.kind ?? null);
  const [body, setBody] = useState(current?.body ?? "");
  const [adoptedOn, setAdoptedOn] = useState(current?.adoptedOn ?? "");
  const [nextReviewOn, setNextReviewOn] = useState(current?.nextReviewOn ?? "");
  const [covers, setCovers] = useState<string[]>(current?.covers ?? []);
  const labels = {
    title: t("harassment.form.title"),
    kind: t("harassment.kind"),
    body: t("harassment.form.body"),
    adoptedOn: t("harassment.adoptedOn"),
    nextReviewOn: t("harassment.nextReviewOn"),
    covers: t("harassment.form.covers"),
  };

  return (
    <ModalDialog
      wide
      title={
        document
          ? t("harassment.form.versionHeading", {
              title: document.title,
              no: document.current.versionNo + 1,
            })
          : t("harassment.add")
      }
      onClose={onClose}
    >
      {(close) => (
        <AppForm
          form={form}
          labels={labels}
          onSubmit={async () => {
            const errors = {
              title: !title.trim() && t("harassment.form.titleRequired"),
              kind: !kind && t("harassment.form.kindRequired"),
              body: !body.trim() && t("harassment.form.bodyRequired"),
            };
            if (anyError(errors)) return errors;
            const version = {
              title: title.trim(),
              body: body.trim(),
              adoptedOn: adoptedOn || null,
              nextReviewOn: nextReviewOn || null,
              covers: HARASSMENT_REQUIREMENTS.filter((r) => covers.includes(r)),
            };
            const saved = document
              ? await api<HarassmentDocument>(
                  orgPath(organisation.id, "harassment-documents", document.id, "versions"),
                  { method: "POST", body: version },
                )
              : await api<HarassmentDocument>(orgPath(organisation.id, "harassment-documents"), {
                  method: "POST",
                  body: { ...version, kind },
                });
            onSaved(saved);
          }}
        >
          {document ? <p>{t("harassment.form.versionIntro")}</p> : null}
          <TextField
            name="title"
            label={labels.title}
            description={t("harassment.form.titleHelp")}
            value={title}
            onChange={setTitle}
            isRequired
          />
          {document ? null : (
            <Select
              name="kind"
              label={labels.kind}
              options={HARASSMENT_DOCUMENT_KINDS.map((id) => ({
                id,
                label: label(HARASSMENT_DOCUMENT_KIND_LABELS[id]),
              }))}
              value={kind}
              onChange={setKind}
              placeholder={tCommon("field.choose")}
              isRequired
            />
          )}
          <TextField
            name="body"
            className="follow-body-field"
            label={labels.body}
            description={t("harassment.form.bodyHelp")}
            multiline
            value={body}
            onChange={setBody}
            isRequired
          />
          <CheckboxGroup
            name="covers"
            label={labels.covers}
            description={t("harassment.form.coversHelp")}
            options={HARASSMENT_REQUIREMENTS.map((id) => ({
              id,
              label: label(HARASSMENT_REQUIREMENT_LABELS[id]),
            }))}
            value={covers}
            onChange={setCovers}
          />
          <div className="form-row">
            <DateField
              name="adoptedOn"
              label={labels.adoptedOn}
              description={t("harassment.form.adoptedHelp")}
              value={adoptedOn}
              onChange={setAdoptedOn}
              optional
            />
            <DateField
              name="nextReviewOn"
              label={labels.nextReviewOn}
              description={t("harassment.form.reviewHelp")}
              value={nextReviewOn}
              onChange={setNextReviewOn}
              optional
            />
          </div>
          <div className="dialog__actions">
            <Button onPress={close}>{tCommon("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {document ? t("harassment.form.saveVersion") : t("harassment.form.saveNew")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}
