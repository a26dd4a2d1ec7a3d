import type { WorkerCategory } from "../../../core/pay/models.ts";

/** GET …/pay/surveys/:year/indicators (server/pay/indicators/routes.ts). */
export interface IndicatorsResponse {
  year: number;
  snapshotDate: string;
  ownUnitsOnly: boolean;
  k: number;
  organisationEmployees: number;
  population: { women: number; men: number };
  fullTimeWeeklyHours: number;
  assumedHours: number;
  annual: LevelIndicators;
  hourly: LevelIndicators;
  variableShare: { women: ShareFigure; men: ShareFigure };
  categories: {
    valueBandWidth: number;
    unevaluatedJobs: number;
    threshold: number;
    rows: CategoryRow[];
  };
  yearOverYear: YearRow[];
}

export type PayLevel = "annual" | "hourly";

export interface GapFigure {
  female: number | null;
  male: number | null;
  nFemale: number;
  nMale: number;
  gapPercent: number | null;
  hidden: boolean;
  reason: "no-women" | "no-men" | "no-people" | "male-zero" | null;
}

export interface ShareFigure {
  count: number;
  recipients: number | null;
  percent: number | null;
  hidden: boolean;
}

export interface QuartileFigure {
  band: 1 | 2 | 3 | 4;
  size: number;
  female: number | null;
  male: number | null;
  femalePercent: number | null;
  malePercent: number | null;
  hidden: boolean;
}

export interface LevelIndicators {
  meanGap: GapFigure;
  variableMeanGap: GapFigure;
  medianGap: GapFigure;
  variableMedianGap: GapFigure;
  quartiles: QuartileFigure[];
}

export interface CategoryGaps {
  total: GapFigure;
  base: GapFigure;
  variable: GapFigure;
}

export interface CategoryRow {
  category: WorkerCategory;
  women: number | null;
  men: number | null;
  countsHidden: boolean;
  annual: CategoryGaps;
  hourly: CategoryGaps;
  jointPayAssessment: boolean | null;
  flaggedOn: PayLevel[];
}

export interface YearRow {
  year: number;
  women: number | null;
  men: number | null;
  annual: { meanGap: GapFigure; medianGap: GapFigure };
  hourly: { meanGap: GapFigure; medianGap: GapFigure };
}
