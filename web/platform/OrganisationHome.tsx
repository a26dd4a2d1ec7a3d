import { useTranslation } from "react-i18next";
import { useFormat } from "../app/format.ts";
import { can, sectionHref } from "../app/navigation.ts";
import { useOrganisation, visibleSections } from "../app/organisation.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { TextLink } from "../ui/Button.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { useRoleLabel } from "./labels.ts";

export function OrganisationHome() {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const { organisation } = useOrganisation();
  useDocumentTitle(t("nav.overview"), organisation.name);

  const duty = organisation.documentationDuty;
  const shortcuts = visibleSections(organisation).filter((section) => section.path !== "");

  return (
    <>
      <PageHeading
        eyebrow={t("overview.eyebrow")}
        intro={t("overview.yourRole", { role: roleLabel(organisation.myRole) })}
      >
        {organisation.name}
      </PageHeading>

      <section className="card card--surface duty" aria-labelledby="duty-heading">
        <h2 id="duty-heading" className="card__title">
          {t("duty.heading", { year: duty.year })}
        </h2>
        <p className="duty__summary">{t(`duty.${duty.duty}`)}</p>
        {duty.headcount !== null ? (
          <p>
            {t("duty.headcount", {
              count: duty.headcount,
              formatted: format.number(duty.headcount),
              year: duty.year,
            })}
          </p>
        ) : null}
        <p className="muted">{t("duty.law")}</p>
        {can(organisation, "headcount.update") ? (
          <p>
            <TextLink href={sectionHref(organisation.id, "installningar")}>
              {duty.headcount === null ? t("duty.enterHeadcount") : t("duty.changeHeadcount")}
            </TextLink>
          </p>
        ) : null}
      </section>

      {shortcuts.length > 0 ? (
        <section className="section" aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">{t("overview.shortcutsHeading")}</h2>
          <ul className="card-grid">
            {shortcuts.map((section) => (
              <li key={section.path}>
                <div className="card">
                  <h3 className="card__title">
                    <TextLink href={sectionHref(organisation.id, section.path)}>
                      {t(section.labelKey)}
                    </TextLink>
                  </h3>
                  <p>{t(section.descriptionKey)}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
