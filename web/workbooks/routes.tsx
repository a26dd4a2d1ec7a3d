import type { RouteObject } from "react-router";
import { page } from "../app/lazyPage.ts";

/**
 * The workbooks below /o/:organisationId/arbetsbocker: the workbooks and the organisation's
 * runs of them, and one run, part by part, ending in the implementation plan and time plan.
 */
export const workbookRoutes: RouteObject[] = [
  {
    index: true,
    lazy: page(
      () => import("./Workbooks.tsx"),
      (m) => m.Workbooks,
    ),
  },
  {
    path: "korningar/:runId/:partId?",
    lazy: page(
      () => import("./WorkbookRun.tsx"),
      (m) => m.WorkbookRun,
    ),
  },
];
