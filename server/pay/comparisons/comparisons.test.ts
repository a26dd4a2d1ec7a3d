import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycleOrganisation } from "../../cycle/fixtures.test-helper.ts";
import {
  createMember,
  signedInClient,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../test/harness.ts";
import { jobIds, otherOrganisation, seedSurveys } from "../test-helpers.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let surveys: Record<number, string>;
let jobs: Record<string, string>;
let designated: TestClient;
let designatedUserId: string;

const url = (path: string, year = 2021) => `${org.api}/pay/surveys/${year}/comparisons/${path}`;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  surveys = await seedSurveys(t, org);
  jobs = await jobIds(t, surveys[2021]!);
  // A second union representative, designated by the union for the pay survey.
  const rep = await createMember(t.db, org.organisationId, "union_rep", "Utsedd Facklig");
  await t.db
    .updateTable("memberships")
    .set({ pay_survey_access: true })
    .where("id", "=", rep.membershipId) // tenant-checked: a test fixture
    .execute();
  designated = await signedInClient(t.app, rep.email);
  designatedUserId = rep.id;
});
afterAll(() => t.close());

const userId = async (email: string) =>
  (await t.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow())
    .id;

async function viewEvents() {
  return t.db
    .selectFrom("audit_events")
    .selectAll()
    .where("organisation_id", "=", org.organisationId)
    .where("action", "=", "view")
    .orderBy("id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
const byName = (list: any[]) => Object.fromEntries(list.map((job) => [job.name, job]));

describe("who may see the comparisons", () => {
  it("refuses participants and safety representatives everywhere", async () => {
    for (const role of ["participant", "safety_rep"] as const) {
      const client = org.members[role].client;
      for (const path of ["equal-work", "equivalent", `equal-work/${jobs.Lärare}/people`])
        expect((await client.get(url(path))).status, `${role} ${path}`).toBe(403);
    }
  });

  it("refuses individual pay to managers and to union representatives not designated", async () => {
    for (const role of ["manager", "union_rep"] as const)
      expect(
        (await org.members[role].client.get(url(`equal-work/${jobs.Lärare}/people`))).status,
      ).toBe(403);
  });
});

describe("equal work", () => {
  it("gives HR count, mean, median, lowest and highest FTE pay of women and men per job", async () => {
    const response = await org.hr.get(url("equal-work"));
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      year: 2021,
      k: 5,
      ownUnitsOnly: false,
      individual: true,
    });
    const names = response.json.jobs.map((job: { name: string }) => job.name);
    expect(names).toEqual([
      "Förskollärare",
      "Ingenjör",
      "Kock",
      "Lärare",
      "Undersköterska",
      "Vaktmästare",
    ]);
    const teachers = byName(response.json.jobs).Lärare;
    // The half-time teacher's 15 000 + 500 counts as 31 000 full time.
    expect(teachers).toMatchObject({
      jobId: jobs.Lärare,
      women: { count: 5, mean: 32_000, median: 32_000, min: 30_000, max: 34_000, suppressed: null },
      men: { count: 5, mean: 35_000, median: 35_000, min: 33_000, max: 37_000, suppressed: null },
      mean: { kr: 3000 },
      median: { kr: 3000 },
      comparable: true,
      smallGroup: false,
      finding: null,
    });
    expect(teachers.mean.percent).toBeCloseTo((100 * 3000) / 35_000, 10);
    expect(byName(response.json.jobs).Undersköterska).toMatchObject({
      comparable: false,
      mean: null,
      women: { count: 6, mean: 28_000 },
      men: { count: 0, mean: null },
    });
  });

  it("shows HR the small groups too, marked, and logs that as a view of individual pay", async () => {
    const before = (await viewEvents()).length;
    const { jobs: list } = (await org.hr.get(url("equal-work"))).json;
    expect(byName(list).Förskollärare).toMatchObject({
      women: { count: 6, mean: 29_000, suppressed: "complementary" },
      men: { count: 1, mean: 36_000, suppressed: "primary" },
      mean: { kr: 7000 },
      smallGroup: true,
    });
    const events = await viewEvents();
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toMatchObject({
      actor_user_id: await userId(org.members.hr.email),
      entity_type: "pay_individual",
      entity_id: surveys[2021],
      after: { what: "equal_work_small_groups", job: null },
    });
    expect((events.at(-1)!.after as { jobs: string[] }).jobs).toContain("Förskollärare");
  });

  it("hides small groups' pay from a union representative, counts shown, and logs nothing", async () => {
    const before = (await viewEvents()).length;
    const response = await org.members.union_rep.client.get(url("equal-work"));
    expect(response.json.individual).toBe(false);
    const list = byName(response.json.jobs);
    expect(list.Förskollärare).toMatchObject({
      women: { count: 6, mean: null, median: null, min: null, max: null },
      men: { count: 1, mean: null, suppressed: "primary" },
      mean: null,
      median: null,
      comparable: true,
      smallGroup: false,
    });
    // Six women are enough, but with the one man's pay hidden theirs would give it away.
    expect(list.Förskollärare.women.suppressed).toBe("complementary");
    expect(list.Lärare.women.mean).toBe(32_000);
    expect(list.Kock.women.mean).toBeNull();
    expect((await viewEvents()).length).toBe(before);
  });

  it("shows a manager the jobs of their own units only, counted there", async () => {
    const response = await org.members.manager.client.get(url("equal-work"));
    expect(response.json.ownUnitsOnly).toBe(true);
    expect(response.json.jobs.map((job: { name: string }) => job.name)).toEqual([
      "Förskollärare",
      "Lärare",
      "Vaktmästare",
    ]);
  });
});

