import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { MEASURE_STATUS_LABELS } from "../../core/cycle/labels.ts";
import type { MeasureStatus } from "../../core/cycle/vocabulary.ts";
import { api } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useErrorMessage, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { useMediaQuery } from "../app/useMediaQuery.ts";
import { useLabel } from "../cycle/labels.ts";
import { NotFound } from "../platform/NotFound.tsx";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { ActivityMeasure } from "./ActivityMeasure.tsx";
import { AnswerField } from "./AnswerField.tsx";
import { ApplyToYear } from "./ApplyToYear.tsx";
import { type AnswerStore, runPath, useAnswerStore } from "./answerStore.ts";
import { TimePlan } from "./TimePlan.tsx";
import type { HistoryEntry, Run, WorkbookPart } from "./types.ts";
import { useWorkbooksBase } from "./Workbooks.tsx";
import "./workbooks.css";

/** The last two "parts" of every run: finishing with the export, and who changed what. */
const FINISH = "klar";
const HISTORY = "historik";
/** Where the parts stand beside the page (workbooks.css uses the same width). */
const WIDE = "(min-width: 60.01rem)";

/**
 * One run of a workbook, part by part (/arbetsbocker/korningar/:runId/:partId). Answers are
 * saved as they are typed; the plan is filled from earlier answers; the last page finishes the
 * run and exports the plan.
 */
export function WorkbookRun() {
  const { runId = "" } = useParams();
  const { organisation } = useOrganisation();
  const run = useResource<Run>(runPath(organisation.id, runId));
  if (run.error) return <LoadError error={run.error} onRetry={run.reload} />;
  if (!run.data) return <Loading />;
  if (!run.data.workbook) return <NotFound />;
  return <RunPage key={run.data.id} run={run.data} reload={run.reload} />;
}

function RunPage({ run, reload }: { run: Run; reload: () => void }) {
  const { t } = useTranslation("workbooks");
  const { organisation } = useOrganisation();
  const base = useWorkbooksBase();
  const { partId } = useParams();
  const store = useAnswerStore(organisation.id, run);
  const workbook = run.workbook!;
  const parts = workbook.parts;
  const pages = [...parts.map((p) => p.id), FINISH, HISTORY];
  const current = partId && pages.includes(partId) ? partId : (parts[0]?.id ?? FINISH);
  const index = pages.indexOf(current);
  const wide = useMediaQuery(WIDE);
  const part = parts.find((p) => p.id === current);
  const readOnly = run.status === "finished";
  const pageTitle = part?.title ?? (current === FINISH ? t("finish.title") : t("history.title"));
  useDocumentTitle(pageTitle, run.title, t("list.title"), organisation.name);

  // The plan and the finishing page are built from every answer: fetch them fresh.
  useEffect(() => {
    if (part?.kind === "plan" || current === FINISH) void store.flushAll().then(reload);
  }, [current, part?.kind, store, reload]);

  const href = (id: string) => `${base}/korningar/${run.id}/${id}`;
  const label = (id: string) =>
    parts.find((p) => p.id === id)?.title ??
    (id === FINISH ? t("finish.title") : t("history.title"));

  return (
    <>
      <p className="workbook-back">
        <TextLink href={base}>
          <span aria-hidden="true">← </span>
          {t("list.title")}
        </TextLink>
      </p>
      <PageHeading
        eyebrow={workbook.title}
        intro={readOnly ? t("run.finishedIntro") : t("run.intro", { count: workbook.parts.length })}
      >
        {run.title}
      </PageHeading>
      <div className="workbook-layout">
        <nav className="workbook-parts" aria-label={t("run.partsLabel")}>
          {/* On a phone the list folds away behind a line that says where you are. */}
          <details key={current} open={wide || undefined} className="workbook-parts__fold">
            <summary className="workbook-parts__summary">
              {t("run.whereAmI", { title: label(current) })}
            </summary>
            <ol>
              {pages.map((id, i) => (
                <li key={id}>
                  <TextLink href={href(id)} aria-current={id === current ? "page" : undefined}>
                    <span className="workbook-parts__number" aria-hidden="true">
                      {i < parts.length ? `${i + 1}.` : ""}
                    </span>{" "}
                    {label(id)}
                  </TextLink>
                </li>
              ))}
            </ol>
          </details>
        </nav>
        <div className="workbook-page">
          {part ? (
            <PartView part={part} run={run} store={store} readOnly={readOnly} reload={reload} />
          ) : current === FINISH ? (
            <Finish run={run} store={store} reload={reload} partHref={href} />
          ) : (
            <History run={run} />
          )}
          <nav className="workbook-pager" aria-label={t("run.pagerLabel")}>
            {index > 0 ? (
              <TextLink href={href(pages[index - 1]!)}>
                <span aria-hidden="true">← </span>
                {t("run.previous", { title: label(pages[index - 1]!) })}
              </TextLink>
            ) : (
              <span />
            )}
            {index < pages.length - 2 ? (
              <TextLink href={href(pages[index + 1]!)}>
                {t("run.next", { title: label(pages[index + 1]!) })}
                <span aria-hidden="true"> →</span>
              </TextLink>
            ) : null}
          </nav>
        </div>
      </div>
    </>
  );
}

