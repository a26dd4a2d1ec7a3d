import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useParams } from "react-router";
import { orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { Loading } from "../ui/Loading.tsx";
import type { PaySurvey } from "./types.ts";
import "./pay.css";

interface PaySurveyContextValue {
  survey: PaySurvey;
  /** Load the survey again (after a change of its settings). */
  reload: () => void;
  setSurvey: (survey: PaySurvey) => void;
  /** /o/:organisationId/lonekartlaggning/:year */
  base: string;
  /** /api/organisations/:organisationId/pay/surveys/:year */
  apiBase: string;
}

const PaySurveyContext = createContext<PaySurveyContextValue | null>(null);

/** The pay survey of the page; only below PayLayout. */
export function usePaySurvey(): PaySurveyContextValue {
  const value = useContext(PaySurveyContext);
  if (!value) throw new Error("usePaySurvey outside PayLayout");
  return value;
}

/** A survey's pages, in the order the work goes (DL 3:8–13). */
export const PAY_PAGES = [
  { path: "", key: "overview" },
  { path: "personalstatistik", key: "statistics" },
  { path: "arbetsvardering", key: "jobs" },
  { path: "lika-arbete", key: "equalWork" },
  { path: "likvardiga-arbeten", key: "equivalent" },
  { path: "analys", key: "analysis" },
  { path: "regression", key: "regression" },
  { path: "eu-indikatorer", key: "indicators" },
] as const;

/** Loads one year's pay survey and shows its page navigation above its pages. */
export function PayLayout() {
  const { t } = useTranslation("pay");
  const { organisation } = useOrganisation();
  const year = Number(useParams().year);
  const apiBase = orgPath(organisation.id, "pay", "surveys", String(year));
  const resource = useResource<PaySurvey>(Number.isInteger(year) ? apiBase : null);
  const base = `/o/${organisation.id}/lonekartlaggning/${year}`;

  if (!resource.data) {
    if (resource.error) return <LoadError error={resource.error} onRetry={resource.reload} />;
    return <Loading label={t("survey.loading", { year })} />;
  }
  return (
    <PaySurveyContext.Provider
      value={{
        survey: resource.data,
        reload: resource.reload,
        setSurvey: resource.setData,
        base,
        apiBase,
      }}
    >
      <nav className="section-nav" aria-label={t("survey.navLabel", { year })}>
        <ul>
          {PAY_PAGES.map((p) => (
            <li key={p.key}>
              <NavLink to={p.path ? `${base}/${p.path}` : base} end={p.path === ""}>
                {t(`survey.pages.${p.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </PaySurveyContext.Provider>
  );
}
