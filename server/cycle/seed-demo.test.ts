import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AREAS, GROUNDS, SECTION_5_AREAS } from "../../core/cycle/vocabulary.ts";
import { addDays, overdueItems, type PlannedMeasure } from "../../core/cycle/year-wheel.ts";
import type { Role } from "../../core/platform/roles.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { seedDemo } from "../platform/seed/demo.ts";
import {
  createMember,
  createOrganisation,
  startTestApp,
  type TestApp,
  TestClient,
} from "../test/harness.ts";
import { CYCLE_DEMO_UNITS, type CycleDemoRole, cycleDemoPlan, seedCycleDemo } from "./seed-demo.ts";
import { scheduleOf, yearChecklist } from "./years/service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** What the tests need to know about one year of an organisation's cycle. */
async function cycleYear(organisationId: string, year: number) {
  const tenant = forOrganisation(t.db, organisationId);
  const workYear = await tenant
    .selectFrom("work_years")
    .selectAll("work_years")
    .where("work_years.year", "=", year)
    .executeTakeFirstOrThrow();
  const [investigations, risks, measures] = await Promise.all([
    tenant
      .selectFrom("investigations")
      .select(["investigations.id", "investigations.held_on"])
      .where("investigations.work_year_id", "=", workYear.id)
      .execute(),
    tenant
      .selectFrom("risks")
      .select(["risks.areas", "risks.grounds", "risks.causes"])
      .where("risks.work_year_id", "=", workYear.id)
      .execute(),
    tenant
      .selectFrom("measures")
      .selectAll("measures")
      .where("measures.work_year_id", "=", workYear.id)
      .execute(),
  ]);
  const planned: PlannedMeasure[] = measures.map((m) => ({
    id: m.id,
    title: m.title,
    area: m.area as PlannedMeasure["area"],
    status: m.status as PlannedMeasure["status"],
    schedule: scheduleOf(m),
    followUpOn: m.follow_up_on,
    evaluated: m.evaluation_effect !== null,
  }));
  return { tenant, workYear, investigations, risks, measures, planned };
}

const overdueMeasures = (planned: PlannedMeasure[], year: number, today: string) =>
  new Set(overdueItems(planned, year, today).map((item) => item.measureId));

function expectRealisticCurrentYear(
  current: Awaited<ReturnType<typeof cycleYear>>,
  year: number,
  today: string,
) {
  expect(current.investigations.length).toBeGreaterThanOrEqual(5);
  expect(current.risks.length).toBeGreaterThanOrEqual(13);
  expect(current.risks.length).toBeLessThanOrEqual(17);
  const riskAreas = new Set(current.risks.flatMap((r) => r.areas));
  for (const area of SECTION_5_AREAS) expect(riskAreas).toContain(area);
  expect(new Set(current.risks.flatMap((r) => r.grounds))).toEqual(new Set(GROUNDS));
  // Some risks are still waiting for their causes: the checklist shows work left.
  expect(current.risks.some((r) => r.causes === "")).toBe(true);
  expect(current.risks.filter((r) => r.causes !== "").length).toBeGreaterThan(10);

  expect(current.measures.length).toBeGreaterThanOrEqual(28);
  expect(current.measures.length).toBeLessThanOrEqual(34);
  expect(new Set(current.measures.map((m) => m.area))).toEqual(new Set(AREAS));
  expect(new Set(current.measures.map((m) => m.schedule_kind))).toEqual(
    new Set(["date", "yearly", "times_per_year", "continuous"]),
  );
  expect(current.measures.filter((m) => m.library_key !== null).length).toBeGreaterThan(15);
  expect(current.measures.filter((m) => m.carried_over_from_id !== null)).toHaveLength(2);
  expect(current.measures.some((m) => m.gender_balance_group_id !== null)).toBe(true);
  for (const m of current.measures) {
    expect(m.responsible_member_id !== null || (m.responsible_title ?? "") !== "").toBe(true);
    if (m.area === "pay_survey") expect(m.cost_estimate).not.toBeNull();
  }
  expect(overdueMeasures(current.planned, year, today).size).toBeGreaterThanOrEqual(2);
}

