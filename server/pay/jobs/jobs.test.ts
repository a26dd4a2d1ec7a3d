import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_EVALUATION_TEMPLATE,
  type EvaluationTemplate,
  type JobScores,
  jobValue,
} from "../../../core/pay/job-evaluation.ts";
import { FEMALE, MALE } from "../../../core/pay/stats.ts";
import { cycleOrganisation } from "../../cycle/fixtures.test-helper.ts";
import {
  createMember,
  createOrganisation,
  signedInClient,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../test/harness.ts";
import { saveEmployees } from "../employees.ts";
import { dropEmployees, insertSurvey, scoresAt } from "../test-helpers.ts";
import { syncJobs } from "./service.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
const survey: Record<number, string> = {};

let employeeCounter = 0;
async function addEmployees(
  organisationId: string,
  surveyId: string,
  job: string,
  unitId: string | null,
  women: number,
  men: number,
) {
  const sexes = [...Array(women).fill(FEMALE), ...Array(men).fill(MALE)];
  await saveEmployees(
    t.db,
    organisationId,
    surveyId,
    sexes.map((sex) => ({
      key: `k${++employeeCounter}`,
      sex,
      unitId,
      job,
      extent: 100,
      baseSalary: 32000,
    })),
  );
}

const sync = (organisationId: string, surveyId: string) =>
  t.db.transaction().execute((trx) => syncJobs(trx, organisationId, surveyId));

const jobsUrl = (year: number) => `${org.api}/pay/surveys/${year}/jobs`;
async function jobsOf(client: TestClient, year: number) {
  const response = await client.get(jobsUrl(year));
  expect(response.status).toBe(200);
  return response.json as {
    surveyVersion: number;
    jobs: {
      id: string;
      name: string;
      version: number;
      women: number;
      men: number;
      value: number | null;
      [key: string]: unknown;
    }[];
  };
}
const jobNamed = async (year: number, name: string) =>
  (await jobsOf(org.hr, year)).jobs.find((j) => j.name === name)!;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  const { school, preschool, care } = org.units;
  survey[2025] = await insertSurvey(t.db, org.organisationId, 2025);
  await addEmployees(org.organisationId, survey[2025], "Undersköterska", care, 4, 1);
  await addEmployees(org.organisationId, survey[2025], "Vaktmästare", school, 1, 3);
  await sync(org.organisationId, survey[2025]);

  survey[2026] = await insertSurvey(t.db, org.organisationId, 2026);
  await addEmployees(org.organisationId, survey[2026], "Undersköterska", care, 4, 1);
  await addEmployees(org.organisationId, survey[2026], "Vaktmästare", school, 1, 3);
  await addEmployees(org.organisationId, survey[2026], "Lärare", school, 2, 1);
  await addEmployees(org.organisationId, survey[2026], "Lärare", preschool, 1, 0);
  await addEmployees(org.organisationId, survey[2026], "Lärare", care, 0, 1);
});
afterAll(() => t.close());

describe("history across years", () => {
  it("carries last year's evaluation and flag to the job of the same name", async () => {
    const assistant = await jobNamed(2025, "Undersköterska");
    const saved = await org.hr.put(`${jobsUrl(2025)}/${assistant.id}`, {
      scores: scoresAt(3),
      justification: "Omvårdnad av sjuka, lyft och kvällspass.",
      traditionallyWomens: true,
      version: assistant.version,
    });
    expect(saved.status).toBe(200);

    await sync(org.organisationId, survey[2026]!);
    const carried = await jobNamed(2026, "Undersköterska");
    expect(carried).toMatchObject({
      scores: scoresAt(3),
      justification: "Omvårdnad av sjuka, lyft och kvällspass.",
      traditionallyWomens: true,
      value: saved.json.value,
      evaluatedBy: "Test hr",
      previous: {
        year: 2025,
        value: saved.json.value,
        justification: "Omvårdnad av sjuka, lyft och kvällspass.",
      },
    });
    expect(await jobNamed(2026, "Lärare")).toMatchObject({ value: null, previous: null });
  });

  it("removes the jobs nobody has any more and keeps the others' evaluations", async () => {
    await addEmployees(org.organisationId, survey[2026]!, "Kock", org.units.care, 1, 1);
    await sync(org.organisationId, survey[2026]!);
    expect((await jobsOf(org.hr, 2026)).jobs.map((j) => j.name)).toContain("Kock");

    await dropEmployees(t.db, org.organisationId, survey[2026]!, (e) => e.job === "Kock");
    await sync(org.organisationId, survey[2026]!);
    const names = (await jobsOf(org.hr, 2026)).jobs.map((j) => j.name);
    expect(names).toEqual(["Lärare", "Undersköterska", "Vaktmästare"]);
    expect((await jobNamed(2026, "Undersköterska")).value).not.toBeNull();
  });
});