describe("individual pay of a job", () => {
  it("lists HR the job's people by key and logs the view", async () => {
    const before = (await viewEvents()).length;
    const response = await org.hr.get(url(`equal-work/${jobs.Förskollärare}/people`));
    expect(response.status).toBe(200);
    expect(response.json.name).toBe("Förskollärare");
    const people = response.json.people;
    expect(people).toHaveLength(7);
    expect(people[0]).toEqual({
      key: "e2021-01",
      sex: 1,
      pay: 29_000,
      extent: 100,
      yearsOfService: 10, // hired 2011-08-15, snapshot 2021-09-30
      age: 41,
    });
    expect(people.at(-1)).toMatchObject({ sex: 2, pay: 36_000, yearsOfService: 2, age: 31 });
    expect(people[1]).toMatchObject({ yearsOfService: null, age: null });
    const events = await viewEvents();
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toMatchObject({
      actor_user_id: await userId(org.members.hr.email),
      action: "view",
      entity_type: "pay_individual",
      entity_id: surveys[2021],
      after: { what: "equal_work_people", job: "Förskollärare" },
    });
  });

  it("lets a designated union representative see it, logged under their name", async () => {
    const response = await designated.get(url(`equal-work/${jobs.Lärare}/people`));
    expect(response.status).toBe(200);
    expect(response.json.people.map((p: { pay: number }) => p.pay)).toContain(31_000);
    expect((await viewEvents()).at(-1)).toMatchObject({
      actor_user_id: designatedUserId,
      after: { what: "equal_work_people", job: "Lärare" },
    });
  });

  it("answers 404 for a job of another year or another organisation", async () => {
    const earlier = await jobIds(t, surveys[2020]!);
    expect((await org.hr.get(url(`equal-work/${earlier.Lärare}/people`))).status).toBe(404);
    // The other organisation has a survey of the same year; the job is still not theirs.
    const { id, client } = await otherOrganisation(t, 2021);
    const response = await client.get(
      `/api/organisations/${id}/pay/surveys/2021/comparisons/equal-work/${jobs.Lärare}/people`,
    );
    expect(response.status).toBe(404);
  });
});

