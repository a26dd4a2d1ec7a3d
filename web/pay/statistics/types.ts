import type { GenderBalanceDimension } from "../../../core/cycle/vocabulary.ts";
import type { PersonnelStatistics } from "../../../core/pay/personnel.ts";

/** GET …/pay/surveys/:year/statistics (server/pay/statistics/routes.ts). */
export interface StatisticsResponse extends PersonnelStatistics {
  year: number;
  snapshotDate: string;
  /** A manager: the figures cover their own units only. */
  ownUnitsOnly: boolean;
}

/** POST …/statistics/gender-balance. */
export interface GenderBalanceFill {
  year: number;
  source: string;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: { dimension: GenderBalanceDimension; label: string }[];
}
