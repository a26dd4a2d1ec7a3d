import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import { startTestApp, type TestApp } from "../test/harness.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let runs: string;
let runId: string;
const versions = new Map<string, number>();

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  runs = `${org.api}/workbooks/runs`;
  const started = await org.hr.post(runs, { workbookId: "kom-igang", title: "Starten 2026" });
  expect(started.status).toBe(201);
  runId = started.json.id;
});
afterAll(() => t.close());

/** Saves an answer of the run, keeping track of the version each key is at. */
async function save(key: string, value: unknown) {
  const saved = await org.hr.put(`${runs}/${runId}/answers/${key}`, {
    value,
    version: versions.get(key) ?? null,
  });
  expect(saved.status, `${key}: ${JSON.stringify(saved.json)}`).toBe(200);
  versions.set(key, saved.json.version);
}

async function saveDates(year: number, dates: Record<string, string>) {
  for (const [step, day] of Object.entries(dates)) await save(`tidplan/${step}`, `${year}-${day}`);
}

const toYear = (year: number, client = org.hr) => client.post(`${runs}/${runId}/year`, { year });

describe("filling in the year from the getting-started workbook", () => {
  it("is refused for a workbook whose answers do not belong to the year", async () => {
    const other = await org.hr.post(runs, { workbookId: "vald-i-nara-relationer", title: "Våld" });
    const refused = await org.hr.post(`${runs}/${other.json.id}/year`, { year: 2026 });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toContain("Kom igång med aktiva åtgärder");
  });

  it("names every missing answer by its key and changes nothing", async () => {
    const refused = await toYear(2027);
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      {
        path: "arbetsgrupp/arbetsgrupp-medlemmar",
        message: "Skriv vilka som ingår i årets arbetsgrupp, minst en person.",
      },
      {
        path: "samverkan/samverkan-beskrivning",
        message: "Sammanfatta hur samverkan med facket går till i år.",
      },
      {
        path: "undersoka/undersokningsmetoder",
        message: "Kryssa i minst ett forum eller en metod som ni använder för att undersöka.",
      },
      {
        path: "tidplan/investigate",
        message:
          "Sätt datum i tidplanen för när stegen ska vara klara, minst ett av de fyra stegen.",
      },
    ]);
    expect((await org.hr.get(`${org.api}/years/2027`)).status).toBe(404);
  });

  it("names dates outside the year or out of order", async () => {
    await save("arbetsgrupp/arbetsgrupp-medlemmar", [
      { id: "r1", cells: { person: "HR-chef", foretrader: "Arbetsgivaren", uppgift: "Leder" } },
      { id: "r2", cells: { person: "Huvudskyddsombud", foretrader: "Skyddsombuden" } },
    ]);
    await save("samverkan/samverkan-beskrivning", "Stående punkt i samverkansgruppen.");
    await save("undersoka/undersokningsmetoder", ["employee_survey", "safety_round"]);
    await saveDates(2027, { investigate: "05-01", analyse: "04-01", act: "06-01" });
    await save("tidplan/follow_up", "2028-01-15");
    const refused = await toYear(2027);
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      {
        path: "tidplan/analyse",
        message:
          "”Analysen klar” ligger före ”Undersökningen klar”. Stegen görs i ordning: undersöka, analysera, åtgärda och följa upp.",
      },
      {
        path: "tidplan/follow_up",
        message:
          "Datumet för ”Uppföljning och utvärdering klar” ligger inte i 2027. Välj ett datum under året.",
      },
    ]);
    expect((await org.hr.get(`${org.api}/years/2027`)).status).toBe(404);
  });

  it("starts a year that is not there and fills it in, with the run as source", async () => {
    await saveDates(2027, { investigate: "03-31", analyse: "04-30", act: "05-31" });
    await save("tidplan/follow_up", "2027-11-30");
    const filled = await toYear(2027);
    expect(filled.status, JSON.stringify(filled.json)).toBe(200);
    expect(filled.json).toMatchObject({ year: 2027, created: true, version: 2 });

    const year = await org.members.union_rep.client.get(`${org.api}/years/2027`);
    expect(year.status).toBe(200);
    expect(year.json).toMatchObject({
      version: 2,
      cooperationStatement: "Stående punkt i samverkansgruppen.",
      workingGroup: [
        { person: "HR-chef", represents: "Arbetsgivaren", task: "Leder" },
        { person: "Huvudskyddsombud", represents: "Skyddsombuden", task: "" },
      ],
      plannedMethods: ["safety_round", "employee_survey"],
      stepDates: {
        investigate: "2027-03-31",
        analyse: "2027-04-30",
        act: "2027-05-31",
        follow_up: "2027-11-30",
      },
      setupRun: { id: runId, title: "Starten 2026" },
    });

    // Started like any year (created), then filled in (updated), both in the audit trail.
    const events = await org.members.admin.client.get(
      `${org.api}/audit-events?entityType=work_year`,
    );
    const ofYear = events.json.events.filter(
      (e: { entityId: string }) => e.entityId === year.json.id,
    );
    expect(ofYear.map((e: { action: string }) => e.action)).toEqual(["update", "create"]);
    expect(ofYear[0].before).toMatchObject({ workingGroup: [], cooperationStatement: "" });
    expect(ofYear[0].after).toMatchObject({
      setupRunId: runId,
      plannedMethods: ["safety_round", "employee_survey"],
    });
  });

  it("fills a year already started and keeps the rest of its work", async () => {
    expect((await org.hr.post(`${org.api}/years`, { year: 2026 })).status).toBe(201);
    const patched = await org.hr.patch(`${org.api}/years/2026`, {
      version: 1,
      followUp: { working_method: "Det fungerade bra." },
      cooperationStatement: "Gammal text",
    });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    await saveDates(2026, {
      investigate: "03-31",
      analyse: "04-30",
      act: "05-31",
      follow_up: "11-30",
    });
    const filled = await toYear(2026);
    expect(filled.status, JSON.stringify(filled.json)).toBe(200);
    expect(filled.json).toMatchObject({ created: false, version: patched.json.version + 1 });
    const year = await org.hr.get(`${org.api}/years/2026`);
    expect(year.json).toMatchObject({
      followUp: patched.json.followUp,
      cooperationStatement: "Stående punkt i samverkansgruppen.",
      stepDates: { investigate: "2026-03-31", follow_up: "2026-11-30" },
      setupRun: { id: runId },
    });
  });

  it("is for those who manage the cycle", async () => {
    expect((await toYear(2026, org.members.union_rep.client)).status).toBe(403);
    expect((await toYear(2026, org.members.participant.client)).status).toBe(403);
  });

  it("is refused once the year's documentation is complete", async () => {
    // Completing needs a full checklist; the state is what matters here.
    await t.db
      .updateTable("work_years")
      .set({ documentation_completed_at: new Date() })
      .where("organisation_id", "=", org.organisationId)
      .where("year", "=", 2027)
      .execute();
    const refused = await toYear(2027);
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe(
      "Dokumentationen för 2027 är markerad som klar, så årets arbete kan inte fyllas i från arbetsboken. Öppna dokumentationen igen under Aktiva åtgärder om ni behöver ändra den.",
    );
  });
});

describe("activities that became measures", () => {
  it("show the workbook as their source in the action plan", async () => {
    await save("sammanfattning/plan-forsta-atgarder", [
      {
        id: "a1",
        cells: { aktivitet: "Frågor om trakasserier i enkäten", ansvarig: "HR", datum: "" },
      },
    ]);
    const made = await org.hr.post(`${runs}/${runId}/activities`, {
      item: "sammanfattning/plan-forsta-atgarder",
      rowId: "a1",
      area: "harassment",
    });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const source = { runId, title: "Starten 2026", workbookTitle: "Kom igång med aktiva åtgärder" };
    const detail = await org.hr.get(`${org.api}/measures/${made.json.measureId}`);
    expect(detail.json.measure.workbookSource).toEqual(source);
    const list = await org.hr.get(`${org.api}/years/${made.json.year}/measures`);
    expect(list.json).toContainEqual(expect.objectContaining({ workbookSource: source }));
    const english = await org.hr.request(
      "GET",
      `${org.api}/measures/${made.json.measureId}`,
      undefined,
      { "accept-language": "en" },
    );
    expect(english.json.measure.workbookSource.workbookTitle).toBe(
      "Getting started with active measures",
    );
  });
});
