import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEMALE, MALE } from "../../../core/pay/stats.ts";
import { cycleOrganisation } from "../../cycle/fixtures.test-helper.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import {
  createMember,
  createOrganisation,
  signedInClient,
  startTestApp,
  type TestApp,
} from "../../test/harness.ts";
import { saveEmployees } from "../employees.ts";
import { dropEmployees, insertSurvey } from "../test-helpers.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
const surveys: Record<number, string> = {};

interface People {
  unit: string;
  unitId: string | null;
  job: string;
  category?: string | null;
  sex: number;
  count: number;
  birthYear?: number;
  extent?: number;
  temporary?: boolean;
  manager?: boolean;
  parentalLeave?: number;
  sickLeave?: number;
}

let employeeCounter = 0;
async function addPeople(organisationId: string, surveyId: string, people: People[]) {
  await saveEmployees(
    t.db,
    organisationId,
    surveyId,
    people.flatMap((p) =>
      Array.from({ length: p.count }, () => ({
        key: `k${++employeeCounter}`,
        sex: p.sex,
        birthYear: p.birthYear ?? 1985,
        unit: p.unit,
        unitId: p.unitId,
        job: p.job,
        category: p.category === undefined ? "Tjänstemän" : p.category,
        employmentType: p.temporary ? ("temporary" as const) : ("permanent" as const),
        extent: p.extent ?? 100,
        baseSalary: 32000,
        manager: p.manager ?? false,
        parentalLeaveDays: p.parentalLeave ?? 0,
        sickLeaveDays: p.sickLeave ?? 0,
      })),
    ),
  );
}

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t, 2026);
  const { school, preschool, care } = org.units;
  // 2026: 35 people (k = 5). Förskola has 2 men; Vård is outside the manager's units.
  surveys[2026] = await insertSurvey(t.db, org.organisationId, 2026);
  const vard = { unit: "Vård", unitId: care, job: "Undersköterska", category: null };
  await addPeople(org.organisationId, surveys[2026], [
    {
      unit: "Förskola",
      unitId: preschool,
      job: "Förskollärare",
      sex: FEMALE,
      count: 5,
      extent: 75,
      parentalLeave: 100,
      sickLeave: 20,
    },
    {
      unit: "Förskola",
      unitId: preschool,
      job: "Förskollärare",
      sex: FEMALE,
      count: 4,
      parentalLeave: 0,
      sickLeave: 5,
    },
    {
      unit: "Förskola",
      unitId: preschool,
      job: "Förskollärare",
      sex: MALE,
      count: 2,
      parentalLeave: 50,
      sickLeave: 2,
    },
    {
      unit: "Skola",
      unitId: school,
      job: "Lärare",
      sex: FEMALE,
      count: 1,
      manager: true,
      parentalLeave: 100,
      sickLeave: 5,
    },
    { unit: "Skola", unitId: school, job: "Lärare", sex: FEMALE, count: 5, sickLeave: 5 },
    { unit: "Skola", unitId: school, job: "Lärare", sex: MALE, count: 7, sickLeave: 2 },
    { ...vard, sex: FEMALE, count: 5, birthYear: 1998, sickLeave: 5 },
    { ...vard, sex: MALE, count: 1, birthYear: 1998, manager: true, extent: 50, sickLeave: 2 },
    { ...vard, sex: MALE, count: 5, birthYear: 1998, temporary: true, sickLeave: 2 },
  ]);
  // 2025: 25 people, all in Skola; half the women part-time.
  surveys[2025] = await insertSurvey(t.db, org.organisationId, 2025);
  await addPeople(org.organisationId, surveys[2025], [
    { unit: "Skola", unitId: school, job: "Lärare", sex: FEMALE, count: 6, extent: 50 },
    { unit: "Skola", unitId: school, job: "Lärare", sex: FEMALE, count: 6 },
    { unit: "Skola", unitId: school, job: "Lärare", sex: MALE, count: 13 },
  ]);
});
afterAll(() => t.close());

const url = (year: number) => `${org.api}/pay/surveys/${year}/statistics`;
const fillUrl = (year: number) => `${url(year)}/gender-balance`;
type Row = {
  label: string | null;
  key: string;
  women: { value: number | null; suppressed: string | null };
  men: { value: number | null; suppressed: string | null };
  total: { value: number | null };
  womenPercent: number | null;
  balanced: boolean | null;
};
const counts = (rows: Row[]) =>
  rows.map((r) => [r.label ?? r.key, r.women.value, r.men.value, r.total.value]);

