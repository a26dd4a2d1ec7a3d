import { useTranslation } from "react-i18next";
import { useFormat } from "../app/format.ts";
import { useDocumentTitle } from "../app/title.ts";
import { PageHeading } from "../ui/PageHeading.tsx";

/** The date this statement was last reviewed. */
const REVIEWED = "2026-11-23";

export function AccessibilityStatement() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t("accessibility.title"));
  const list = (key: string) => t(key, { returnObjects: true }) as string[];
  return (
    <article className="prose">
      <PageHeading intro={t("accessibility.intro")}>{t("accessibility.title")}</PageHeading>

      <h2>{t("accessibility.statusHeading")}</h2>
      <p>{t("accessibility.status")}</p>

      <h2>{t("accessibility.supportHeading")}</h2>
      <ul>
        {list("accessibility.support").map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t("accessibility.knownIssuesHeading")}</h2>
      <p>{t("accessibility.knownIssues")}</p>

      <h2>{t("accessibility.reportHeading")}</h2>
      <p>{t("accessibility.report")}</p>
      <p>{t("accessibility.reportWhat")}</p>

      <h2>{t("accessibility.supervisionHeading")}</h2>
      <p>
        {t("accessibility.supervision")}{" "}
        <a href="https://www.digg.se/">{t("accessibility.diggLink")}</a>
      </p>

      <h2>{t("accessibility.testingHeading")}</h2>
      <p>{t("accessibility.testing")}</p>
      <p className="muted">{t("accessibility.reviewed", { date: format.date(REVIEWED) })}</p>
    </article>
  );
}
