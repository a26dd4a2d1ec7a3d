import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { AREA_LABELS, GROUND_LABELS } from "../../core/cycle/labels.ts";
import { type LibraryMeasure, MEASURE_LIBRARY } from "../../core/cycle/measure-library.ts";
import { AREAS, GROUNDS } from "../../core/cycle/vocabulary.ts";
import { api } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useErrorMessage, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, TextLink } from "../ui/Button.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { useLabel } from "./labels.ts";
import { useLocale, usePlanFormat } from "./plan/shared.tsx";
import type { Area, Measure } from "./types.ts";
import { useWorkYear } from "./YearLayout.tsx";
import "./plan/plan.css";

/** The measure library (åtgärdsbank): ready-made measures per area to adopt and adapt. */
export function MeasureLibrary() {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const { organisation } = useOrganisation();
  const { workYear, base, apiBase } = useWorkYear();
  const measures = useResource<Measure[]>(`${apiBase}/measures`);
  useDocumentTitle(t("library.title"), String(workYear.year), organisation.name);
  const byArea = (area: Area) => MEASURE_LIBRARY.filter((m) => m.area === area);

  return (
    <>
      <p className="plan-back">
        <TextLink href={`${base}/atgarder`}>
          <span aria-hidden="true">← </span>
          {t("detail.back", { year: workYear.year })}
        </TextLink>
      </p>
      <PageHeading
        intro={
          can(organisation, "cycle.manage")
            ? t("library.introManage", { year: workYear.year })
            : t("library.intro")
        }
      >
        {t("library.title")}
      </PageHeading>

      <nav className="plan-toc" aria-labelledby="library-toc-heading">
        <h2 id="library-toc-heading" className="plan-toc__heading">
          {t("library.toc")}
        </h2>
        <ul>
          {AREAS.map((area) => (
            <li key={area}>
              <a className="link" href={`#bank-${area}`}>
                {label(AREA_LABELS[area])}
              </a>{" "}
              <span className="muted">({byArea(area).length})</span>
            </li>
          ))}
        </ul>
      </nav>

      {AREAS.map((area) => (
        <section key={area} className="section plan-area" aria-labelledby={`bank-${area}`}>
          <h2 id={`bank-${area}`} tabIndex={-1}>
            {label(AREA_LABELS[area])}
          </h2>
          <ul className="plan-library">
            {byArea(area).map((item) => (
              <li key={item.key}>
                <LibraryItem
                  item={item}
                  adopted={(measures.data ?? []).filter((m) => m.libraryKey === item.key)}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function LibraryItem({ item, adopted }: { item: LibraryMeasure; adopted: Measure[] }) {
  const { t } = useTranslation("cyclePlan");
  const label = useLabel();
  const locale = useLocale();
  const plan = usePlanFormat();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { organisation } = useOrganisation();
  const { workYear, base, apiBase, reload } = useWorkYear();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = item.title[locale];
  const headingId = `bank-item-${item.key}`;

  const adopt = async () => {
    setPending(true);
    setError(null);
    try {
      const measure = await api<Measure>(`${apiBase}/measures/from-library`, {
        method: "POST",
        body: { key: item.key, locale },
      });
      reload();
      navigate(`${base}/atgarder/${measure.id}`, {
        state: { message: t("library.added", { title: measure.title }), edit: true },
      });
    } catch (failure) {
      setError(errorMessage(failure));
      setPending(false);
    }
  };

  return (
    <article className="card plan-library__item" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {title}
      </h3>
      {adopted.length > 0 ? (
        <p>
          <span className="badge badge--success">
            {t("library.adopted", { year: workYear.year })}
          </span>{" "}
          {adopted.map((measure, index) => (
            <span key={measure.id}>
              {index > 0 ? ", " : null}
              <TextLink href={`${base}/atgarder/${measure.id}`}>
                {adopted.length > 1
                  ? t("library.showNumbered", { number: index + 1 })
                  : t("library.show")}
              </TextLink>
            </span>
          ))}
        </p>
      ) : null}
      <p>{item.description[locale]}</p>
      <dl className="summary-list plan-facts">
        <dt>{t("library.responsible")}</dt>
        <dd>{item.responsibleTitle[locale]}</dd>
        <dt>{t("schedule.label")}</dt>
        <dd>{plan.schedule(item.schedule)}</dd>
        <dt>{t("library.followUp")}</dt>
        <dd>{item.followUp[locale]}</dd>
        <dt>{t("library.grounds")}</dt>
        <dd>
          {item.grounds.length === GROUNDS.length
            ? t("library.allGrounds")
            : format.list(item.grounds.map((g) => label(GROUND_LABELS[g])))}
        </dd>
      </dl>
      {can(organisation, "cycle.manage") ? (
        <div className="plan-library__actions">
          <Button
            variant={adopted.length > 0 ? "secondary" : "primary"}
            onPress={() => void adopt()}
            isPending={pending}
            aria-describedby={headingId}
          >
            {adopted.length > 0 ? t("library.addAgain") : t("library.add")}
          </Button>
          {error ? (
            <Alert tone="error" live="alert">
              {error}
            </Alert>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