describe("the statistics HR sees", () => {
  it("counts women and men per unit and hides a small group so the total cannot give it back", async () => {
    const response = await org.hr.get(url(2026));
    expect(response.status).toBe(200);
    const stats = response.json;
    expect(stats).toMatchObject({
      year: 2026,
      snapshotDate: "2026-09-01",
      k: 5,
      ownUnitsOnly: false,
    });
    expect(stats.total).toMatchObject({
      women: { value: 20 },
      men: { value: 15 },
      total: { value: 35 },
      womenPercent: 57.1,
      menPercent: 42.9,
      balanced: true,
    });
    // Förskola: 2 men (primary). Its total 11 is published, so its 9 women would tell the 2
    // men: hidden too. The men's total 15 minus Skola's 7 would then tell them again, so Vård,
    // the smaller other group, is hidden as well.
    expect(counts(stats.byUnit.rows)).toEqual([
      ["Förskola", null, null, 11],
      ["Skola", 6, 7, 13],
      ["Vård", null, null, 11],
    ]);
    const [forskola, , vard] = stats.byUnit.rows as Row[];
    expect([forskola!.women.suppressed, forskola!.men.suppressed]).toEqual([
      "complementary",
      "primary",
    ]);
    expect([vard!.women.suppressed, vard!.men.suppressed]).toEqual([
      "complementary",
      "complementary",
    ]);
    expect(forskola).toMatchObject({ womenPercent: null, balanced: null });
    expect(stats.byUnit.total.men.value).toBe(15);
  });

  it("gives jobs, categories, management level and age bands with the 40–60 % marker", async () => {
    const stats = (await org.hr.get(url(2026))).json;
    expect(counts(stats.byJob.rows)).toEqual([
      ["Förskollärare", null, null, 11],
      ["Lärare", 6, 7, 13],
      ["Undersköterska", null, null, 11],
    ]);
    expect(counts(stats.byCategory.rows)).toEqual([
      ["Tjänstemän", 15, 9, 24],
      ["none", 5, 6, 11],
    ]);
    expect(stats.byCategory.rows[0]).toMatchObject({ womenPercent: 62.5, balanced: false });
    expect(stats.byCategory.rows[1]).toMatchObject({ womenPercent: 45.5, balanced: true });
    // One woman and one man lead: both counts hidden, and the others' too (totals are public).
    expect(counts(stats.byManagement.rows)).toEqual([
      ["managers", null, null, null],
      ["others", null, null, null],
    ]);
    expect(counts(stats.byAgeBand.rows)).toEqual([
      ["under-30", 5, 6, 11],
      ["30-39", 0, 0, 0],
      ["40-49", 15, 9, 24],
      ["50-59", 0, 0, 0],
      ["60-plus", 0, 0, 0],
    ]);
  });

  it("gives part-time, temporary employment and leave by sex, hiding small groups and means", async () => {
    const stats = (await org.hr.get(url(2026))).json;
    expect(stats.partTime).toEqual({
      women: { count: 5, percent: 25, suppressed: null },
      men: { count: null, percent: null, suppressed: "primary" },
    });
    expect(stats.temporary).toEqual({
      women: { count: 0, percent: 0, suppressed: null },
      men: { count: 5, percent: 33.3, suppressed: null },
    });
    expect(stats.parentalLeave).toEqual({
      women: {
        withLeave: { count: 6, percent: 30, suppressed: null },
        meanDays: { value: 100, suppressed: null },
      },
      men: {
        withLeave: { count: null, percent: null, suppressed: "primary" },
        meanDays: { value: null, suppressed: "primary" },
      },
    });
    // Women: 5 × 20 + 15 × 5 = 175 days over 20; men: 2 days each.
    expect(stats.sickLeave).toEqual({
      women: {
        meanDays: { value: 8.75, suppressed: null },
        longLeave: { count: 5, percent: 25, suppressed: null },
      },
      men: {
        meanDays: { value: 2, suppressed: null },
        longLeave: { count: 0, percent: 0, suppressed: null },
      },
    });
  });

  it("compares every survey year", async () => {
    const stats = (await org.hr.get(url(2026))).json;
    expect(
      stats.yearOverYear.map(
        (y: { year: number; total: Row; partTime: { women: { percent: number | null } } }) => [
          y.year,
          y.total.women.value,
          y.total.men.value,
          y.total.womenPercent,
          y.partTime.women.percent,
        ],
      ),
    ).toEqual([
      [2025, 12, 13, 48, 50],
      [2026, 20, 15, 57.1, 25],
    ]);
    // The 2025 survey sees the same years.
    expect((await org.hr.get(url(2025))).json.yearOverYear).toEqual(stats.yearOverYear);
  });

  it("follows the survey's minimum group size", async () => {
    const tenant = forOrganisation(t.db, org.organisationId);
    const setK = (k: number) =>
      tenant
        .updateTable("pay_surveys")
        .set({ min_group_size: k })
        .where("pay_surveys.id", "=", surveys[2026]!)
        .execute();
    await setK(2);
    try {
      const stats = (await org.hr.get(url(2026))).json;
      expect(stats.k).toBe(2);
      expect(counts(stats.byUnit.rows)[0]).toEqual(["Förskola", 9, 2, 11]);
      expect(counts(stats.byManagement.rows)[0]).toEqual(["managers", null, null, 2]);
    } finally {
      await setK(5);
    }
  });

  it("answers an empty survey with zeros and a missing one with 404", async () => {
    await insertSurvey(t.db, org.organisationId, 2027);
    const empty = (await org.hr.get(url(2027))).json;
    expect(empty.total.total.value).toBe(0);
    expect(empty.byUnit.rows).toEqual([]);
    expect(empty.yearOverYear.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027]);
    expect((await org.hr.get(url(2030))).status).toBe(404);
  });
});

