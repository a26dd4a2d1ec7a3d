import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrganisation } from "../../app/organisation.tsx";
import { LoadError, type Resource, useResource } from "../../app/resource.tsx";
import { useDocumentTitle } from "../../app/title.ts";
import { Alert } from "../../ui/Alert.tsx";
import { TextLink } from "../../ui/Button.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeading } from "../../ui/PageHeading.tsx";
import { usePaySurvey } from "../PayLayout.tsx";
import { useFigures } from "./shared.tsx";

/**
 * What the equal-work and equivalent-work pages share: their data, the difference whose
 * dialog is open and the line that says what was just saved.
 */
export function useComparisonPage<T, Open>(path: string) {
  const { t } = useTranslation("payComparisons");
  const { survey, apiBase } = usePaySurvey();
  const resource = useResource<T>(`${apiBase}${path}`);
  const figures = useFigures(survey.minGroupSize);
  const [open, setOpen] = useState<Open | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return {
    resource,
    data: resource.data,
    figures,
    open,
    message,
    /** Opens a difference; what was saved before is no longer news. */
    openDialog: (what: Open) => {
      setMessage(null);
      setOpen(what);
    },
    close: () => setOpen(null),
    /** After an analysis is saved: close the dialog, say so and load the figures again. */
    saved: (what: string) => {
      setOpen(null);
      setMessage(t("analysis.saved", { what }));
      resource.reload();
    },
  };
}

/** The frame of a comparison page: heading, how pay is counted, access, loading and errors. */
export function ComparisonPage<T>({
  page,
  resource,
  children,
}: {
  page: "equalWork" | "equivalent";
  resource: Resource<T>;
  /** The page's content once its data has come. */
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation("payComparisons");
  const { organisation } = useOrganisation();
  const { survey } = usePaySurvey();
  useDocumentTitle(t(`${page}.documentTitle`), String(survey.year), organisation.name);
  return (
    <>
      <PageHeading intro={t(`${page}.intro`)}>
        {t(`${page}.title`, { year: survey.year })}
      </PageHeading>
      <p>{t("payDefinition")}</p>
      <AccessNotes />
      {resource.error ? <LoadError error={resource.error} onRetry={resource.reload} /> : null}
      {!resource.data && !resource.error ? <Loading /> : null}
      {resource.data ? children(resource.data) : null}
    </>
  );
}

/** What the caller sees: their own units, read only, or also individual pay. */
export function AccessNotes() {
  const { t } = useTranslation("payComparisons");
  const { survey } = usePaySurvey();
  return (
    <>
      {survey.access.ownUnitsOnly ? (
        <Alert tone="info" title={t("access.ownUnitsTitle")}>
          <p>{t("access.ownUnits")}</p>
        </Alert>
      ) : null}
      {!survey.access.manage ? <p className="muted">{t("access.readOnly")}</p> : null}
    </>
  );
}

/** The live region that tells what was just saved (kept in the page so it is announced). */
export function SavedStatus({ message }: { message: string | null }) {
  return <div role="status">{message ? <Alert tone="success">{message}</Alert> : null}</div>;
}

/** On to the page where every analysed difference is gathered. */
export function ToAnalysisLink() {
  const { t } = useTranslation("payComparisons");
  const { base } = usePaySurvey();
  return (
    <p className="comparisons-next">
      <TextLink href={`${base}/analys`}>{t("toAnalysis")}</TextLink>
    </p>
  );
}

/** Said wherever a figure about a small group is shown to those who may see it. */
export function SmallGroupNote({ show }: { show: boolean }) {
  const { t } = useTranslation("payComparisons");
  return show ? <p className="muted">{t("smallGroupNote")}</p> : null;
}