describe("reading the jobs", () => {
  it("is refused to participants and safety representatives", async () => {
    expect((await org.members.participant.client.get(jobsUrl(2026))).status).toBe(403);
    expect((await org.members.safety_rep.client.get(jobsUrl(2026))).status).toBe(403);
  });

  it("shows union representatives every job, with women-dominated by share or by flag", async () => {
    const { jobs, template } = (await org.members.union_rep.client.get(jobsUrl(2026))).json;
    expect(template).toEqual(DEFAULT_EVALUATION_TEMPLATE);
    const view = Object.fromEntries(
      jobs.map((j: { name: string; women: number; men: number; womenDominated: boolean }) => [
        j.name,
        [j.women, j.men, j.womenDominated],
      ]),
    );
    expect(view).toEqual({
      Lärare: [3, 2, true], // 60 %: at the threshold
      Undersköterska: [4, 1, true],
      Vaktmästare: [1, 3, false],
    });
  });

  it("shows a manager only the jobs in their units, counted in their units", async () => {
    const { jobs } = await jobsOf(org.members.manager.client, 2026);
    expect(jobs.map((j) => [j.name, j.women, j.men, j.womenDominated])).toEqual([
      // the manager leads Skola, with Förskola below; the man in Vård is not theirs
      ["Lärare", 3, 1, true],
      ["Vaktmästare", 1, 3, false],
    ]);
  });
});

describe("evaluating a job", () => {
  it("is for HR and admins only", async () => {
    const job = await jobNamed(2026, "Vaktmästare");
    const body = { scores: {}, justification: "", traditionallyWomens: false, version: 1 };
    for (const role of ["manager", "union_rep", "participant"] as const)
      expect((await org.members[role].client.put(`${jobsUrl(2026)}/${job.id}`, body)).status).toBe(
        403,
      );
  });

  it("saves scores, the justification and the value, with an audit event", async () => {
    const job = await jobNamed(2026, "Vaktmästare");
    const partial = await org.hr.put(`${jobsUrl(2026)}/${job.id}`, {
      scores: { "education-experience": 3 },
      justification: "",
      traditionallyWomens: false,
      version: job.version,
    });
    expect(partial.status).toBe(200);
    expect(partial.json).toMatchObject({ value: null, band: null, version: job.version + 1 });

    const full = await org.members.admin.client.put(`${jobsUrl(2026)}/${job.id}`, {
      scores: scoresAt(2),
      justification: "Fastighetsskötsel efter rutiner, tunga lyft.",
      traditionallyWomens: false,
      version: job.version + 1,
    });
    expect(full.status).toBe(200);
    const value = jobValue(DEFAULT_EVALUATION_TEMPLATE, scoresAt(2)).value!;
    expect(full.json).toMatchObject({
      value,
      band: Math.floor(value / 10),
      evaluatedBy: "Test admin",
      justification: "Fastighetsskötsel efter rutiner, tunga lyft.",
    });

    const event = await t.db
      .selectFrom("audit_events")
      .selectAll()
      .where("entity_id", "=", job.id) // tenant-checked: a test reading the trail
      .orderBy("at", "desc")
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity_type: "pay_job", action: "update" });
    expect(event.before).toMatchObject({ scores: { "education-experience": 3 } });
    expect(event.after).toMatchObject({ scores: scoresAt(2) });
  });

  it("refuses a stale version with 409", async () => {
    const job = await jobNamed(2026, "Lärare");
    const body = { scores: {}, justification: "", traditionallyWomens: true };
    expect(
      (await org.hr.put(`${jobsUrl(2026)}/${job.id}`, { ...body, version: job.version })).status,
    ).toBe(200);
    const stale = await org.hr.put(`${jobsUrl(2026)}/${job.id}`, {
      ...body,
      version: job.version,
    });
    expect(stale.status).toBe(409);
  });

  it("names the field of a level that does not exist, an unknown sub-criterion and a missing justification", async () => {
    const job = await jobNamed(2026, "Lärare");
    const put = (scores: JobScores, justification = "") =>
      org.hr.put(`${jobsUrl(2026)}/${job.id}`, {
        scores,
        justification,
        traditionallyWomens: false,
        version: job.version,
      });
    const level = await put({ people: 6, "no-such-thing": 1 });
    expect(level.status).toBe(422);
    expect(level.json.errors).toEqual([
      { path: "scores.people", message: "Välj en av nivåerna 1–5 för ”Ansvar för människor”." },
      {
        path: "scores.no-such-thing",
        message:
          "Delkriteriet finns inte i årets mall för arbetsvärdering. Ladda om sidan och värdera igen.",
      },
    ]);
    const unjustified = await put(scoresAt(4));
    expect(unjustified.status).toBe(422);
    expect(unjustified.json.errors[0].path).toBe("justification");
    expect((await jobNamed(2026, "Lärare")).version).toBe(job.version);
  });

  it("answers 404 for a job of another organisation", async () => {
    const other = await createOrganisation(t.db, "Andra kommunen");
    const hr = await createMember(t.db, other.id, "hr");
    const client = await signedInClient(t.app, hr.email);
    await insertSurvey(t.db, other.id, 2026);
    const job = await jobNamed(2026, "Lärare");
    const response = await client.put(
      `/api/organisations/${other.id}/pay/surveys/2026/jobs/${job.id}`,
      { scores: {}, justification: "", traditionallyWomens: false, version: job.version },
    );
    expect(response.status).toBe(404);
  });
});

