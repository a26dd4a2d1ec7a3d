import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import { startTestApp, type TestApp } from "../test/harness.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let runs: string;
let runId: string;

const WORKBOOK = "vald-i-nara-relationer";

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  runs = `${org.api}/workbooks/runs`;
  const started = await org.hr.post(runs, { workbookId: WORKBOOK, title: "Hela kommunen 2026" });
  expect(started.status).toBe(201);
  runId = started.json.id;
});
afterAll(() => t.close());

const answer = (key: string) => `${runs}/${runId}/answers/${key}`;

describe("starting a workbook", () => {
  it("lists the workbooks and runs for the working group, not for participants", async () => {
    const list = await org.members.union_rep.client.get(`${org.api}/workbooks`);
    expect(list.status).toBe(200);
    expect(list.json.workbooks.map((w: { id: string }) => w.id)).toEqual([WORKBOOK, "kom-igang"]);
    expect(list.json.runs[0]).toMatchObject({ id: runId, status: "active" });
    expect((await org.members.participant.client.get(`${org.api}/workbooks`)).status).toBe(403);
  });

  it("is started by HR or an admin, for a workbook that exists", async () => {
    expect(
      (await org.members.union_rep.client.post(runs, { workbookId: WORKBOOK, title: "X" })).status,
    ).toBe(403);
    const unknown = await org.hr.post(runs, { workbookId: "finns-inte", title: "X" });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0]).toEqual({
      path: "workbookId",
      message: "Arbetsboken finns inte.",
    });
  });
});