describe("the demo organisation's yearly cycle", () => {
  it("holds a documented previous year and a current year under way, served by the API", async () => {
    await seedDemo(t.db, "demo-losenord-cykel");
    const hr = new TestClient(t.app);
    const session = (
      await hr.post("/api/auth/sign-in", {
        email: "hr@exempelkommunen.se",
        password: "demo-losenord-cykel",
      })
    ).json;
    const kommun = session.organisations.find(
      (o: { name: string }) => o.name === "Exempelkommunen",
    ).id;
    const api = `/api/organisations/${kommun}`;

    const years = (await hr.get(`${api}/years`)).json;
    const year = new Date().getFullYear();
    expect(years).toEqual([
      { year, documentationCompleted: false },
      { year: year - 1, documentationCompleted: true },
    ]);

    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    const current = await cycleYear(kommun, year);
    expectRealisticCurrentYear(current, year, today);

    const previous = await cycleYear(kommun, year - 1);
    const evaluated = previous.measures.filter((m) => m.evaluation_effect !== null);
    expect(previous.measures.length).toBeGreaterThanOrEqual(10);
    expect(evaluated.length / previous.measures.length).toBeGreaterThan(0.75);
    expect(evaluated.every((m) => (m.evaluation_comment ?? "").length > 20)).toBe(true);
    expect(previous.measures.some((m) => m.status === "postponed")).toBe(true);
    expect(previous.workYear.documentation_completed_at).not.toBeNull();

    const overview = await hr.get(`${api}/years/${year}`);
    expect(overview.status).toBe(200);
    const items: { key: string; area?: string; done: boolean; required: boolean }[] =
      overview.json.checklist.items;
    const required = items.filter((i) => i.required);
    const missing = required.filter((i) => !i.done).map((i) => `${i.key}:${i.area ?? ""}`);
    expect(overview.json.checklist.complete).toBe(false);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThan(required.length / 3);
    expect(missing).toEqual(
      expect.arrayContaining([
        "area.analysed:recruitment_and_promotion",
        "evaluation.previousYear:",
        "cooperation.statement:",
      ]),
    );
    for (const key of ["harassment.contents", "harassment.reviewed", "paySurvey.plan"])
      expect(items.find((i) => i.key === key)?.done).toBe(true);
    expect(overview.json.counts).toMatchObject({
      investigations: current.investigations.length,
      measures: current.measures.length,
      previousToEvaluate: previous.measures.length - evaluated.length,
    });
    expect(overview.json.counts.overdue).toBeGreaterThanOrEqual(2);

    const documents = (await hr.get(`${api}/harassment-documents`)).json;
    expect(documents).toHaveLength(1);
    expect(documents[0].versions).toHaveLength(2);
    expect(documents[0].missing).toEqual([]);
    expect(documents[0].current.adoptedOn.startsWith(String(year))).toBe(true);

    const positions = await t.db
      .selectFrom("union_positions")
      .select(["position", "union_name"])
      .where("organisation_id", "=", kommun)
      .execute();
    expect(positions).toEqual([{ position: "partly_agree", union_name: "Kommunal" }]);

    const comments = await t.db
      .selectFrom("measure_comments")
      .innerJoin("memberships", (join) =>
        join
          .onRef("memberships.user_id", "=", "measure_comments.author_user_id")
          .on("memberships.organisation_id", "=", kommun),
      )
      .select("memberships.role")
      .where("measure_comments.organisation_id", "=", kommun)
      .execute();
    expect(comments.length).toBeGreaterThanOrEqual(6);
    expect(comments.length).toBeLessThanOrEqual(10);
    expect(new Set(comments.map((c) => c.role))).toEqual(
      new Set(["union_rep", "safety_rep", "manager", "hr"]),
    );
  });

  it.each([
    ["early January", "2026-01-02"],
    ["mid-year", "2026-06-15"],
    ["late December", "2026-12-28"],
  ])("stays realistic when created in %s", async (_, today) => {
    const year = 2026;
    const { id: organisationId } = await createOrganisation(t.db, "Cykeldemokommunen");
    const unitIds = new Map<string, string>();
    for (const name of CYCLE_DEMO_UNITS) {
      const unit = await t.db
        .insertInto("units")
        .values({ organisation_id: organisationId, name })
        .returning("id")
        .executeTakeFirstOrThrow();
      unitIds.set(name, unit.id);
    }
    for (const y of [year - 1, year])
      await t.db
        .insertInto("organisation_headcounts")
        .values({ organisation_id: organisationId, year: y, headcount: 1200 })
        .execute();
    const roles: CycleDemoRole[] = ["admin", "hr", "manager", "union_rep", "safety_rep"];
    const members = {} as Record<CycleDemoRole, { membershipId: string; userId: string }>;
    for (const role of roles) {
      const member = await createMember(t.db, organisationId, role as Role);
      members[role] = { membershipId: member.membershipId, userId: member.id };
    }
    const { events } = await t.db
      .transaction()
      .execute((trx) => seedCycleDemo(trx, { organisationId, year, today, members, unitIds }));

    const current = await cycleYear(organisationId, year);
    expectRealisticCurrentYear(current, year, today);
    expect(current.investigations.every((i) => i.held_on < today)).toBe(true);

    const audit = await t.db
      .selectFrom("audit_events")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("organisation_id", "=", organisationId)
      .where("actor_user_id", "is", null)
      .where("action", "=", "create")
      .executeTakeFirstOrThrow();
    expect(Number(audit.count)).toBe(events);

    const checklist = await yearChecklist(current.tenant, current.workYear, today);
    const required = checklist.items.filter((i) => i.required);
    expect(required.some((i) => i.done)).toBe(true);
    expect(required.filter((i) => !i.done).length).toBeGreaterThan(0);
    expect(required.filter((i) => !i.done).length).toBeLessThan(required.length / 3);
  });
});

