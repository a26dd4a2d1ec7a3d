import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualCost, latestDeadline } from "../../../core/pay/pay-measures.ts";
import { cycleOrganisation } from "../../cycle/fixtures.test-helper.ts";
import { swedishToday } from "../../cycle/years/service.ts";
import { startTestApp, type TestApp } from "../../test/harness.ts";
import { jobIds, otherOrganisation, seedSurveys } from "../test-helpers.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let surveys: Record<number, string>;
let jobs: Record<string, string>;

const api = (path: string, year = 2021) => `${org.api}/pay/surveys/${year}/${path}`;
const today = swedishToday();
const inOneYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  surveys = await seedSurveys(t, org);
  jobs = await jobIds(t, surveys[2021]!);
});
afterAll(() => t.close());

const analyse = (body: Record<string, unknown>, year = 2021, client = org.hr) =>
  client.put(api("findings", year), { otherJobId: null, version: null, ...body });

/** The keys of a job's women, as HR picks them. */
async function womenOf(jobId: string, year = 2021): Promise<string[]> {
  const response = await org.hr.get(api(`comparisons/equal-work/${jobId}/people`, year));
  return response.json.people
    .filter((p: { sex: number }) => p.sex === 1)
    .map((p: { key: string }) => p.key);
}

describe("analysing a difference", () => {
  it("is for HR and admins only", async () => {
    const body = { kind: "equal_work", jobId: jobs.Lärare, explanation: "x", classification: null };
    for (const role of ["manager", "union_rep", "participant", "safety_rep"] as const)
      expect((await analyse(body, 2021, org.members[role].client)).status, role).toBe(403);
  });

  it("records the explanation and classification, then a change of it, with audit events", async () => {
    const created = await analyse({
      kind: "equal_work",
      jobId: jobs.Lärare,
      explanation: "Behöver jämföras med lönekriterierna.",
      classification: "investigate",
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({
      kind: "equal_work",
      jobId: jobs.Lärare,
      jobName: "Lärare",
      otherJobId: null,
      classification: "investigate",
      analysedBy: "Test hr",
      version: 1,
    });
    const updated = await analyse({
      kind: "equal_work",
      jobId: jobs.Lärare,
      explanation:
        "Männen har i genomsnitt åtta år längre erfarenhet som lärare, och erfarenhet är ett av lönekriterierna.",
      classification: "justified",
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id: created.json.id, version: 2 });

    const events = await t.db
      .selectFrom("audit_events")
      .selectAll()
      .where("entity_id", "=", created.json.id) // tenant-checked: a test reading the trail
      .orderBy("id")
      .execute();
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(events[1]).toMatchObject({
      entity_type: "pay_finding",
      before: { kind: "equal_work", job: "Lärare", classification: "investigate" },
      after: { job: "Lärare", classification: "justified" },
    });

    const equalWork = (await org.hr.get(api("comparisons/equal-work"))).json.jobs;
    expect(equalWork.find((j: { name: string }) => j.name === "Lärare").finding).toMatchObject({
      classification: "justified",
      version: 2,
    });
  });

  it("refuses a stale version, and a first analysis of a difference already analysed", async () => {
    const body = {
      kind: "equal_work",
      jobId: jobs.Lärare,
      explanation: "Ny förklaring.",
      classification: "investigate",
    };
    expect((await analyse({ ...body, version: 1 })).status).toBe(409);
    expect((await analyse({ ...body, version: null })).status).toBe(409);
  });

  it("asks for an explanation, and a whole sentence before a difference is called justified", async () => {
    const missing = await analyse({
      kind: "equal_work",
      jobId: jobs.Vaktmästare,
      explanation: " ",
      classification: "unjustified",
    });
    expect(missing.status).toBe(422);
    expect(missing.json.errors).toEqual([
      { path: "explanation", message: "Skriv en förklaring: vad beror skillnaden på?" },
    ]);
    const short = await analyse({
      kind: "equal_work",
      jobId: jobs.Vaktmästare,
      explanation: "Marknadsskäl.",
      classification: "justified",
    });
    expect(short.status).toBe(422);
    expect(short.json.errors[0].message).toMatch(/^En saklig skillnad behöver en förklaring/);
  });

  it("names what is wrong with the jobs of a comparison", async () => {
    const pair = await analyse({
      kind: "equivalent",
      jobId: jobs.Förskollärare,
      explanation: "Förklaring.",
      classification: null,
    });
    expect(pair.json.errors).toEqual([
      { path: "otherJobId", message: "Välj vilket arbete jämförelsen gäller." },
    ]);
    const earlier = await jobIds(t, surveys[2020]!);
    const otherYear = await analyse({
      kind: "equivalent",
      jobId: jobs.Förskollärare,
      otherJobId: earlier.Lärare,
      explanation: "Förklaring.",
      classification: null,
    });
    expect(otherYear.status).toBe(422);
    expect(otherYear.json.errors).toEqual([
      { path: "otherJobId", message: "Arbetet finns inte i årets lönekartläggning." },
    ]);
  });

  it("counts how many of the differences shown are analysed", async () => {
    const response = await org.members.union_rep.client.get(api("findings"));
    expect(response.status).toBe(200);
    // Equal work: Förskollärare, Kock, Lärare and Vaktmästare have both women and men.
    expect(response.json.coverage).toEqual({
      equalWork: { total: 4, analysed: 1 },
      equivalent: { total: 1, analysed: 0 },
      lowerValue: { total: 2, analysed: 0 },
    });
    expect(response.json.findings).toMatchObject([{ jobName: "Lärare", current: true }]);
  });
});

describe("a pay adjustment", () => {
  let findingId: string;
  const adjustment = (keys: string[]) => ({
    target: "persons",
    employeeKeys: keys,
    monthlyAdjustment: 1000,
    deadline: inOneYear,
    responsibleTitle: "Personalchef",
  });

  beforeAll(async () => {
    const response = await analyse({
      kind: "equivalent",
      jobId: jobs.Förskollärare,
      otherJobId: jobs.Vaktmästare,
      explanation: "Ingen saklig förklaring: arbetena har samma värde.",
      classification: "unjustified",
    });
    findingId = response.json.id;
  });

  it("is only made from an unjustified difference", async () => {
    const justified = (await org.hr.get(api("findings"))).json.findings.find(
      (f: { classification: string }) => f.classification === "justified",
    );
    const response = await org.hr.post(
      api(`findings/${justified.id}/measures`),
      adjustment(await womenOf(jobs.Lärare!)),
    );
    expect(response.status).toBe(422);
    expect(response.json.detail).toMatch(/^Bara en skillnad som är bedömd som osaklig/);
  });

  it("needs the work year of the survey to be started", async () => {
    const response = await org.hr.post(
      api(`findings/${findingId}/measures`),
      adjustment(await womenOf(jobs.Förskollärare!)),
    );
    expect(response.status).toBe(409);
    expect(response.json.detail).toMatch(/^Verksamhetsåret 2021 är inte startat/);
  });

  it("checks persons, amount, deadline and who is responsible", async () => {
    const response = await org.hr.post(api(`findings/${findingId}/measures`), {
      target: "persons",
      employeeKeys: ["e2021-01", "e2021-01", "e2021-09"],
      monthlyAdjustment: 0,
      deadline: latestDeadlinePlusOne(),
      responsibleTitle: "",
    });
    expect(response.status).toBe(422);
    const paths = response.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual([
      "employeeKeys.1",
      "employeeKeys.2",
      "monthlyAdjustment",
      "deadline",
      "responsibleTitle",
    ]);
    expect(response.json.errors[1].message).toBe(
      "e2021-09 har inte arbetet Förskollärare i årets lönekartläggning.",
    );
    expect(response.json.errors[3].message).toMatch(/senast inom tre år/);

    const group = await org.hr.post(api(`findings/${findingId}/measures`), {
      target: "group",
      monthlyAdjustment: 500,
      deadline: "2020-01-01",
      responsibleTitle: "Personalchef",
    });
    expect(group.json.errors.map((e: { path: string }) => e.path)).toEqual([
      "groupDescription",
      "people",
      "deadline",
    ]);
  });

  it("puts a measure in the action plan with the cost per year and the deadline", async () => {
    expect((await org.hr.post(`${org.api}/years`, { year: 2021 })).status).toBe(201);
    const keys = (await womenOf(jobs.Förskollärare!)).slice(0, 3);
    const response = await org.hr.post(api(`findings/${findingId}/measures`), {
      ...adjustment(keys),
      monthlyAdjustment: 1200,
    });
    expect(response.status).toBe(201);
    const cost = annualCost(3, 1200); // 3 · 1 200 · 12 · 1.3142
    expect(cost).toBe(56_773);
    expect(response.json).toMatchObject({
      findingId,
      kind: "equivalent",
      jobName: "Förskollärare",
      otherJobName: "Vaktmästare",
      target: "persons",
      employeeKeys: keys,
      people: 3,
      monthlyAdjustment: 1200,
      annualCost: cost,
      onCostPercent: 31.42,
      deadline: inOneYear,
      measure: { year: 2021, title: "Lönejustering: Förskollärare", status: "planned" },
    });

    const plan = (await org.members.safety_rep.client.get(`${org.api}/years/2021/measures`)).json;
    const measure = plan.find((m: { id: string }) => m.id === response.json.measure.id);
    expect(measure).toMatchObject({
      area: "pay_survey",
      title: "Lönejustering: Förskollärare",
      responsibleTitle: "Personalchef",
      costEstimate: cost,
      schedule: { kind: "date", dueOn: inOneYear },
      status: "planned",
    });
    expect(measure.description).toContain("det kvinnodominerade arbetet Förskollärare");
    expect(measure.description).toContain("3 personer i arbetet får 1\u00a0200\u00a0kr mer");
    // The plan is read by everyone in the cycle: no employee keys there.
    expect(measure.description).not.toContain("e2021");

    const events = await t.db
      .selectFrom("audit_events")
      .select(["entity_type", "action"])
      .where("entity_id", "in", [response.json.id, response.json.measure.id]) // tenant-checked: a test reading the trail
      .execute();
    expect(events.map((e) => `${e.entity_type}:${e.action}`).sort()).toEqual([
      "measure:create",
      "pay_measure:create",
    ]);
  });

  it("takes a group and another on-cost", async () => {
    const response = await org.hr.post(api(`findings/${findingId}/measures`), {
      target: "group",
      groupDescription: "alla förskollärare",
      people: 6,
      monthlyAdjustment: 500,
      onCostPercent: 40.15,
      deadline: today,
      responsibleTitle: "Förskolechef",
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      target: "group",
      employeeKeys: [],
      groupDescription: "alla förskollärare",
      people: 6,
      annualCost: annualCost(6, 500, 40.15),
      onCostPercent: 40.15,
    });
    const tooMany = await org.hr.post(api(`findings/${findingId}/measures`), {
      target: "group",
      groupDescription: "alla",
      people: 8,
      monthlyAdjustment: 500,
      deadline: today,
      responsibleTitle: "Förskolechef",
    });
    expect(tooMany.json.errors).toEqual([
      {
        path: "people",
        message:
          "Arbetet Förskollärare har 7 anställda i lönekartläggningen. Fler än så kan inte få justeringen.",
      },
    ]);
  });

  it("keeps the difference unjustified while it has pay adjustments", async () => {
    const finding = (await org.hr.get(api("findings"))).json.findings.find(
      (f: { id: string }) => f.id === findingId,
    );
    const response = await analyse({
      kind: "equivalent",
      jobId: jobs.Förskollärare,
      otherJobId: jobs.Vaktmästare,
      explanation: "Ändrad bedömning efter ny information om arbetets innehåll och krav.",
      classification: "justified",
      version: finding.version,
    });
    expect(response.status).toBe(422);
    expect(response.json.errors[0].path).toBe("classification");
  });

  it("answers 404 for a finding of another organisation", async () => {
    const { id, client } = await otherOrganisation(t, 2021);
    const response = await client.post(
      `/api/organisations/${id}/pay/surveys/2021/findings/${findingId}/measures`,
      adjustment(["e2021-01"]),
    );
    expect(response.status).toBe(404);
  });
});

describe("the pay adjustments of this year and last year", () => {
  let lastYearMeasureId: string;

  beforeAll(async () => {
    const earlier = await jobIds(t, surveys[2020]!);
    const finding = await analyse(
      {
        kind: "equal_work",
        jobId: earlier.Lärare,
        explanation: "Kvinnorna har lägre lön utan skäl som går att förklara.",
        classification: "unjustified",
      },
      2020,
    );
    expect((await org.hr.post(`${org.api}/years`, { year: 2020 })).status).toBe(201);
    const created = await org.hr.post(api(`findings/${finding.json.id}/measures`, 2020), {
      target: "persons",
      employeeKeys: await womenOf(earlier.Lärare!, 2020),
      monthlyAdjustment: 500,
      deadline: today,
      responsibleTitle: "Skolchef",
    });
    expect(created.status).toBe(201);
    lastYearMeasureId = created.json.measure.id;
    const evaluated = await org.hr.patch(`${org.api}/measures/${lastYearMeasureId}`, {
      version: created.json.measure.version,
      status: "done",
      evaluation: { effect: "yes", comment: "Skillnaden är borta i 2021 års kartläggning." },
    });
    expect(evaluated.status).toBe(200);
  });

  it("lists this year's with their measures' status, and last year's with the evaluation", async () => {
    const response = await org.hr.get(api("pay-measures"));
    expect(response.status).toBe(200);
    expect(response.json.year).toBe(2021);
    expect(response.json.measures).toHaveLength(2);
    expect(response.json.measures[0].measure.status).toBe("planned");
    expect(response.json.previous).toMatchObject({
      year: 2020,
      measures: [
        {
          jobName: "Lärare",
          people: 5,
          annualCost: annualCost(5, 500),
          measure: {
            id: lastYearMeasureId,
            year: 2020,
            status: "done",
            evaluation: { effect: "yes", comment: "Skillnaden är borta i 2021 års kartläggning." },
          },
        },
      ],
    });
  });

  it("leaves the employee keys out for those who see aggregates only", async () => {
    const response = await org.members.union_rep.client.get(api("pay-measures"));
    expect(response.json.measures.map((m: { employeeKeys: string[] }) => m.employeeKeys)).toEqual([
      [],
      [],
    ]);
  });

  it("refuses new measures once the year's documentation is complete", async () => {
    await t.db
      .updateTable("work_years")
      .set({ documentation_completed_at: new Date() })
      .where("organisation_id", "=", org.organisationId)
      .where("year", "=", 2020)
      .execute();
    const finding = (await org.hr.get(api("findings", 2020))).json.findings[0];
    const response = await org.hr.post(api(`findings/${finding.id}/measures`, 2020), {
      target: "group",
      groupDescription: "alla lärare",
      people: 5,
      monthlyAdjustment: 100,
      deadline: today,
      responsibleTitle: "Skolchef",
    });
    expect(response.status).toBe(409);
    expect(response.json.detail).toMatch(/^Dokumentationen för 2020 är markerad som klar/);
  });
});

function latestDeadlinePlusOne() {
  const latest = new Date(`${latestDeadline(today)}T00:00:00Z`);
  latest.setUTCDate(latest.getUTCDate() + 1);
  return latest.toISOString().slice(0, 10);
}