function PartView({
  part,
  run,
  store,
  readOnly,
  reload,
}: {
  part: WorkbookPart;
  run: Run;
  store: AnswerStore;
  readOnly: boolean;
  reload: () => void;
}) {
  const { t } = useTranslation("workbooks");
  return (
    <section aria-labelledby="part-heading">
      <h2 id="part-heading" tabIndex={-1}>
        {part.title}
      </h2>
      {part.kind === "plan" ? <p className="muted">{t("run.planIntro")}</p> : null}
      {part.html ? (
        // Our own content, rendered from Markdown on the server.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted content from content/
        <div className="workbook-text" dangerouslySetInnerHTML={{ __html: part.html }} />
      ) : null}
      {part.kind === "timeplan" ? (
        <TimePlan part={part} store={store} readOnly={readOnly} />
      ) : (
        <div className="workbook-items">
          {part.items.map((item) => (
            <AnswerField
              key={item.id}
              store={store}
              partId={part.id}
              item={item}
              readOnly={readOnly}
              rowExtra={
                item.activities
                  ? (row, saved) => (
                      <ActivityMeasure
                        run={run}
                        itemKey={`${part.id}/${item.id}`}
                        row={row}
                        title={
                          row.cells[item.columns.find((c) => c.kind === "text")?.id ?? ""] ?? ""
                        }
                        saved={saved}
                        onMade={reload}
                      />
                    )
                  : undefined
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}

/** What stands in the way of finishing, finishing itself, and the plan as Word or PDF. */
function Finish({
  run,
  store,
  reload,
  partHref,
}: {
  run: Run;
  store: AnswerStore;
  reload: () => void;
  partHref: (id: string) => string;
}) {
  const { t, i18n } = useTranslation("workbooks");
  const { organisation } = useOrganisation();
  const format = useFormat();
  const label = useLabel();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mayFinish = can(organisation, "workbooks.manage");
  const parts = run.workbook!.parts;
  const where = (key: string) => {
    const [partId, id] = key.split("/");
    const part = parts.find((p) => p.id === partId);
    const question =
      part?.items.find((i) => i.id === id)?.label ??
      part?.milestones.find((m) => m.id === id)?.label;
    return { part, question: question ?? key };
  };
  const locale = i18n.language === "en" ? "en" : "sv";
  const exportHref = (kind: "docx" | "pdf") =>
    `${runPath(organisation.id, run.id, `plan.${kind}`)}?locale=${locale}`;

  return (
    <section aria-labelledby="part-heading">
      <h2 id="part-heading" tabIndex={-1}>
        {t("finish.title")}
      </h2>
      {run.status === "finished" && run.finishedAt ? (
        <Alert tone="success">
          {t("finish.finishedOn", { date: format.date(run.finishedAt) })}
        </Alert>
      ) : run.problems.length > 0 ? (
        <>
          <p>{t("finish.problemsIntro", { count: run.problems.length })}</p>
          <ul className="workbook-problems">
            {run.problems.map((problem) => {
              const { part, question } = where(problem.key);
              const id = problem.key.split("/")[1] ?? "";
              return (
                <li key={problem.key}>
                  <TextLink href={`${partHref(part?.id ?? "")}#fraga-${id}`}>
                    {part ? `${part.title}: ` : ""}
                    {question}
                  </TextLink>{" "}
                  – {t(`problems.${problem.message}`, { defaultValue: t("problems.other") })}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t("finish.ready")}</p>
      )}
      {run.status === "active" && mayFinish ? (
        <div className="section">
          <p>{t("finish.explain")}</p>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <Button
            variant="primary"
            isPending={pending}
            isDisabled={run.problems.length > 0}
            onPress={async () => {
              setPending(true);
              setError(null);
              try {
                await store.flushAll();
                await api(runPath(organisation.id, run.id, "finish"), { method: "POST" });
                reload();
              } catch (e) {
                setError(errorMessage(e));
                reload();
              } finally {
                setPending(false);
              }
            }}
          >
            {t("finish.submit")}
          </Button>
        </div>
      ) : run.status === "active" ? (
        <p className="muted">{t("finish.byHr")}</p>
      ) : null}

      <section className="section" aria-labelledby="export-heading">
        <h3 id="export-heading">{t("finish.exportHeading")}</h3>
        <p>{t("finish.exportIntro")}</p>
        <div className="cluster">
          <a className="button button--primary" href={exportHref("docx")} download>
            {t("finish.docx")}
          </a>
          <a className="button button--secondary" href={exportHref("pdf")} download>
            {t("finish.pdf")}
          </a>
        </div>
      </section>

      {run.planMeasures.length > 0 ? (
        <section className="section" aria-labelledby="measures-heading">
          <h3 id="measures-heading">{t("finish.measuresHeading")}</h3>
          <ul>
            {run.planMeasures.map((m) => (
              <li key={m.measureId}>
                <TextLink
                  href={`/o/${organisation.id}/aktiva-atgarder/${m.year}/atgarder/${m.measureId}`}
                >
                  {m.title}
                </TextLink>{" "}
                – {label(MEASURE_STATUS_LABELS[m.status as MeasureStatus])} ({m.year})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {run.workbook!.fillsYear && can(organisation, "cycle.manage") ? (
        <section className="section" aria-labelledby="year-heading">
          <h3 id="year-heading">{t("finish.yearHeading")}</h3>
          <p>{t("finish.yearIntro")}</p>
          <ApplyToYear runId={run.id} onApplied={reload} />
        </section>
      ) : null}
    </section>
  );
}

/** Who changed which answer when, newest first. */
function History({ run }: { run: Run }) {
  const { t } = useTranslation("workbooks");
  const { organisation } = useOrganisation();
  const format = useFormat();
  const history = useResource<{ history: HistoryEntry[] }>(
    runPath(organisation.id, run.id, "history"),
  );
  const parts = run.workbook!.parts;
  const question = (key: string) => {
    const [partId, id] = key.split("/");
    const part = parts.find((p) => p.id === partId);
    const label =
      part?.items.find((i) => i.id === id)?.label ??
      part?.milestones.find((m) => m.id === id)?.label;
    return part ? `${part.title}: ${label ?? id}` : key;
  };
  const columns = {
    at: t("history.columns.at"),
    who: t("history.columns.who"),
    what: t("history.columns.what"),
  };
  return (
    <section aria-labelledby="part-heading">
      <h2 id="part-heading" tabIndex={-1}>
        {t("history.title")}
      </h2>
      <p>{t("history.intro")}</p>
      {history.error ? <LoadError error={history.error} onRetry={history.reload} /> : null}
      {history.data ? (
        history.data.history.length === 0 ? (
          <p>{t("history.none")}</p>
        ) : (
          <Table
            caption={t("history.title")}
            hideCaption
            columns={[
              { key: "at", label: columns.at },
              { key: "who", label: columns.who },
              { key: "what", label: columns.what },
            ]}
          >
            {history.data.history.map((entry, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: events have no id of their own here
              <tr key={i}>
                <Cell label={columns.at}>{format.dateTime(entry.at)}</Cell>
                <Cell label={columns.who}>{entry.actorName ?? t("history.removedUser")}</Cell>
                <Cell label={columns.what}>
                  {t(entry.action === "create" ? "history.answered" : "history.changed", {
                    question: question(entry.key),
                  })}
                </Cell>
              </tr>
            ))}
          </Table>
        )
      ) : history.error ? null : (
        <Loading />
      )}
    </section>
  );
}
