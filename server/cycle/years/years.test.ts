import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness.ts";
import { cycleOrganisation } from "../fixtures.test-helper.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t, 2025);
});
afterAll(() => t.close());

const measure = (title: string, status: string) => ({
  area: "recruitment_and_promotion",
  title,
  status,
  responsibleTitle: "Rekryterande chef",
  schedule: { kind: "continuous" },
});

describe("a new work year", () => {
  it("offers last year's unfinished measures and carries over only the chosen ones, with their history", async () => {
    expect((await org.hr.post(`${org.api}/years`, { year: 2025 })).status).toBe(201);
    const ids: Record<string, string> = {};
    for (const [title, status] of [
      ["Klar åtgärd", "done"],
      ["Pågående åtgärd", "in_progress"],
      ["Uppskjuten åtgärd", "postponed"],
      ["Avbruten åtgärd", "cancelled"],
      ["Planerad åtgärd", "planned"],
    ]) {
      ids[title!] = (
        await org.hr.post(`${org.api}/years/2025/measures`, measure(title!, status!))
      ).json.id;
    }
    await org.members.union_rep.client.post(
      `${org.api}/measures/${ids["Pågående åtgärd"]}/comments`,
      {
        body: "Vi vill följa den här.",
      },
    );

    const offered = await org.hr.get(`${org.api}/years/2026/carry-over`);
    expect(offered.json.map((c: { title: string }) => c.title).sort()).toEqual([
      "Planerad åtgärd",
      "Pågående åtgärd",
      "Uppskjuten åtgärd",
    ]);
    expect(
      offered.json.find((c: { title: string }) => c.title === "Pågående åtgärd").commentCount,
    ).toBe(1);

    const refused = await org.hr.post(`${org.api}/years`, {
      year: 2026,
      carryOverMeasureIds: [ids["Pågående åtgärd"], ids["Klar åtgärd"]],
    });
    expect(refused.status).toBe(422);
    expect(refused.json.errors[0].path).toBe("carryOverMeasureIds.1");
    expect(
      (await org.hr.get(`${org.api}/years`)).json.map((y: { year: number }) => y.year),
    ).toEqual([2025]);

    const created = await org.hr.post(`${org.api}/years`, {
      year: 2026,
      carryOverMeasureIds: [ids["Pågående åtgärd"], ids["Uppskjuten åtgärd"]],
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ year: 2026, previousYear: 2025, counts: { measures: 2 } });
    // Every measure of 2025 waits for its evaluation, carried over or not.
    expect(created.json.counts.previousToEvaluate).toBe(5);

    const carried = (await org.hr.get(`${org.api}/years/2026/measures`)).json;
    expect(
      carried.map((m: { title: string; status: string }) => [m.title, m.status]).sort(),
    ).toEqual([
      ["Pågående åtgärd", "in_progress"],
      ["Uppskjuten åtgärd", "postponed"],
    ]);
    const detail = await org.hr.get(
      `${org.api}/measures/${carried.find((m: { title: string }) => m.title === "Pågående åtgärd").id}`,
    );
    expect(detail.json.measure.carriedOverFrom).toEqual({ id: ids["Pågående åtgärd"], year: 2025 });
    expect(detail.json.comments).toMatchObject([{ body: "Vi vill följa den här.", year: 2025 }]);
    const original = await org.hr.get(`${org.api}/measures/${ids["Pågående åtgärd"]}`);
    expect(original.json.measure).toMatchObject({ year: 2025, status: "in_progress" });
    expect(original.json.measure.carriedOverTo.year).toBe(2026);

    const deleteCarried = await org.hr.delete(`${org.api}/measures/${ids["Pågående åtgärd"]}`);
    expect(deleteCarried.status).toBe(409);
    expect(deleteCarried.json.detail).toBe("Åtgärden har redan förts över till nästa år.");

    const again = await org.hr.post(`${org.api}/years`, { year: 2026 });
    expect(again.status).toBe(422);
    expect(again.json.errors[0]).toEqual({
      path: "year",
      message: "Verksamhetsåret 2026 finns redan.",
    });
  });

  it("lets only HR and admins start a year", async () => {
    for (const role of ["manager", "union_rep", "safety_rep", "participant"] as const) {
      const response = await org.members[role].client.post(`${org.api}/years`, { year: 2030 });
      expect(response.status, role).toBe(403);
    }
  });
});

