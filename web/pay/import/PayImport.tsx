import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, orgPath, uploadFile } from "../../app/api.ts";
import { useFormat } from "../../app/format.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { useErrorMessage, useResource } from "../../app/resource.tsx";
import { useDocumentTitle } from "../../app/title.ts";
import { useMediaQuery } from "../../app/useMediaQuery.ts";
import { Alert } from "../../ui/Alert.tsx";
import { Button, LinkButton } from "../../ui/Button.tsx";
import { Checkbox } from "../../ui/Checkbox.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { FileField, UploadProgress } from "../../ui/FileField.tsx";
import { AppForm, useFormSubmit } from "../../ui/Form.tsx";
import { PageHeading } from "../../ui/PageHeading.tsx";
import { Select } from "../../ui/Select.tsx";
import { Cell, Table } from "../../ui/Table.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { ImportField, ImportProgress, MappingTemplate, PayUpload } from "./types.ts";
import "./import.css";

type Mapping = Record<string, string>;
const NO_COLUMN = "__none__";

/**
 * Importing a payroll export: choose the file and the year, match its columns to the survey's
 * fields while looking at its first rows, then import (all or nothing) with a progress bar.
 * Problems are listed by row and column; nothing is saved until every row is right.
 */
export function PayImport() {
  const { t } = useTranslation("pay");
  const { organisation } = useOrganisation();
  useDocumentTitle(t("import.title"), organisation.name);
  const [upload, setUpload] = useState<PayUpload | null>(null);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [snapshotDate, setSnapshotDate] = useState(`${new Date().getFullYear()}-09-30`);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  return (
    <>
      <PageHeading intro={t("import.intro")}>{t("import.title")}</PageHeading>
      <ol className="pay-import__steps" aria-label={t("import.stepsLabel")}>
        {(["choose", "map", "import"] as const).map((step, index) => {
          const current = progress ? 2 : upload ? 1 : 0;
          return (
            <li key={step} aria-current={index === current ? "step" : undefined}>
              {t(`import.step.${step}`)}
            </li>
          );
        })}
      </ol>
      {progress ? (
        <ImportRun
          progress={progress}
          onProgress={setProgress}
          onRetryMapping={() => setProgress(null)}
          onNewFile={() => {
            setProgress(null);
            setUpload(null);
          }}
        />
      ) : upload ? (
        <MappingStep
          upload={upload}
          year={Number(year)}
          snapshotDate={snapshotDate}
          onUpload={setUpload}
          onStarted={setProgress}
          onBack={() => setUpload(null)}
        />
      ) : (
        <ChooseFile
          year={year}
          snapshotDate={snapshotDate}
          onYear={(next) => {
            // The snapshot date follows the year while it is still in the old one.
            if (/^\d{4}$/.test(next) && snapshotDate.startsWith(year))
              setSnapshotDate(`${next}${snapshotDate.slice(4)}`);
            setYear(next);
          }}
          onSnapshotDate={setSnapshotDate}
          onUploaded={setUpload}
        />
      )}
    </>
  );
}