describe("answering together", () => {
  it("saves an answer and refuses to overwrite one the person had not seen", async () => {
    const first = await org.members.union_rep.client.put(answer("steg-1/varfor-inkludera"), {
      value: "Våld följer med till jobbet.",
      version: null,
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ version: 1, updatedByName: "Test union_rep" });
    const second = await org.hr.put(answer("steg-1/varfor-inkludera"), {
      value: "Våld följer med till jobbet, och arbetsplatsen kan se det.",
      version: 1,
    });
    expect(second.json.version).toBe(2);
    const stale = await org.members.union_rep.client.put(answer("steg-1/varfor-inkludera"), {
      value: "Min äldre text",
      version: 1,
    });
    expect(stale.status).toBe(409);
    const run = await org.hr.get(`${runs}/${runId}`);
    expect(run.json.answers).toContainEqual(
      expect.objectContaining({
        key: "steg-1/varfor-inkludera",
        value: "Våld följer med till jobbet, och arbetsplatsen kan se det.",
      }),
    );
  });

  it("lets only one of two first answers at the same moment through", async () => {
    const [a, b] = await Promise.all([
      org.hr.put(answer("steg-1/risker-med-arbetet"), {
        value: "Att någon pekas ut",
        version: null,
      }),
      org.members.safety_rep.client.put(answer("steg-1/risker-med-arbetet"), {
        value: "Att fel person får veta",
        version: null,
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it("checks the shape of each answer and names the field", async () => {
    const badDate = await org.hr.put(answer("steg-2/aktiviteter-kort"), {
      value: [{ id: "r1", cells: { aktivitet: "Webbkurs för chefer", datum: "i vår" } }],
      version: null,
    });
    expect(badDate.status).toBe(422);
    expect(badDate.json.errors[0]).toEqual({
      path: "value.0.cells.datum",
      message: "Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.",
    });
    const badOption = await org.hr.put(answer("forankring/beslut"), {
      value: ["finns-inte"],
      version: null,
    });
    expect(badOption.status).toBe(422);
    expect(
      (await org.hr.put(answer("steg-1/finns-inte"), { value: "x", version: null })).status,
    ).toBe(404);
  });

  it("fills the plan from the earlier answers until the group writes its own", async () => {
    await org.hr.put(answer("steg-1/mal-kort"), {
      value: ["Alla chefer vet vart de hänvisar", "Rutinen är uppdaterad"],
      version: null,
    });
    await org.hr.put(answer("steg-2/aktiviteter-kort"), {
      value: [
        {
          id: "r1",
          cells: {
            aktivitet: "Webbkurs för chefer",
            berorda: "Chefer",
            ansvarig: "HR",
            datum: "2026-03-01",
          },
        },
      ],
      version: null,
    });
    const run = await org.hr.get(`${runs}/${runId}`);
    const plan = run.json.workbook.parts.find((p: { id: string }) => p.id === "genomforandeplan");
    const item = (id: string) => plan.items.find((i: { id: string }) => i.id === id);
    expect(item("plan-mal-kort").prefill).toEqual([
      "Alla chefer vet vart de hänvisar",
      "Rutinen är uppdaterad",
    ]);
    expect(item("plan-uppfoljning").prefill).toEqual([
      {
        id: "aktiviteter-kort-r1",
        cells: { aktivitet: "Webbkurs för chefer", ansvarig: "HR", datum: "2026-03-01" },
      },
    ]);
  });

  it("refuses a date in the time plan before the decision, in Swedish", async () => {
    expect(
      (await org.hr.put(answer("tidplan/beslut"), { value: "2026-02-01", version: null })).status,
    ).toBe(200);
    const early = await org.hr.put(answer("tidplan/webbkurs"), {
      value: "2026-01-15",
      version: null,
    });
    expect(early.status).toBe(422);
    expect(early.json.errors[0].message).toContain("före beslutet");
    expect(
      (await org.hr.put(answer("tidplan/webbkurs"), { value: "2026-03-01", version: null })).status,
    ).toBe(200);
  });

  it("shows who changed which answer", async () => {
    const history = await org.members.manager.client.get(`${runs}/${runId}/history`);
    expect(history.status).toBe(200);
    expect(history.json.history).toContainEqual(
      expect.objectContaining({
        key: "steg-1/varfor-inkludera",
        actorName: "Test union_rep",
        action: "create",
      }),
    );
    expect(history.json.history).toContainEqual(
      expect.objectContaining({
        key: "steg-1/varfor-inkludera",
        actorName: "Test hr",
        action: "update",
      }),
    );
  });
});

describe("into the plan", () => {
  const activity = {
    item: "genomforandeplan/plan-uppfoljning",
    rowId: "aktiviteter-kort-r1",
    area: "working_conditions",
  };

  it("makes an activity of the plan a measure in this year's action plan, once", async () => {
    const notStarted = await org.hr.post(`${runs}/${runId}/activities`, activity);
    expect(notStarted.status).toBe(409);
    expect(notStarted.json.detail).toContain("är inte startat");
    const year = Number(
      new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }).slice(0, 4),
    );
    expect((await org.hr.post(`${org.api}/years`, { year })).status).toBe(201);

    const made = await org.hr.post(`${runs}/${runId}/activities`, activity);
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const measure = await org.hr.get(`${org.api}/measures/${made.json.measureId}`);
    expect(measure.json.measure).toMatchObject({
      title: "Webbkurs för chefer",
      responsibleTitle: "HR",
      schedule: { kind: "date", dueOn: "2026-03-01" },
      status: "planned",
    });
    const again = await org.hr.post(`${runs}/${runId}/activities`, activity);
    expect(again.status).toBe(409);
    expect(again.json.detail).toBe("Aktiviteten finns redan som åtgärd i handlingsplanen.");

    // The status in the plan shows in the workbook.
    await org.hr.patch(`${org.api}/measures/${made.json.measureId}`, {
      status: "in_progress",
      version: measure.json.measure.version,
    });
    const run = await org.hr.get(`${runs}/${runId}`);
    expect(run.json.planMeasures).toEqual([
      expect.objectContaining({ rowId: "aktiviteter-kort-r1", status: "in_progress", year }),
    ]);
    expect(
      (await org.members.union_rep.client.post(`${runs}/${runId}/activities`, activity)).status,
    ).toBe(403);
  });
});

describe("finishing", () => {
  it("names every required question still empty, and then finishes", async () => {
    const refused = await org.hr.post(`${runs}/${runId}/finish`, {});
    expect(refused.status).toBe(422);
    const paths = refused.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["forankring/beslut", "forankring/arbetsgrupp", "steg-1/mal-lang"]),
    );
    expect(paths).not.toContain("genomforandeplan/plan-mal-kort");
    expect(refused.json.errors[0].message).toBe("Fältet måste fyllas i.");

    const fill: [string, unknown][] = [
      ["forankring/beslut", ["beslut-fattat"]],
      [
        "forankring/arbetsgrupp",
        [{ id: "p1", cells: { person: "HR-chef", roll: "Sammankallande" } }],
      ],
      ["steg-1/mal-lang", ["Våld ingår i riskbedömningen"]],
      ["genomforandeplan/plan-resurser", ["Fyra möten à två timmar"]],
    ];
    for (const [key, value] of fill)
      expect((await org.hr.put(answer(key), { value, version: null })).status, key).toBe(200);
    const finished = await org.hr.post(`${runs}/${runId}/finish`, {});
    expect(finished.status, JSON.stringify(finished.json)).toBe(200);
    expect(finished.json.status).toBe("finished");
    const late = await org.hr.put(answer("steg-1/kompetens"), { value: "x", version: null });
    expect(late.status).toBe(409);
  });
});

describe("support contacts", () => {
  it("are kept by admins and shown to every member", async () => {
    const admin = org.members.admin.client;
    const added = await admin.post(`${org.api}/support-contacts`, {
      name: "Företagshälsovården",
      audience: "everyone",
      phone: "010-123 45 67",
      description: "Samtalsstöd, också anonymt.",
    });
    expect(added.status).toBe(201);
    const bad = await admin.post(`${org.api}/support-contacts`, {
      name: "X",
      audience: "victims",
      phone: "ring mig",
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].path).toBe("phone");
    expect(
      (await org.hr.post(`${org.api}/support-contacts`, { name: "Y", audience: "victims" })).status,
    ).toBe(403);
    const shown = await org.members.participant.client.get(`${org.api}/support-contacts`);
    expect(shown.json.contacts).toEqual([expect.objectContaining({ name: "Företagshälsovården" })]);
    const stale = await admin.patch(`${org.api}/support-contacts/${added.json.id}`, {
      name: "FHV",
      version: 2,
    });
    expect(stale.status).toBe(409);
    expect(
      (await admin.delete(`${org.api}/support-contacts/${added.json.id}?version=1`)).status,
    ).toBe(204);
  });
});