describe("equivalent work and lower value with higher pay", () => {
  it("gives each evaluated job its value, band, share of women and mean pay", async () => {
    const response = await org.hr.get(url("equivalent"));
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ womenDominatedShare: 60, valueBandWidth: 10 });
    const list = byName(response.json.jobs);
    expect(Object.keys(list)).toEqual([
      "Förskollärare",
      "Ingenjör",
      "Kock",
      "Lärare",
      "Vaktmästare",
    ]);
    expect(list.Förskollärare).toMatchObject({
      value: 66.4,
      band: 6,
      women: 6,
      men: 1,
      womenShare: 85.7,
      dominance: "share",
      meanPay: 30_000,
      payHidden: null,
    });
    expect(list.Lärare).toMatchObject({ value: 88.5, dominance: null, meanPay: 33_500 });
    expect(list.Kock).toMatchObject({ meanPay: 45_000, payHidden: "primary", smallGroup: true });
    expect(response.json.notEvaluated).toEqual([
      { jobId: jobs.Undersköterska, name: "Undersköterska", women: 6, men: 0, dominance: "share" },
    ]);
  });

  it("pairs the women-dominated job with equivalent and lower-valued jobs paid more", async () => {
    const { equivalent, lowerValue } = (await org.hr.get(url("equivalent"))).json;
    expect(equivalent).toEqual([
      {
        jobId: jobs.Förskollärare,
        otherJobId: jobs.Vaktmästare,
        difference: { kr: 1000, percent: expect.closeTo((100 * 1000) / 31_000, 10) },
        finding: null,
      },
    ]);
    expect(
      lowerValue.map((p: { otherJobId: string; difference: { kr: number } }) => [
        p.otherJobId,
        p.difference.kr,
      ]),
    ).toEqual([
      [jobs.Kock, 15_000],
      [jobs.Ingenjör, 10_000],
    ]);
  });

  it("counts a job traditionally regarded as women's work as women-dominated", async () => {
    await t.db
      .updateTable("pay_jobs")
      .set({ traditionally_womens: true })
      .where("id", "=", jobs.Lärare!) // tenant-checked: a test fixture
      .execute();
    const { jobs: list, lowerValue } = (await org.hr.get(url("equivalent"))).json;
    expect(byName(list).Lärare.dominance).toBe("manual");
    expect(
      lowerValue
        .filter((p: { jobId: string }) => p.jobId === jobs.Lärare)
        .map((p: { otherJobId: string }) => p.otherJobId),
    ).toEqual([jobs.Kock, jobs.Ingenjör]);
    await t.db
      .updateTable("pay_jobs")
      .set({ traditionally_womens: false })
      .where("id", "=", jobs.Lärare!) // tenant-checked: a test fixture
      .execute();
  });

  it("hides a small job's pay, and every difference with it, from those who see aggregates", async () => {
    const response = await org.members.union_rep.client.get(url("equivalent"));
    const list = byName(response.json.jobs);
    expect(list.Kock).toMatchObject({ meanPay: null, payHidden: "primary", smallGroup: false });
    expect(list.Förskollärare.meanPay).toBe(30_000);
    const kock = response.json.lowerValue.find(
      (p: { otherJobId: string }) => p.otherJobId === jobs.Kock,
    );
    expect(kock).toMatchObject({ jobId: jobs.Förskollärare, difference: null });
    expect(response.json.equivalent[0].difference.kr).toBe(1000);
  });

  it("never shows a one-sex job's pay in one comparison and hides it in the other", async () => {
    const client = org.members.union_rep.client;
    const equal = byName((await client.get(url("equal-work"))).json.jobs);
    const equivalent = byName((await client.get(url("equivalent"))).json.jobs);
    for (const name of ["Ingenjör", "Kock", "Vaktmästare"]) {
      const job = equal[name];
      if (job.women.count > 0 && job.men.count > 0) continue;
      const single = job.women.count > 0 ? job.women : job.men;
      expect(single.mean === null, name).toBe(equivalent[name].meanPay === null);
    }
    // The small job's hidden mean would follow from the others' and the whole survey's;
    // the engineers' mean is hidden with it, in both comparisons.
    expect(equivalent.Ingenjör.meanPay).toBeNull();
    expect(equal.Ingenjör.men.mean).toBeNull();
  });

  it("compares a manager's units only", async () => {
    const response = await org.members.manager.client.get(url("equivalent"));
    expect(response.json.jobs.map((job: { name: string }) => job.name)).toEqual([
      "Förskollärare",
      "Lärare",
      "Vaktmästare",
    ]);
    expect(response.json.equivalent).toHaveLength(1);
    expect(response.json.lowerValue).toEqual([]);
  });
});
