import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, query } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { LinkButton, TextLink } from "../ui/Button.tsx";
import { AppForm, SubmitRow, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { TextField } from "../ui/TextField.tsx";
import { PAY_PAGES, usePaySurvey } from "./PayLayout.tsx";
import type { PaySurvey } from "./types.ts";

/** One year's survey: what was imported, the survey's settings and the way through its pages. */
export function PayOverview() {
  const { t } = useTranslation("pay");
  const { organisation } = useOrganisation();
  const { survey, base } = usePaySurvey();
  const format = useFormat();
  useDocumentTitle(t("overview.title", { year: survey.year }), organisation.name);

  return (
    <>
      <PageHeading intro={t("overview.intro")}>
        {t("overview.title", { year: survey.year })}
      </PageHeading>
      {survey.access.ownUnitsOnly ? (
        <Alert tone="info" title={t("overview.ownUnitsTitle")}>
          <p>{t("overview.ownUnits")}</p>
        </Alert>
      ) : null}
      <section className="section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t("overview.dataHeading")}</h2>
        <dl className="pay-facts">
          <div>
            <dt>{t("overview.snapshotDate")}</dt>
            <dd>{format.date(survey.snapshotDate)}</dd>
          </div>
          <div>
            <dt>{t("overview.employees")}</dt>
            <dd>{format.number(survey.employeeCount)}</dd>
          </div>
          {survey.importedAt ? (
            <div>
              <dt>{t("overview.imported")}</dt>
              <dd>
                {t("overview.importedBy", {
                  when: format.dateTime(survey.importedAt),
                  who: survey.importedBy ?? t("overview.unknownPerson"),
                  file: survey.sourceFile ?? "",
                })}
              </dd>
            </div>
          ) : null}
        </dl>
        {survey.access.manage ? (
          <p>
            <LinkButton variant="secondary" href={`/o/${organisation.id}/lonekartlaggning/import`}>
              {t("overview.reimport")}
            </LinkButton>
          </p>
        ) : null}
      </section>
      <section className="section" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t("overview.stepsHeading")}</h2>
        <ol className="pay-steps">
          {PAY_PAGES.filter((p) => p.path !== "").map((p) => (
            <li key={p.key}>
              <TextLink href={`${base}/${p.path}`}>{t(`survey.pages.${p.key}`)}</TextLink>
              <p>{t(`overview.step.${p.key}`)}</p>
            </li>
          ))}
        </ol>
      </section>
      {survey.access.individual ? <ReportSection survey={survey} /> : null}
      <SettingsSection survey={survey} />
    </>
  );
}

/**
 * The year's report to download, in the language of the page. Only for those who see the
 * whole survey (admin, HR, designated union representatives): the API refuses everyone else.
 */
function ReportSection({ survey }: { survey: PaySurvey }) {
  const { t, i18n } = useTranslation("pay");
  const { apiBase } = usePaySurvey();
  const locale = i18n.language === "en" ? "en" : "sv";
  const href = (format: "docx" | "pdf") => `${apiBase}/report.${format}${query({ locale })}`;
  return (
    <section className="section" aria-labelledby="report-heading">
      <h2 id="report-heading">{t("overview.report.heading")}</h2>
      <p>{t("overview.report.intro", { k: survey.minGroupSize })}</p>
      <p className="cluster">
        <a className="button button--primary" href={href("docx")} download>
          {t("overview.report.word")}
        </a>
        <a className="button button--secondary" href={href("pdf")} download>
          {t("overview.report.pdf")}
        </a>
      </p>
      <p className="muted">{t("overview.report.formats")}</p>
    </section>
  );
}

/** The survey's settings: who counts as a small group, women-dominated, equal value. */
function SettingsSection({ survey }: { survey: PaySurvey }) {
  const { t } = useTranslation("pay");
  const { apiBase, setSurvey } = usePaySurvey();
  const form = useFormSubmit();
  const [minGroupSize, setMinGroupSize] = useState(String(survey.minGroupSize));
  const [share, setShare] = useState(String(survey.womenDominatedShare));
  const [saved, setSaved] = useState<string | null>(null);
  const format = useFormat();

  if (!survey.access.manage)
    return (
      <section className="section" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t("settings.heading")}</h2>
        <ul>
          <li>{t("settings.minGroupSizeRead", { k: survey.minGroupSize })}</li>
          <li>{t("settings.shareRead", { share: format.number(survey.womenDominatedShare) })}</li>
        </ul>
      </section>
    );

  const number = (text: string) => Number(text.replace(",", "."));
  return (
    <section className="section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t("settings.heading")}</h2>
      <AppForm
        form={form}
        labels={{
          minGroupSize: t("settings.minGroupSize"),
          womenDominatedShare: t("settings.share"),
        }}
        onSubmit={async () => {
          setSaved(null);
          const k = number(minGroupSize);
          const s = number(share);
          const local = {
            minGroupSize:
              !(Number.isInteger(k) && k >= 2 && k <= 50) && t("settings.minGroupSizeError"),
            womenDominatedShare: !(s >= 50 && s <= 100) && t("settings.shareError"),
          };
          if (local.minGroupSize || local.womenDominatedShare) return local;
          const updated = await api<PaySurvey>(apiBase, {
            method: "PATCH",
            body: { minGroupSize: k, womenDominatedShare: s, version: survey.version },
          });
          setSurvey(updated);
          setSaved(t("settings.saved"));
          return undefined;
        }}
      >
        <TextField
          name="minGroupSize"
          label={t("settings.minGroupSize")}
          description={t("settings.minGroupSizeHint")}
          value={minGroupSize}
          onChange={setMinGroupSize}
          inputMode="numeric"
          narrow
          errorMessage={form.errors.fields.minGroupSize}
        />
        <TextField
          name="womenDominatedShare"
          label={t("settings.share")}
          description={t("settings.shareHint")}
          value={share}
          onChange={setShare}
          inputMode="decimal"
          narrow
          errorMessage={form.errors.fields.womenDominatedShare}
        />
        <SubmitRow label={t("settings.save")} pending={form.pending} saved={saved} />
      </AppForm>
    </section>
  );
}
