import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { useUnitOptions } from "../platform/unitOptions.ts";
import { Button, TextLink } from "../ui/Button.tsx";
import { ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, SubmitRow, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Select } from "../ui/Select.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { TextField } from "../ui/TextField.tsx";
import type { RunSummary, WorkbookList } from "./types.ts";
import "./workbooks.css";

/** /o/:organisationId/arbetsbocker */
export const useWorkbooksBase = () => `/o/${useOrganisation().organisation.id}/arbetsbocker`;

/** The workbooks, and the organisation's runs of them (a workbook can be run per unit). */
export function Workbooks() {
  const { t } = useTranslation("workbooks");
  const { organisation } = useOrganisation();
  const list = useResource<WorkbookList>(orgPath(organisation.id, "workbooks"));
  const [starting, setStarting] = useState<{ id: string; title: string } | null>(null);
  const mayStart = can(organisation, "workbooks.manage");
  useDocumentTitle(t("list.title"), organisation.name);

  return (
    <>
      <PageHeading intro={t("list.intro")}>{t("list.title")}</PageHeading>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <>
          <section className="section" aria-labelledby="workbooks-heading">
            <h2 id="workbooks-heading">{t("list.workbooksHeading")}</h2>
            <ul className="card-grid">
              {list.data.workbooks.map((workbook) => (
                <li key={workbook.id}>
                  <article className="card workbook-card" aria-labelledby={`wb-${workbook.id}`}>
                    <h3 id={`wb-${workbook.id}`} className="card__title">
                      {workbook.title}
                    </h3>
                    <p>{workbook.summary}</p>
                    <p className="muted">
                      {workbook.minutes >= 90
                        ? t("list.sizeHours", {
                            parts: workbook.parts,
                            count: Math.round(workbook.minutes / 60),
                          })
                        : t("list.size", {
                            parts: workbook.parts,
                            minutes: workbook.minutes,
                            count: workbook.minutes,
                          })}
                    </p>
                    {mayStart ? (
                      <Button
                        variant="primary"
                        onPress={() => setStarting({ id: workbook.id, title: workbook.title })}
                        aria-label={t("list.startNamed", { title: workbook.title })}
                      >
                        {t("list.start")}
                      </Button>
                    ) : null}
                  </article>
                </li>
              ))}
            </ul>
            {mayStart ? null : <p className="muted">{t("list.startByHr")}</p>}
          </section>
          <Runs runs={list.data.runs} />
          <p>
            <TextLink href={`/o/${organisation.id}/stod`}>{t("list.supportLink")}</TextLink>
          </p>
        </>
      ) : list.error ? null : (
        <Loading />
      )}
      {starting ? (
        <ModalDialog
          title={t("start.title", { title: starting.title })}
          onClose={() => setStarting(null)}
        >
          <StartRunForm workbookId={starting.id} defaultTitle={starting.title} />
        </ModalDialog>
      ) : null}
    </>
  );
}

function Runs({ runs }: { runs: RunSummary[] }) {
  const { t } = useTranslation("workbooks");
  const format = useFormat();
  const base = useWorkbooksBase();
  const columns = {
    title: t("list.columns.title"),
    workbook: t("list.columns.workbook"),
    started: t("list.columns.started"),
    status: t("list.columns.status"),
  };
  return (
    <section className="section" aria-labelledby="runs-heading">
      <h2 id="runs-heading">{t("list.runsHeading")}</h2>
      {runs.length === 0 ? (
        <p>{t("list.noRuns")}</p>
      ) : (
        <Table
          caption={t("list.runsHeading")}
          hideCaption
          columns={[
            { key: "title", label: columns.title },
            { key: "workbook", label: columns.workbook },
            { key: "started", label: columns.started },
            { key: "status", label: columns.status },
          ]}
        >
          {runs.map((run) => (
            <tr key={run.id}>
              <Cell label={columns.title}>
                <TextLink href={`${base}/korningar/${run.id}`}>{run.title}</TextLink>
              </Cell>
              <Cell label={columns.workbook}>{run.workbookTitle ?? t("list.removed")}</Cell>
              <Cell label={columns.started}>{format.date(run.createdAt)}</Cell>
              <Cell label={columns.status}>
                {run.status === "finished" && run.finishedAt
                  ? t("status.finishedOn", { date: format.date(run.finishedAt) })
                  : t("status.active")}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

const NO_UNIT = "none";

function StartRunForm({ workbookId, defaultTitle }: { workbookId: string; defaultTitle: string }) {
  const { t } = useTranslation("workbooks");
  const { organisation } = useOrganisation();
  const base = useWorkbooksBase();
  const navigate = useNavigate();
  const units = useUnitOptions();
  const form = useFormSubmit();
  const [title, setTitle] = useState(defaultTitle);
  const [unitId, setUnitId] = useState(NO_UNIT);
  const labels = { title: t("start.name"), unitId: t("start.unit") };
  return (
    <AppForm
      form={form}
      labels={labels}
      aria-label={t("start.formLabel")}
      onSubmit={async () => {
        if (!title.trim()) return { title: t("start.nameRequired") };
        const run = await api<RunSummary>(orgPath(organisation.id, "workbooks", "runs"), {
          method: "POST",
          body: { workbookId, title: title.trim(), unitId: unitId === NO_UNIT ? null : unitId },
        });
        navigate(`${base}/korningar/${run.id}`);
      }}
    >
      <TextField
        name="title"
        label={labels.title}
        description={t("start.nameHelp")}
        isRequired
        value={title}
        onChange={setTitle}
      />
      {units.options.length > 0 ? (
        <Select
          name="unitId"
          label={labels.unitId}
          description={t("start.unitHelp")}
          options={[{ id: NO_UNIT, label: t("start.wholeOrganisation") }, ...units.options]}
          value={unitId}
          onChange={setUnitId}
          optional
        />
      ) : null}
      <SubmitRow label={t("start.submit")} pending={form.pending} saved={null} />
    </AppForm>
  );
}