describe("the demo plan on every day of the year", () => {
  const days = (year: number) => {
    const all: string[] = [];
    for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1))
      all.push(day);
    return all;
  };

  it.each([2026, 2028])("is consistent with today throughout %i", (year) => {
    for (const today of days(year)) {
      const plan = cycleDemoPlan(year, today);
      const { current, previous, harassment } = plan;
      const planned: PlannedMeasure[] = current.measures.map((m) => ({
        id: m.key,
        title: m.title,
        area: m.area,
        status: m.status,
        schedule: m.schedule,
        followUpOn: m.followUpOn,
        evaluated: m.evaluation !== null,
      }));
      const overdue = overdueMeasures(planned, year, today);
      expect(overdue.size, today).toBeGreaterThanOrEqual(2);
      expect(overdue.size, today).toBeLessThanOrEqual(4);

      // What has happened lies before today; what is done has a completion date.
      for (const item of [...current.investigations, ...current.meetings]) {
        expect(item.heldOn < today, `${today} ${item.heldOn}`).toBe(true);
        expect([0, 6], `${today} ${item.heldOn}`).not.toContain(
          new Date(`${item.heldOn}T00:00:00Z`).getUTCDay(),
        );
      }
      for (const comment of current.comments) expect(comment.on <= today).toBe(true);
      for (const m of [...current.measures, ...previous.measures]) {
        const context = `${today} ${m.key}`;
        expect(m.status === "done", context).toBe(m.completedOn !== null);
        if (m.completedOn) expect(m.completedOn <= today, context).toBe(true);
        if (m.evaluation) {
          expect(m.evaluation.on <= today, context).toBe(true);
          expect(m.status, context).not.toBe("planned");
        }
        if (m.startOn && m.followUpOn) expect(m.followUpOn >= m.startOn, context).toBe(true);
        if (m.startOn && m.schedule.kind === "date")
          expect(m.schedule.dueOn >= m.startOn, context).toBe(true);
        if (m.status === "planned" && m.startOn && m.schedule.kind !== "date")
          expect(m.startOn > today, context).toBe(true);
      }
      const v2 = harassment.versions.at(-1)!;
      expect(v2.adoptedOn.startsWith(String(year))).toBe(true);
      expect(v2.adoptedOn <= today).toBe(true);
      expect(v2.nextReviewOn > today).toBe(true);
    }
  });

  it("shows more of the year done as the year goes by", () => {
    const done = (today: string) =>
      cycleDemoPlan(2026, today).current.measures.filter((m) => m.status === "done").length;
    const evaluated = (today: string) =>
      cycleDemoPlan(2026, today).current.measures.filter((m) => m.evaluation).length;
    expect(done("2026-01-02")).toBeLessThan(done("2026-06-15"));
    expect(done("2026-06-15")).toBeLessThan(done("2026-12-28"));
    expect(evaluated("2026-06-15")).toBeGreaterThan(2);
    expect(evaluated("2026-12-28")).toBeGreaterThan(evaluated("2026-06-15"));
  });
});
