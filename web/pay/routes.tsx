import type { RouteObject } from "react-router";
import { page } from "../app/lazyPage.ts";

/**
 * The pay survey below /o/:organisationId/lonekartlaggning: the years' surveys, importing a
 * payroll export, and one year's pages sharing PayLayout.
 */
export const payRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./PaySurveys.tsx"),
      (m) => m.PaySurveys,
    ),
  },
  {
    path: "import",
    lazy: page(
      () => import("./import/PayImport.tsx"),
      (m) => m.PayImport,
    ),
  },
  {
    path: ":year",
    lazy: page(
      () => import("./PayLayout.tsx"),
      (m) => m.PayLayout,
    ),
    children: [
      {
        index: true,
        lazy: page(
          () => import("./PayOverview.tsx"),
          (m) => m.PayOverview,
        ),
      },
      {
        path: "personalstatistik",
        lazy: page(
          () => import("./statistics/PersonnelStatistics.tsx"),
          (m) => m.PersonnelStatistics,
        ),
      },
      {
        path: "arbetsvardering",
        lazy: page(
          () => import("./jobs/JobEvaluation.tsx"),
          (m) => m.JobEvaluation,
        ),
      },
      {
        path: "lika-arbete",
        lazy: page(
          () => import("./comparisons/EqualWork.tsx"),
          (m) => m.EqualWork,
        ),
      },
      {
        path: "likvardiga-arbeten",
        lazy: page(
          () => import("./comparisons/Equivalent.tsx"),
          (m) => m.Equivalent,
        ),
      },
      {
        path: "analys",
        lazy: page(
          () => import("./comparisons/Analysis.tsx"),
          (m) => m.Analysis,
        ),
      },
      {
        path: "regression",
        lazy: page(
          () => import("./regression/Regression.tsx"),
          (m) => m.PayRegression,
        ),
      },
      {
        path: "eu-indikatorer",
        lazy: page(
          () => import("./indicators/Indicators.tsx"),
          (m) => m.PayIndicators,
        ),
      },
    ],
  },
];