function ChooseFile(props: {
  year: string;
  snapshotDate: string;
  onYear: (year: string) => void;
  onSnapshotDate: (date: string) => void;
  onUploaded: (upload: PayUpload) => void;
}) {
  const { t } = useTranslation("pay");
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const fileRef = useRef<HTMLInputElement>(null);
  const [sent, setSent] = useState<number | null>(null);

  return (
    <AppForm
      form={form}
      labels={{
        year: t("import.year"),
        snapshotDate: t("import.snapshotDate"),
        file: t("import.file"),
      }}
      onSubmit={async () => {
        const file = fileRef.current?.files?.[0];
        const year = Number(props.year);
        const local = {
          year: !(Number.isInteger(year) && year >= 2000 && year <= 2100) && t("import.yearError"),
          snapshotDate:
            (!/^\d{4}-\d{2}-\d{2}$/.test(props.snapshotDate) && t("import.dateError")) ||
            (props.snapshotDate.slice(0, 4) !== props.year &&
              t("import.dateYearError", { year: props.year })),
          file: !file && t("import.fileMissing"),
        };
        if (local.year || local.snapshotDate || local.file || !file) return local;
        setSent(0);
        try {
          props.onUploaded(
            await uploadFile<PayUpload>(orgPath(organisation.id, "pay", "uploads"), file, setSent),
          );
        } finally {
          setSent(null);
        }
        return undefined;
      }}
    >
      <TextField
        name="year"
        label={t("import.year")}
        description={t("import.yearHint")}
        value={props.year}
        onChange={props.onYear}
        inputMode="numeric"
        narrow
        errorMessage={form.errors.fields.year}
      />
      <DateField
        name="snapshotDate"
        label={t("import.snapshotDate")}
        description={t("import.snapshotDateHint")}
        value={props.snapshotDate}
        onChange={props.onSnapshotDate}
        errorMessage={form.errors.fields.snapshotDate}
      />
      <FileField
        ref={fileRef}
        name="file"
        label={t("import.file")}
        description={t("import.fileHint")}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      />
      {sent !== null ? <UploadProgress label={t("import.uploading")} share={sent} /> : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={form.pending}>
          {t("import.upload")}
        </Button>
      </div>
      <details className="pay-import__help">
        <summary>{t("import.helpSummary")}</summary>
        <p>{t("import.helpText")}</p>
        <p>{t("import.helpPrivacy")}</p>
      </details>
    </AppForm>
  );
}

function MappingStep(props: {
  upload: PayUpload;
  year: number;
  snapshotDate: string;
  onUpload: (upload: PayUpload) => void;
  onStarted: (progress: ImportProgress) => void;
  onBack: () => void;
}) {
  const { upload } = props;
  const { t } = useTranslation("pay");
  const { organisation } = useOrganisation();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const form = useFormSubmit();
  const templates = useResource<{ templates: MappingTemplate[] }>(
    orgPath(organisation.id, "pay", "import-templates"),
  );
  const [mapping, setMapping] = useState<Mapping>(upload.suggestedMapping);
  const [saveAs, setSaveAs] = useState<string | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const [mappingErrors, setMappingErrors] = useState<Record<string, string>>({});
  // On a phone each row of the preview becomes a card: three are enough to check the mapping.
  const phone = useMediaQuery("(max-width: 40rem)");
  const preview = phone ? upload.preview.slice(0, 3) : upload.preview;

  const columnOptions = [
    { id: NO_COLUMN, label: t("import.noColumn") },
    ...upload.headers.map((header, index) => ({
      id: header,
      label: header || t("import.unnamedColumn", { n: index + 1 }),
    })),
  ];
  const labels = Object.fromEntries(upload.fields.map((f) => [`mapping.${f.field}`, f.label]));
  const groups = GROUPS.map((key) => ({
    key,
    fields: upload.fields.filter((f) => f.group === key),
  })).filter((g) => g.fields.length > 0);

  async function chooseSheet(sheet: string) {
    setSheetError(null);
    try {
      const next = await api<PayUpload>(
        `${orgPath(organisation.id, "pay", "uploads", upload.id)}?sheet=${encodeURIComponent(sheet)}`,
      );
      props.onUpload(next);
      setMapping(next.suggestedMapping);
    } catch (error) {
      setSheetError(errorMessage(error));
    }
  }

  function applyTemplate(id: string) {
    const template = templates.data?.templates.find((x) => x.id === id);
    if (!template) return;
    const known = new Set(upload.headers);
    setMapping(
      Object.fromEntries(
        Object.entries(template.mapping).filter(([, column]) => known.has(column)),
      ),
    );
    setApplied(t("import.templateApplied", { name: template.name }));
  }

  return (
    <>
      <section className="section" aria-labelledby="file-heading">
        <h2 id="file-heading">{t("import.fileHeading", { name: upload.fileName })}</h2>
        <p>
          {upload.format === "csv"
            ? t("import.csvFacts", {
                size: format.number(Math.max(1, Math.round(upload.size / 1024))),
                encoding:
                  upload.encoding === "windows-1252"
                    ? "Windows-1252"
                    : upload.encoding?.toUpperCase(),
                delimiter: t(`import.delimiter.${delimiterName(upload.delimiter)}`),
              })
            : t("import.xlsxFacts", {
                size: format.number(Math.max(1, Math.round(upload.size / 1024))),
              })}
        </p>
        {upload.format === "xlsx" && upload.sheets.length > 1 ? (
          <Select
            label={t("import.sheet")}
            description={t("import.sheetHint")}
            options={upload.sheets.map((s) => ({ id: s, label: s }))}
            value={upload.sheet}
            onChange={(sheet) => void chooseSheet(sheet)}
            errorMessage={sheetError ?? undefined}
          />
        ) : null}
        <Table
          caption={t("import.previewCaption", { count: preview.length })}
          columns={upload.headers.map((header, index) => ({
            key: `${index}`,
            label: header || t("import.unnamedColumn", { n: index + 1 }),
          }))}
          className="pay-import__preview"
        >
          {preview.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity
            <tr key={r}>
              {upload.headers.map((header, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <Cell key={c} label={header}>
                  {row[c] ?? ""}
                </Cell>
              ))}
            </tr>
          ))}
        </Table>
      </section>

      <section className="section" aria-labelledby="mapping-heading">
        <h2 id="mapping-heading">{t("import.mappingHeading")}</h2>
        <p>{t("import.mappingIntro")}</p>
        {templates.data && templates.data.templates.length > 0 ? (
          <div className="pay-import__templates">
            <Select
              label={t("import.template")}
              description={t("import.templateHint")}
              options={templates.data.templates.map((x) => ({ id: x.id, label: x.name }))}
              value={null}
              placeholder={t("import.templatePlaceholder")}
              onChange={applyTemplate}
            />
            <div role="status">{applied ? <p>{applied}</p> : null}</div>
          </div>
        ) : null}
        <AppForm
          form={form}
          labels={labels}
          onSubmit={async () => {
            if (saveAs !== null && saveAs.trim() === "")
              return { templateName: t("import.templateNameMissing") };
            if (saveAs !== null) {
              try {
                await api(orgPath(organisation.id, "pay", "import-templates"), {
                  method: "POST",
                  body: { name: saveAs.trim(), mapping },
                });
              } catch (error) {
                if (error instanceof ApiError && error.status === 422)
                  return { templateName: error.errors[0]?.message ?? error.message };
                throw error;
              }
            }
            setMappingErrors({});
            try {
              props.onStarted(
                await api<ImportProgress>(orgPath(organisation.id, "pay", "imports"), {
                  method: "POST",
                  body: {
                    uploadId: upload.id,
                    year: props.year,
                    snapshotDate: props.snapshotDate,
                    mapping,
                    ...(upload.sheet ? { sheet: upload.sheet } : {}),
                  },
                }),
              );
            } catch (error) {
              // Mapping problems name `mapping.<field>`: shown at each field and in the summary.
              if (error instanceof ApiError && error.status === 422) {
                const byField: Record<string, string> = {};
                for (const item of error.errors)
                  if (item.path.startsWith("mapping."))
                    byField[item.path.slice(8)] ??= item.message;
                setMappingErrors(byField);
              }
              throw error;
            }
            return undefined;
          }}
        >
          {groups.map((group) => (
            <fieldset key={group.key} className="pay-import__group">
              <legend>{t(`import.group.${group.key}`)}</legend>
              {group.key === "required" ? (
                <p className="field__description">{t("import.requiredNote")}</p>
              ) : null}
              <div className="pay-import__fields">
                {group.fields.map((field) => (
                  <MappingField
                    key={field.field}
                    field={field}
                    options={columnOptions}
                    value={mapping[field.field] ?? NO_COLUMN}
                    error={mappingErrors[field.field]}
                    onChange={(column) =>
                      setMapping((current) => {
                        const next = { ...current };
                        if (column === NO_COLUMN) delete next[field.field];
                        else next[field.field] = column;
                        return next;
                      })
                    }
                  />
                ))}
              </div>
            </fieldset>
          ))}
          <Checkbox isSelected={saveAs !== null} onChange={(on) => setSaveAs(on ? "" : null)}>
            {t("import.saveTemplate")}
          </Checkbox>
          {saveAs !== null ? (
            <TextField
              name="templateName"
              label={t("import.templateName")}
              description={t("import.templateNameHint")}
              value={saveAs}
              onChange={setSaveAs}
              errorMessage={form.errors.fields.templateName}
            />
          ) : null}
          <div className="form__actions cluster">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("import.start", { year: props.year })}
            </Button>
            <Button variant="secondary" onPress={props.onBack}>
              {t("import.otherFile")}
            </Button>
          </div>
        </AppForm>
      </section>
    </>
  );
}