describe("who sees what", () => {
  it("shows a manager only their own units, in every section", async () => {
    const response = await org.members.manager.client.get(url(2026));
    expect(response.status).toBe(200);
    const stats = response.json;
    expect(stats.ownUnitsOnly).toBe(true);
    expect(stats.total).toMatchObject({
      women: { value: 15 },
      men: { value: 9 },
      total: { value: 24 },
    });
    expect(counts(stats.byUnit.rows).map((r) => [r[0], r[3]])).toEqual([
      ["Förskola", 11],
      ["Skola", 13],
    ]);
    expect(stats.temporary.men).toEqual({ count: 0, percent: 0, suppressed: null });
    expect(
      stats.yearOverYear.map((y: { year: number; total: Row }) => [y.year, y.total.total.value]),
    ).toEqual([
      [2025, 25],
      [2026, 24],
      [2027, 0],
    ]);
  });

  it("lets union representatives read the aggregates but not participants or safety representatives", async () => {
    expect((await org.members.union_rep.client.get(url(2026))).status).toBe(200);
    expect((await org.members.participant.client.get(url(2026))).status).toBe(403);
    expect((await org.members.safety_rep.client.get(url(2026))).status).toBe(403);
  });

  it("keeps organisations apart", async () => {
    const other = await createOrganisation(t.db, "Annan kommun");
    const theirs = await insertSurvey(t.db, other.id, 2026);
    await addPeople(other.id, theirs, [
      { unit: "Kansliet", unitId: null, job: "Handläggare", sex: FEMALE, count: 6 },
    ]);
    const stranger = await createMember(t.db, other.id, "hr");
    const client = await signedInClient(t.app, stranger.email);
    expect((await client.get(url(2026))).status).toBe(404);
    expect((await client.post(fillUrl(2026))).status).toBe(404);
    const own = await client.get(`/api/organisations/${other.id}/pay/surveys/2026/statistics`);
    expect(counts(own.json.byUnit.rows)).toEqual([["Kansliet", 6, 0, 6]]);
    expect(own.json.yearOverYear.map((y: { year: number }) => y.year)).toEqual([2026]);
    // And ours are unchanged by theirs.
    expect((await org.hr.get(url(2026))).json.total.total.value).toBe(35);
  });
});

