/** The pay survey's API answers, as server/pay/** returns them (see /api/openapi.json). */

export interface PaySurvey {
  id: string;
  year: number;
  snapshotDate: string;
  minGroupSize: number;
  womenDominatedShare: number;
  valueBandWidth: number;
  employeeCount: number;
  sourceFile: string | null;
  importedAt: string | null;
  importedBy: string | null;
  version: number;
  access: {
    /** May see individual pay (admin, HR, designated union representatives). */
    individual: boolean;
    /** May import, evaluate jobs and change settings (admin, HR). */
    manage: boolean;
    /** A manager: every figure is about their own units only. */
    ownUnitsOnly: boolean;
  };
}
