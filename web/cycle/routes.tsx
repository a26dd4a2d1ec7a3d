import type { RouteObject } from "react-router";
import { page } from "../app/lazyPage.ts";

/**
 * The yearly cycle's pages below /o/:organisationId/aktiva-atgarder. A year's pages share
 * YearLayout, which loads the work year and shows the step navigation.
 */
export const cycleRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./CycleStart.tsx"),
      (m) => m.CycleStart,
    ),
  },
  {
    path: "trakasserier",
    lazy: page(
      () => import("./HarassmentDocuments.tsx"),
      (m) => m.HarassmentDocuments,
    ),
  },
  {
    path: ":year",
    lazy: page(
      () => import("./YearLayout.tsx"),
      (m) => m.YearLayout,
    ),
    children: [
      {
        index: true,
        lazy: page(
          () => import("./YearOverview.tsx"),
          (m) => m.YearOverview,
        ),
      },
      {
        path: "undersokningar",
        lazy: page(
          () => import("./Investigations.tsx"),
          (m) => m.Investigations,
        ),
      },
      {
        path: "risker",
        lazy: page(
          () => import("./Risks.tsx"),
          (m) => m.Risks,
        ),
      },
      {
        path: "atgarder",
        lazy: page(
          () => import("./Measures.tsx"),
          (m) => m.Measures,
        ),
      },
      {
        path: "atgarder/ny",
        lazy: page(
          () => import("./MeasureNew.tsx"),
          (m) => m.MeasureNew,
        ),
      },
      {
        path: "atgarder/:measureId",
        lazy: page(
          () => import("./MeasureDetail.tsx"),
          (m) => m.MeasureDetail,
        ),
      },
      {
        path: "atgardsbank",
        lazy: page(
          () => import("./MeasureLibrary.tsx"),
          (m) => m.MeasureLibrary,
        ),
      },
      {
        path: "uppfoljning",
        lazy: page(
          () => import("./FollowUp.tsx"),
          (m) => m.FollowUp,
        ),
      },
      {
        path: "samverkan",
        lazy: page(
          () => import("./Cooperation.tsx"),
          (m) => m.Cooperation,
        ),
      },
      {
        path: "konsfordelning",
        lazy: page(
          () => import("./GenderBalance.tsx"),
          (m) => m.GenderBalance,
        ),
      },
      {
        path: "arshjul",
        lazy: page(
          () => import("./YearWheel.tsx"),
          (m) => m.YearWheel,
        ),
      },
      {
        path: "dokumentation",
        lazy: page(
          () => import("./Documentation.tsx"),
          (m) => m.Documentation,
        ),
      },
    ],
  },
];