const GROUPS = ["required", "person", "job", "pay", "absence"] as const;

function MappingField(props: {
  field: ImportField;
  options: { id: string; label: string }[];
  value: string;
  error: string | undefined;
  onChange: (column: string) => void;
}) {
  return (
    <div data-field={`mapping.${props.field.field}`}>
      <Select
        name={`mapping.${props.field.field}`}
        label={props.field.label}
        description={props.field.hint}
        options={props.options}
        value={props.value}
        optional={!props.field.required}
        onChange={props.onChange}
        errorMessage={props.error}
      />
    </div>
  );
}

function delimiterName(delimiter: string | null): "semicolon" | "comma" | "tab" | "other" {
  if (delimiter === ";") return "semicolon";
  if (delimiter === ",") return "comma";
  if (delimiter === "\t") return "tab";
  return "other";
}

function ImportRun(props: {
  progress: ImportProgress;
  onProgress: (progress: ImportProgress) => void;
  onRetryMapping: () => void;
  onNewFile: () => void;
}) {
  const { progress } = props;
  const { t } = useTranslation("pay");
  const { organisation } = useOrganisation();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const [pollError, setPollError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const running = progress.status === "reading" || progress.status === "saving";
  const onProgress = props.onProgress;

  useEffect(() => {
    if (!running) {
      headingRef.current?.focus();
      return;
    }
    const timer = window.setTimeout(async () => {
      try {
        onProgress(
          await api<ImportProgress>(orgPath(organisation.id, "pay", "imports", progress.id)),
        );
        setPollError(null);
      } catch (error) {
        setPollError(errorMessage(error));
      }
    }, 400);
    return () => window.clearTimeout(timer);
  }, [running, progress, organisation.id, onProgress, errorMessage]);

  const surveyLink = progress.result
    ? `/o/${organisation.id}/lonekartlaggning/${progress.result.year}`
    : null;

  return (
    <section className="section" aria-labelledby="run-heading">
      <h2 id="run-heading" ref={headingRef} tabIndex={-1}>
        {t(`import.run.${progress.status}`)}
      </h2>
      {running ? (
        <div className="progress-field">
          <label htmlFor="import-progress">
            {t("import.run.rows", { rows: format.number(progress.rowsRead) })}
          </label>
          <progress id="import-progress" max={100} value={progress.percent}>
            {format.number(progress.percent)} %
          </progress>
        </div>
      ) : null}
      {pollError ? <Alert tone="warning">{pollError}</Alert> : null}

      {progress.status === "done" && progress.result ? (
        <>
          <Alert tone="success" title={t("import.done.title")}>
            <p>
              {t("import.done.summary", {
                employees: format.number(progress.result.employees),
                women: format.number(progress.result.women),
                men: format.number(progress.result.men),
                year: progress.result.year,
              })}
            </p>
          </Alert>
          {progress.result.unmatchedUnits.length > 0 ? (
            <Alert tone="warning" title={t("import.done.unmatchedTitle")}>
              <p>
                {t("import.done.unmatched", { units: format.list(progress.result.unmatchedUnits) })}
              </p>
            </Alert>
          ) : null}
          {progress.result.generatedKeys ? (
            <Alert tone="warning" title={t("import.done.generatedTitle")}>
              <p>{t("import.done.generated")}</p>
            </Alert>
          ) : null}
          {surveyLink ? (
            <p>
              <LinkButton variant="primary" href={surveyLink}>
                {t("import.done.toSurvey", { year: progress.result.year })}
              </LinkButton>
            </p>
          ) : null}
        </>
      ) : null}

      {progress.status === "failed" ? (
        <>
          <Alert tone="error" title={t("import.failed.title")}>
            <p>
              {progress.fileProblem ??
                t("import.failed.rows", {
                  count: progress.problemCount,
                  problems: format.number(progress.problemCount),
                })}
            </p>
            <p>{t("import.failed.nothingSaved")}</p>
          </Alert>
          {progress.problems.length > 0 ? (
            <Table
              caption={
                progress.problems.length < progress.problemCount
                  ? t("import.failed.captionFirst", {
                      shown: format.number(progress.problems.length),
                      total: format.number(progress.problemCount),
                    })
                  : t("import.failed.caption")
              }
              columns={[
                { key: "row", label: t("import.failed.row"), numeric: true },
                { key: "column", label: t("import.failed.column") },
                { key: "message", label: t("import.failed.message") },
              ]}
            >
              {progress.problems.map((problem, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several problems
                <tr key={index}>
                  <Cell label={t("import.failed.row")} numeric>
                    {format.number(problem.row)}
                  </Cell>
                  <Cell label={t("import.failed.column")}>{problem.column}</Cell>
                  <Cell label={t("import.failed.message")}>{problem.message}</Cell>
                </tr>
              ))}
            </Table>
          ) : null}
          <div className="cluster">
            <Button variant="primary" onPress={props.onNewFile}>
              {t("import.failed.newFile")}
            </Button>
            {progress.fileProblem === null ? (
              <Button variant="secondary" onPress={props.onRetryMapping}>
                {t("import.failed.changeMapping")}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
