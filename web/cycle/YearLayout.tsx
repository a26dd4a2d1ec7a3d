import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useParams } from "react-router";
import { orgPath } from "../app/api.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { Loading } from "../ui/Loading.tsx";
import type { WorkYear } from "./types.ts";
import "./cycle.css";

interface YearContextValue {
  workYear: WorkYear;
  /** Load the year again (its counts and checklist change with the work). */
  reload: () => void;
  setWorkYear: (workYear: WorkYear) => void;
  /** /o/:organisationId/aktiva-atgarder/:year */
  base: string;
  /** /api/organisations/:organisationId/years/:year */
  apiBase: string;
}

const YearContext = createContext<YearContextValue | null>(null);

/** The work year of the page; only below YearLayout. */
export function useWorkYear(): YearContextValue {
  const value = useContext(YearContext);
  if (!value) throw new Error("useWorkYear outside YearLayout");
  return value;
}

/** The steps of a year, in the order the work goes. */
export const YEAR_PAGES = [
  { path: "", key: "overview" },
  { path: "undersokningar", key: "investigations" },
  { path: "risker", key: "risks" },
  { path: "atgarder", key: "measures" },
  { path: "uppfoljning", key: "followUp" },
  { path: "samverkan", key: "cooperation" },
  { path: "konsfordelning", key: "genderBalance" },
  { path: "arshjul", key: "wheel" },
  { path: "dokumentation", key: "documentation" },
] as const;

/** Loads one work year and shows the year's step navigation above its pages. */
export function YearLayout() {
  const { t } = useTranslation("cycle");
  const { organisation } = useOrganisation();
  const year = Number(useParams().year);
  const apiBase = orgPath(organisation.id, "years", String(year));
  const resource = useResource<WorkYear>(Number.isInteger(year) ? apiBase : null);
  const base = `/o/${organisation.id}/aktiva-atgarder/${year}`;

  if (!resource.data) {
    if (resource.error) return <LoadError error={resource.error} onRetry={resource.reload} />;
    return <Loading label={t("year.loading", { year })} />;
  }
  return (
    <YearContext.Provider
      value={{
        workYear: resource.data,
        reload: resource.reload,
        setWorkYear: resource.setData,
        base,
        apiBase,
      }}
    >
      <nav className="section-nav" aria-label={t("year.navLabel", { year })}>
        <ul>
          {YEAR_PAGES.map((p) => (
            <li key={p.key}>
              <NavLink to={p.path ? `${base}/${p.path}` : base} end={p.path === ""}>
                {t(`year.pages.${p.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </YearContext.Provider>
  );
}