describe("the compliance checklist", () => {
  const required = (json: { checklist: { items: { key: string; required: boolean }[] } }) =>
    json.checklist.items.filter((i) => i.required).map((i) => i.key);

  it("follows the headcount at the start of the year", async () => {
    await org.hr.post(`${org.api}/years`, { year: 2027 });
    const unknown = (await org.hr.get(`${org.api}/years/2027`)).json;
    expect(unknown).toMatchObject({ headcount: null, duty: "unknown" });
    expect(unknown.checklist.items[0]).toMatchObject({
      key: "headcount.known",
      done: false,
      fixAt: "headcount",
    });

    await org.members.admin.client.put(`${org.api}/headcounts/2027`, { headcount: 12 });
    const small = (await org.hr.get(`${org.api}/years/2027`)).json;
    expect(small.duty).toBe("pay_survey");
    expect(required(small).sort()).toEqual(
      [
        "cooperation.statement",
        "evaluation.previousYear",
        "paySurvey.plan",
        "paySurvey.result",
      ].sort(),
    );

    await org.members.admin.client.put(`${org.api}/headcounts/2027`, { headcount: 8 });
    expect(required((await org.hr.get(`${org.api}/years/2027`)).json)).toEqual([]);

    await org.members.admin.client.put(`${org.api}/headcounts/2027`, { headcount: 25 });
    const large = (await org.hr.get(`${org.api}/years/2027`)).json;
    expect(large.duty).toBe("full");
    expect(required(large)).toContain("area.investigated");
  });

  it("refuses to mark documentation complete while required items are missing", async () => {
    const refused = await org.hr.post(`${org.api}/years/2027/documentation-complete`);
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(
      /^Dokumentationen kan inte markeras som klar: \d+ obligatoriska punkter saknas/,
    );

    await org.members.admin.client.put(`${org.api}/headcounts/2027`, { headcount: 5 });
    const done = await org.hr.post(`${org.api}/years/2027/documentation-complete`);
    expect(done.status).toBe(200);
    expect(done.json.documentationCompletedBy).toBe("Test hr");
    expect((await org.hr.delete(`${org.api}/years/2027/documentation-complete`)).status).toBe(204);
    expect((await org.hr.get(`${org.api}/years/2027`)).json.documentationCompletedAt).toBeNull();
  });

  it("counts the follow-up, area notes, cooperation statement and pay survey as they are written", async () => {
    const year = (await org.hr.get(`${org.api}/years/2026`)).json;
    const done = (json: typeof year, key: string) =>
      json.checklist.items.find((i: { key: string }) => i.key === key).done;
    expect(done(year, "cooperation.statement")).toBe(false);
    const saved = await org.hr.patch(`${org.api}/years/2026`, {
      version: year.version,
      cooperationStatement: "Vi har samverkat i CSG fyra gånger.",
      paySurveySummary: "Inga osakliga löneskillnader hittades.",
      followUp: { lessons: "Börja undersöka tidigare på året." },
      areaNotes: { pay_survey: "Inga lönejusteringar behövs i år." },
    });
    expect(saved.status).toBe(200);
    expect(done(saved.json, "cooperation.statement")).toBe(true);
    expect(done(saved.json, "paySurvey.result")).toBe(true);
    expect(done(saved.json, "paySurvey.plan")).toBe(true);
    expect(saved.json.followUp).toEqual({ lessons: "Börja undersöka tidigare på året." });

    const stale = await org.members.admin.client.patch(`${org.api}/years/2026`, {
      version: year.version,
      cooperationStatement: "Skriver över",
    });
    expect(stale.status).toBe(409);
    expect((await org.hr.get(`${org.api}/years/2026`)).json.cooperationStatement).toBe(
      "Vi har samverkat i CSG fyra gånger.",
    );
    const audit = await t.db
      .selectFrom("audit_events")
      .select(["entity_type", "action"])
      .where("entity_id", "=", year.id)
      .execute();
    expect(audit).toContainEqual({ entity_type: "work_year", action: "update" });
  });

  it("counts last year's measures as evaluated once each has an evaluation", async () => {
    const previous = (await org.hr.get(`${org.api}/years/2025/measures`)).json;
    for (const m of previous) {
      const evaluated = await org.hr.patch(`${org.api}/measures/${m.id}`, {
        version: m.version,
        evaluation: { effect: "too_early", comment: "Följs upp nästa år." },
      });
      expect(evaluated.status).toBe(200);
    }
    const year = (await org.hr.get(`${org.api}/years/2026`)).json;
    expect(year.counts.previousToEvaluate).toBe(0);
    expect(
      year.checklist.items.find((i: { key: string }) => i.key === "evaluation.previousYear").done,
    ).toBe(true);
  });
});