describe("the evaluation template", () => {
  const url = () => `${org.api}/pay/surveys/2026/evaluation-template`;
  const copy = (): EvaluationTemplate => structuredClone(DEFAULT_EVALUATION_TEMPLATE);

  it("refuses weights that do not add up, naming the criterion", async () => {
    const { surveyVersion } = await jobsOf(org.hr, 2026);
    const template = copy();
    template.criteria[1]!.subCriteria[0]!.weight = 50;
    const response = await org.hr.put(url(), { template, version: surveyVersion });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([
      {
        path: "template.criteria.1.subCriteria",
        message:
          "Delkriterierna under ”Ansvar” ska tillsammans väga 100 procent. Nu blir de 110 procent.",
      },
    ]);
    expect((await org.members.union_rep.client.put(url(), { template, version: 1 })).status).toBe(
      403,
    );
  });

  it("replaces the template and clears the scores it no longer accepts", async () => {
    const { surveyVersion } = await jobsOf(org.hr, 2026);
    const template = copy();
    const conditions = template.criteria[3]!;
    conditions.subCriteria = [{ ...conditions.subCriteria[0]!, weight: 100 }];
    template.criteria[2]!.subCriteria[0]!.levels =
      template.criteria[2]!.subCriteria[0]!.levels.slice(0, 2);
    const response = await org.hr.put(url(), { template, version: surveyVersion });
    expect(response.status).toBe(200);
    const cleared = response.json.cleared as { jobName: string; subCriterionId: string }[];
    // Undersköterska had level 3 on physical effort, which now has two levels.
    expect(cleared.map((c) => `${c.jobName}/${c.subCriterionId}`).sort()).toEqual([
      "Undersköterska/hours-risks",
      "Undersköterska/physical-effort",
      "Vaktmästare/hours-risks",
    ]);

    const after = await jobsOf(org.hr, 2026);
    expect(after.surveyVersion).toBe(surveyVersion + 1);
    const assistant = after.jobs.find((j) => j.name === "Undersköterska")!;
    expect(assistant.value).toBeNull();
    expect(assistant.scores).not.toHaveProperty("hours-risks");
    const caretaker = after.jobs.find((j) => j.name === "Vaktmästare")!;
    // Level 2 everywhere is still valid; only the removed sub-criterion went.
    expect(caretaker.value).toBe(jobValue(template, caretaker.scores as JobScores).value);
    expect(caretaker.value).not.toBeNull();

    expect((await org.hr.put(url(), { template, version: surveyVersion })).status).toBe(409);
    const event = await t.db
      .selectFrom("audit_events")
      .selectAll()
      .where("entity_id", "=", survey[2026]!) // tenant-checked: a test reading the trail
      .where("entity_type", "=", "pay_survey")
      .executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ evaluationTemplate: template });
  });
});
