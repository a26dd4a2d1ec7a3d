import { randomBytes } from "node:crypto";
import {
  DEFAULT_EVALUATION_TEMPLATE,
  type JobScores,
  subCriteriaOf,
} from "../../core/pay/job-evaluation.ts";
import {
  generateEmployer,
  nextYear,
  type SyntheticEmployer,
  type SyntheticJob,
} from "../../core/pay/synthetic.ts";
import type { Db } from "../platform/db/database.ts";
import { saveEmployees } from "./employees.ts";
import { employeeKey } from "./import/check.ts";

/**
 * The demo organisation's pay surveys: last year and this year for about 1 200 employees of a
 * made-up municipality (core/pay/synthetic.ts), with the jobs evaluated, so every pay page has
 * content. The generator builds in a few unjustified gaps (women-dominated jobs of the same
 * value paid less than men-dominated ones, and small gaps for equal work) for the survey to find.
 * The union's representative is designated for the pay survey.
 */
export async function seedPayDemo(
  trx: Db,
  options: {
    organisationId: string;
    year: number;
    hrUserId: string;
    unionRepMembershipId: string;
    unitIds: Map<string, string>;
  },
) {
  const { organisationId, year } = options;
  const secret = randomBytes(32);
  await trx
    .insertInto("pay_settings")
    .values({ organisation_id: organisationId, pseudonym_secret: secret })
    .execute();
  await trx
    .updateTable("memberships")
    .set({ pay_survey_access: true })
    .where("id", "=", options.unionRepMembershipId) // tenant-checked: the demo's own membership
    .execute();
  const previous = generateEmployer({ employees: 1184, seed: 20_251, year: year - 1 });
  const current = nextYear(previous, { seed: 20_261, year });
  for (const [survey, surveyYear] of [
    [previous, year - 1],
    [current, year],
  ] as const)
    await addSurvey(trx, options, survey, surveyYear, secret);
}

async function addSurvey(
  trx: Db,
  options: { organisationId: string; hrUserId: string; unitIds: Map<string, string> },
  employer: SyntheticEmployer,
  year: number,
  secret: Buffer,
) {
  const { organisationId } = options;
  const survey = await trx
    .insertInto("pay_surveys")
    .values({
      organisation_id: organisationId,
      year,
      snapshot_date: `${year}-09-30`,
      evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE),
      employee_count: employer.employees.length,
      source_file: `lonesystemet-${year}-09-30.csv`,
      imported_by: options.hrUserId,
      imported_at: new Date(`${year}-10-06T09:30:00Z`),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await saveEmployees(
    trx,
    organisationId,
    survey.id,
    employer.employees.map((e) => {
      const unit = DEMO_UNIT[e.unit] ?? e.unit;
      return {
        ...e,
        key: employeeKey(e, secret.toString("base64url")),
        unit,
        unitId: options.unitIds.get(unit) ?? null,
      };
    }),
  );
  const present = new Set(employer.employees.map((e) => e.job));
  await trx
    .insertInto("pay_jobs")
    .values(
      employer.jobs
        .filter((job) => present.has(job.name))
        .map((job) => ({
          organisation_id: organisationId,
          survey_id: survey.id,
          name: job.name,
          scores: JSON.stringify(demoScores(job)),
          justification: `Värderat av arbetsgruppen för lönekartläggningen utifrån befattningsbeskrivningen för ${job.name.toLowerCase()} (demodata).`,
          evaluated_by: options.hrUserId,
          evaluated_at: new Date(`${year}-10-20T13:00:00Z`),
        })),
    )
    .execute();
}

/**
 * Levels that give about the job's value in the default template, varied a little between
 * sub-criteria (a caring job scores higher on emotional strain than on physical conditions,
 * and so on) so the evaluation looks like one a working group would make.
 */
function demoScores(job: SyntheticJob): JobScores {
  const scores: JobScores = {};
  subCriteriaOf(DEFAULT_EVALUATION_TEMPLATE).forEach(({ sub, maxLevel }, index) => {
    const wobble = ((job.name.length + index * 7) % 3) - 1;
    const level = Math.round(1 + (job.value / 100) * (maxLevel - 1)) + wobble;
    scores[sub.id] = Math.min(maxLevel, Math.max(1, level));
  });
  return scores;
}

/** The generator's units as the demo municipality's units (server/platform/seed/demo.ts). */
const DEMO_UNIT: Record<string, string> = {
  "Hemtjänst Norr": "Hemtjänsten",
  "Hemtjänst Söder": "Hemtjänsten",
  "Särskilt boende Björken": "Äldreomsorgen",
  "Särskilt boende Linden": "Äldreomsorgen",
  "Förskolan Ekorren": "Förskolan Blåklinten",
  "Förskolan Vitsippan": "Förskolan Blåklinten",
  "Ekbackens skola": "Exempelskolan F–9",
  Solhagaskolan: "Exempelskolan F–9",
  "Norrvikens skola": "Exempelskolan F–9",
  Kunskapsgymnasiet: "Gymnasiet",
  "Individ- och familjeomsorg": "Individ- och familjeomsorgen",
  Försörjningsstöd: "Individ- och familjeomsorgen",
  Biståndsenheten: "Individ- och familjeomsorgen",
  Hemsjukvården: "Hemtjänsten",
  "Funktionsstöd LSS": "Hemtjänsten",
  "Personlig assistans": "Hemtjänsten",
  Fastighetsavdelningen: "Gata och park",
  "VA och renhållning": "Gata och park",
  "IT-avdelningen": "Kommunikationsenheten",
  Måltidsservice: "Barn- och utbildningsförvaltningen",
  Lokalvård: "Samhällsbyggnadsförvaltningen",
  Kommunledningskontoret: "Kommunledningsförvaltningen",
};
