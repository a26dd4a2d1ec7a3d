import { useTranslation } from "react-i18next";
import { orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { Loading } from "../ui/Loading.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { useLocale } from "./labels.ts";
import type { EvaluationSummary, TrainingEvent } from "./types.ts";

const GRADES = [1, 2, 3, 4, 5] as const;

/** The evaluation's totals: per grade question the mean and how many chose each grade; comments. */
export function EventEvaluation({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation("events");
  const locale = useLocale();
  const { organisation } = useOrganisation();
  const summary = useResource<EvaluationSummary>(
    orgPath(organisation.id, "events", event.id, "evaluation"),
  );
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

  return (
    <section className="section" aria-labelledby="event-evaluation-heading">
      <h2 id="event-evaluation-heading">{t("evaluation.heading")}</h2>
      {summary.error ? <LoadError error={summary.error} onRetry={summary.reload} /> : null}
      {summary.data ? (
        summary.data.responses === 0 ? (
          <p>{event.status === "held" ? t("evaluation.noneYet") : t("evaluation.afterEvent")}</p>
        ) : (
          <>
            <p>{t("evaluation.responses", { count: summary.data.responses })}</p>
            {summary.data.questions.some((q) => q.kind === "grade") ? (
              <Table
                caption={t("evaluation.gradesCaption")}
                columns={[
                  { key: "question", label: t("evaluation.question") },
                  { key: "n", label: t("evaluation.answered"), numeric: true },
                  { key: "mean", label: t("evaluation.mean"), numeric: true },
                  ...GRADES.map((g) => ({
                    key: `g${g}`,
                    label: t("evaluation.grade", { grade: g }),
                    numeric: true,
                  })),
                ]}
              >
                {summary.data.questions.map((q) =>
                  q.kind === "grade" ? (
                    <tr key={q.id}>
                      <th scope="row">{q.label[locale]}</th>
                      <Cell label={t("evaluation.answered")} numeric>
                        {q.n}
                      </Cell>
                      <Cell label={t("evaluation.mean")} numeric>
                        {q.mean === null ? "–" : number.format(q.mean)}
                      </Cell>
                      {GRADES.map((g) => (
                        <Cell key={g} label={t("evaluation.grade", { grade: g })} numeric>
                          {q.distribution[g - 1]}
                        </Cell>
                      ))}
                    </tr>
                  ) : null,
                )}
              </Table>
            ) : null}
            <p className="muted">{t("evaluation.scale")}</p>
            {summary.data.questions.map((q) =>
              q.kind === "text" ? (
                <div key={q.id} className="events-comments">
                  <h3>{q.label[locale]}</h3>
                  {q.answers.length === 0 ? (
                    <p className="muted">{t("evaluation.noComments")}</p>
                  ) : (
                    <ul>
                      {q.answers.map((answer, i) => (
                        // Answers may repeat; their order is alphabetical, so the index is stable.
                        // biome-ignore lint/suspicious/noArrayIndexKey: see above
                        <li key={i}>{answer}</li>
                      ))}
                    </ul>
                  )}
                </div>
              ) : null,
            )}
          </>
        )
      ) : summary.error ? null : (
        <Loading />
      )}
    </section>
  );
}
