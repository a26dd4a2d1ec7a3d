import { useState } from "react";
import { useTranslation } from "react-i18next";
import { query } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { TextLink } from "../ui/Button.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useDay } from "./follow/shared.tsx";
import { useWorkYear } from "./YearLayout.tsx";

/** The most recipients the summary's distribution list takes (the API's limit). */
const MAX_RECIPIENTS = 50;

/** Download the year's documentation and the board summary; what they contain and their status. */
export function Documentation() {
  const { t, i18n } = useTranslation("cycleFollow");
  const { organisation } = useOrganisation();
  const { workYear, apiBase, base } = useWorkYear();
  const day = useDay();
  const format = useFormat();
  const [distribution, setDistribution] = useState("");
  useDocumentTitle(t("documentation.title"), String(workYear.year), organisation.name);

  const locale = i18n.language === "en" ? "en" : "sv";
  const recipients = distribution
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const tooMany = recipients.length > MAX_RECIPIENTS;
  const documentationHref = (format: "docx" | "pdf") =>
    `${apiBase}/documentation.${format}${query({ locale })}`;
  const summaryHref = (format: "docx" | "pdf") => {
    const search = new URLSearchParams(query({ locale }).slice(1));
    for (const recipient of recipients.slice(0, MAX_RECIPIENTS)) {
      search.append("distribution", recipient);
    }
    return `${apiBase}/summary.${format}?${search.toString()}`;
  };
  const missing = workYear.checklist.items.filter((item) => item.required && !item.done).length;
  const advice = workYear.checklist.items.filter((item) => !item.required && !item.done).length;
  const positions = workYear.counts.positions;

  return (
    <>
      <PageHeading intro={t("documentation.intro")}>
        {t("documentation.title")} {workYear.year}
      </PageHeading>

      <section aria-labelledby="status">
        <h2 id="status">{t("documentation.status.heading")}</h2>
        <ul className="follow-status">
          <li>
            {workYear.checklist.complete
              ? t("documentation.status.complete")
              : t("documentation.status.missing", { count: missing })}{" "}
            {advice > 0 ? t("documentation.status.advice", { count: advice }) : null}{" "}
            <TextLink href={base}>{t("documentation.status.toChecklist")}</TextLink>
          </li>
          <li>
            {workYear.documentationCompletedAt
              ? workYear.documentationCompletedBy
                ? t("documentation.status.markedBy", {
                    date: day(workYear.documentationCompletedAt),
                    name: workYear.documentationCompletedBy,
                  })
                : t("documentation.status.marked", {
                    date: day(workYear.documentationCompletedAt),
                  })
              : t("documentation.status.notMarked")}
          </li>
          <li>
            {t("documentation.status.positions", { count: positions })}{" "}
            <TextLink href={`${base}/samverkan#stallningstaganden`}>
              {t("documentation.status.toPositions")}
            </TextLink>
          </li>
          <li>
            {t(`documentation.duty.${workYear.duty}`, {
              headcount: format.number(workYear.headcount ?? 0),
            })}
            {workYear.duty === "unknown" ? (
              <>
                {" "}
                <TextLink href={`/o/${organisation.id}/installningar`}>
                  {t("documentation.duty.toSettings")}
                </TextLink>
              </>
            ) : null}
          </li>
        </ul>
      </section>

      <section className="section" aria-labelledby="arsdokumentation">
        <h2 id="arsdokumentation">{t("documentation.full.heading")}</h2>
        <p>{t("documentation.full.intro")}</p>
        <ul>
          {(
            [
              "areas",
              "harassment",
              "genderBalance",
              "paySurvey",
              "evaluation",
              "followUp",
              "cooperation",
              "checklist",
            ] as const
          ).map((key) => (
            <li key={key}>{t(`documentation.full.contents.${key}`)}</li>
          ))}
        </ul>
        <div className="cluster follow-downloads">
          <a className="button button--primary" href={documentationHref("docx")} download>
            {t("documentation.full.word")}
          </a>
          <a className="button button--secondary" href={documentationHref("pdf")} download>
            {t("documentation.full.pdf")}
          </a>
        </div>
        <p className="muted">{t("documentation.formats")}</p>
      </section>

      <section className="section" aria-labelledby="sammanfattning">
        <h2 id="sammanfattning">{t("documentation.summary.heading")}</h2>
        <p>{t("documentation.summary.intro")}</p>
        <div className="follow-narrow">
          <TextField
            name="distribution"
            label={t("documentation.summary.distribution")}
            description={t("documentation.summary.distributionHelp", { max: MAX_RECIPIENTS })}
            multiline
            optional
            value={distribution}
            onChange={setDistribution}
            isInvalid={tooMany}
            errorMessage={
              tooMany ? t("documentation.summary.tooMany", { max: MAX_RECIPIENTS }) : undefined
            }
          />
          <p className="muted">
            {t("documentation.summary.recipients", { count: recipients.length })}
          </p>
        </div>
        <div className="cluster follow-downloads">
          <a className="button button--primary" href={summaryHref("docx")} download>
            {t("documentation.summary.word")}
          </a>
          <a className="button button--secondary" href={summaryHref("pdf")} download>
            {t("documentation.summary.pdf")}
          </a>
        </div>
      </section>

      <section className="section" aria-labelledby="do">
        <h2 id="do">{t("documentation.do.heading")}</h2>
        <p>{t("documentation.do.text")}</p>
        <p>{t("documentation.do.keep")}</p>
      </section>
    </>
  );
}