describe("filling the year's gender balance", () => {
  const genderBalance = async () =>
    (await org.hr.get(`${org.api}/years/2026/gender-balance`)).json as {
      id: string;
      dimension: string;
      label: string;
      women: number;
      men: number;
      source: string;
      measureIds: string[];
    }[];
  const audits = () =>
    forOrganisation(t.db, org.organisationId)
      .selectFrom("audit_events")
      .select(["audit_events.action"])
      .where("audit_events.entity_type", "=", "gender_balance")
      .execute();

  it("is for HR and admins only", async () => {
    for (const role of ["manager", "union_rep", "participant", "safety_rep"] as const) {
      expect((await org.members[role].client.post(fillUrl(2026))).status).toBe(403);
    }
  });

  it("says when the work year has not been started", async () => {
    const response = await org.hr.post(fillUrl(2026));
    expect(response.status).toBe(409);
    expect(response.json.detail).toMatch(/Verksamhetsåret 2026 är inte startat/);
    expect(await audits()).toEqual([]);
  });

  it("writes jobs, categories and management level, skipping small groups and keeping hand-entered rows", async () => {
    expect((await org.hr.post(`${org.api}/years`, { year: 2026 })).status).toBe(201);
    const manual = await org.hr.post(`${org.api}/years/2026/gender-balance`, {
      dimension: "work_type",
      label: "Elevassistenter",
      women: 1,
      men: 1,
    });
    expect(manual.status).toBe(201);

    const first = await org.hr.post(fillUrl(2026));
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      year: 2026,
      source: "Lönekartläggningen 2026",
      created: 5,
      updated: 0,
      unchanged: 0,
      removed: 0,
      // 1 woman and 1 man lead; 2 men are förskollärare.
      skipped: [
        { dimension: "management_level", label: "Chefer" },
        { dimension: "work_type", label: "Förskollärare" },
      ],
    });
    const rows = await genderBalance();
    expect(rows.map((r) => [r.dimension, r.label, r.women, r.men, r.source])).toEqual([
      ["employee_category", "Ingen personalkategori", 5, 6, "Lönekartläggningen 2026"],
      ["employee_category", "Tjänstemän", 15, 9, "Lönekartläggningen 2026"],
      ["management_level", "Övriga medarbetare", 19, 14, "Lönekartläggningen 2026"],
      ["work_type", "Elevassistenter", 1, 1, "manual"],
      ["work_type", "Lärare", 6, 7, "Lönekartläggningen 2026"],
      ["work_type", "Undersköterska", 5, 6, "Lönekartläggningen 2026"],
    ]);
    expect(await audits()).toEqual([{ action: "update" }]);
  });

  it("replaces its own rows on a second run, keeping measures linked to a group whose name is unchanged", async () => {
    const before = await genderBalance();
    const teachers = before.find((r) => r.label === "Lärare")!;
    const measure = await org.hr.post(`${org.api}/years/2026/measures`, {
      area: "working_conditions",
      title: "Jämnare könsfördelning bland lärare",
      responsibleTitle: "Rektor",
      schedule: { kind: "yearly", month: 3 },
      genderBalanceGroupId: teachers.id,
    });
    expect(measure.status).toBe(201);

    // Two more men teach; Vård's undersköterskor leave the survey.
    await addPeople(org.organisationId, surveys[2026]!, [
      { unit: "Skola", unitId: org.units.school, job: "Lärare", sex: MALE, count: 2 },
    ]);
    await dropEmployees(
      t.db,
      org.organisationId,
      surveys[2026]!,
      (e) => e.job === "Undersköterska",
    );

    const second = await org.hr.post(fillUrl(2026));
    // Vård's manager has left too, so the one woman who leads is now all the managers.
    expect(second.json).toEqual({
      year: 2026,
      source: "Lönekartläggningen 2026",
      created: 1,
      updated: 3,
      unchanged: 0,
      removed: 2,
      skipped: [{ dimension: "work_type", label: "Förskollärare" }],
    });
    const after = await genderBalance();
    expect(after.map((r) => [r.label, r.women, r.men, r.source])).toEqual([
      ["Tjänstemän", 15, 11, "Lönekartläggningen 2026"],
      ["Chefer", 1, 0, "Lönekartläggningen 2026"],
      ["Övriga medarbetare", 14, 11, "Lönekartläggningen 2026"],
      ["Elevassistenter", 1, 1, "manual"],
      ["Lärare", 6, 9, "Lönekartläggningen 2026"],
    ]);
    const updated = after.find((r) => r.label === "Lärare")!;
    expect(updated.id).toBe(teachers.id);
    expect(updated.measureIds).toEqual([measure.json.id]);
    const third = await org.hr.post(fillUrl(2026));
    expect(third.json).toMatchObject({ created: 0, updated: 0, unchanged: 4, removed: 0 });
    expect(await audits()).toHaveLength(3);
  });
});
